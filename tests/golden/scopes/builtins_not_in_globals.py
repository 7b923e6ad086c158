# Builtins are found after globals, and a global of the same name wins.
print(abs(-3))
abs = lambda x: "global abs"
print(abs(-3))

def f():
    return abs(-4)

print(f())
del abs
print(f())
