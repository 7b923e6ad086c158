# A positional-only name can also appear in **kwargs.
def f(name, /, **kwargs):
    return name, kwargs

print(f("pos", name="kw"))
print(f("only"))
