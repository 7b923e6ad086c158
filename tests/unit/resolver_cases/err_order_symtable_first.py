def f():
    return 1


class C:
    return 2


def g(a):
    def h():
        nonlocal b
