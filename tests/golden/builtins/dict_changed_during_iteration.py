# mutating a dict while iterating over it raises RuntimeError
d = {1: "a", 2: "b"}
it = iter(d)
del d[1]
d[3] = "c"
print(list(it))
s = {1, 2}
try:
    for x in s:
        s.add(x + 10)
except RuntimeError as e:
    print("RuntimeError:", e)
for k in d:
    d[k * 10] = k
