# An exception raised while a generator expression is consumed propagates to the consuming call.
values = ["1", "2", "three", "4"]
gen = (int(v) for v in values)
try:
    print(sum(gen))
except ValueError as e:
    print("ValueError:", e)
print(list(gen))
try:
    total = sum(10 / x for x in [1, 2, 0])
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
