# An error inside a lambda called by map/sorted shows the <lambda> frame.
data = [{"n": 1}, {"n": 2}, {"m": 3}]
print(sorted(data, key=lambda d: d["n"]))
