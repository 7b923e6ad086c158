# A dict containing itself prints as {...}.
d = {"name": "loop"}
d["self"] = d
print(d)
lst = [d]
d["list"] = lst
print(lst)
