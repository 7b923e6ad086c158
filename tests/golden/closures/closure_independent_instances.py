# Each call of the outer function creates a fresh cell: closures don't share state.
def make_counter():
    n = 0
    def tick():
        nonlocal n
        n += 1
        return n
    return tick

a = make_counter()
b = make_counter()
a(); a(); a()
b()
print(a(), b())
print(a is b, a.__code__ is b.__code__)
print(a.__closure__[0] is b.__closure__[0])
