# Exceptions raised inside lambdas used as keys or callbacks reach the caller of sorted()/map().
people = [{"name": "a", "age": 3}, {"name": "b"}]
try:
    sorted(people, key=lambda p: p["age"])
except KeyError as e:
    print("KeyError:", e)
print(sorted(people, key=lambda p: p.get("age", 0)))
ops = {"half": lambda x: x / 2, "inv": lambda x: 1 / x}
for name, op in ops.items():
    try:
        print(name, op(0))
    except ZeroDivisionError as e:
        print(name, "failed:", e)
