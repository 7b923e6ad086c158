# for loops over strings, dicts, ranges, tuples and enumerate/zip.
for ch in "hey":
    print(ch, end=",")
print()
d = {"x": 1, "y": 2}
for k in d:
    print(k, d[k])
for k, v in d.items():
    print(k, "->", v)
for i in range(10, 0, -3):
    print(i, end=" ")
print()
for a, b in zip("abc", [1, 2, 3]):
    print(a * b, end=" ")
print()
