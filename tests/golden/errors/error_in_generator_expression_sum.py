# An error inside a generator expression consumed by sum(): frames <module> and <genexpr>.
readings = [3.5, 4.0, "n/a", 5.5]
print("readings:", len(readings))

average = sum(r * 2 for r in readings) / len(readings)
print(average)
