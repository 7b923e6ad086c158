# Basic f-string replacement fields with names, expressions and calls.
name = "Ada"
age = 36
print(f"{name} is {age} years old")
print(f"next year: {age + 1}")
print(f"upper: {name.upper()}, len: {len(name)}")
print(f"{'literal'} and {3 * 'ab'}")
print(f"")
