# Assignment expressions (:=) in conditions and comprehensions.
data = [4, 8, 15, 16, 23, 42]
if (n := len(data)) > 5:
    print(f"list is long ({n} elements)")
print([y for x in data if (y := x * 2) > 30])
print(y)
count = 0
while (count := count + 1) < 4:
    print("loop", count)
