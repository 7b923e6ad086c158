# co_cellvars of the outer function and co_freevars of the inner, in CPython's order.
def outer(p, q):
    zeta = 1
    alpha = 2
    unused = 3
    def inner():
        return zeta + alpha + q
    return inner

print(outer.__code__.co_varnames)
print(outer.__code__.co_cellvars)
print(outer.__code__.co_freevars)
inner = outer(1, 2)
print(inner.__code__.co_freevars)
print(inner.__code__.co_cellvars)
print(inner.__code__.co_varnames)
