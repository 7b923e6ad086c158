# Conditional expressions, including nested ones.
for n in (-3, 0, 7):
    sign = "negative" if n < 0 else "zero" if n == 0 else "positive"
    print(n, sign)
print("even" if 4 % 2 == 0 else "odd")
values = [x if x % 2 else -x for x in range(6)]
print(values)
