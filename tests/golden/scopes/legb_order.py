# LEGB: local, then enclosing, then global, then builtins.
x = "global"

def outer():
    x = "enclosing"
    def inner():
        x = "local"
        return x
    def middle():
        return x
    return inner(), middle()

def reads_global():
    return x

print(outer())
print(reads_global())
print(len("builtin"))
