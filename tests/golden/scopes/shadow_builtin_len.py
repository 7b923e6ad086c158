# Shadowing a builtin with a global, then removing the shadow with del.
def len(x):
    return "my len"

print(len([1, 2, 3]))
del len
print(len([1, 2, 3]))
