# Rebinding print globally and calling the real builtin through a saved reference.
real_print = print

def print(*args):
    real_print("LOG:", *args)

print("hello", 42)
del print
print("back to normal")
