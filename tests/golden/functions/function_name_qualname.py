# __name__ and __qualname__ of module-level, nested and lambda functions.
def outer():
    def inner():
        pass
    lam = lambda: None
    return inner, lam

inner, lam = outer()
print(outer.__name__, outer.__qualname__)
print(inner.__name__, inner.__qualname__)
print(lam.__name__, lam.__qualname__)
inner.__name__ = "renamed"
print(inner.__name__, inner.__qualname__)
