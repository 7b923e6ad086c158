# Subscripts, method calls and conditional expressions inside fields.
user = {"name": "lin", "langs": ["py", "c++"]}
print(f"{user['name'].title()} knows {len(user['langs'])} languages")
print(f"{', '.join(user['langs'])}")
print(f"{'many' if len(user['langs']) > 1 else 'one'}")
print(f"{[x * 2 for x in range(3)]}")
print(f"{(lambda v: v + 1)(1)}")
