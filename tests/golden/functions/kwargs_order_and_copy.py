# **kwargs is a fresh dict; changing it doesn't change the caller's dict.
def f(**kw):
    kw["added"] = True
    return kw

options = {"a": 1, "b": 2}
print(f(**options))
print(options)
print(f(z=1, a=2))
