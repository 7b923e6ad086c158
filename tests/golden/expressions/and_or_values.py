# and/or return one of their operands, not necessarily a bool.
print(0 or "default", "" or [] or None)
print(3 and 4, 0 and 4, [] and "x")
print(None or 0 or "last")
print(1 and 2 and 3, 1 and 0 and 3)
name = ""
print(name or "anonymous")
print(not [], not [0], not "")
