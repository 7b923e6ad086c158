def f(a, b, /, c, *d, e, f=1, **g):
    return a


def only_kw(*, k1, k2=2):
    return k1 + k2


def only_pos(p1, p2, /):
    return p1


def star_only(*args):
    return args


def kwargs_only(**kw):
    return kw


def annotated(a: int, /, b: str = "", *c: list, d: dict, **e: set) -> None:
    pass


lam = lambda x, y=2, *r, z, **kw: (x, y, r, z, kw)
empty = lambda: 0


def captured(a, b, c):
    def inner():
        return c, a

    return inner


def defaults_capture(x):
    def inner(y=x, *, z=x):
        return y + z

    return inner
