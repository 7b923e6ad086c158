import os.path
import os.path as osp
from json import *


def f(cell_param, plain):
    import collections.abc
    from functools import partial as p, reduce

    try:
        pass
    except Exception as err:
        def uses():
            return err

    del cell_param

    def deco(fn):
        return fn

    @deco
    def decorated(a=plain, *, b=lambda q=plain: q):
        return cell_param

    def annotated(x: plain) -> collections.abc:
        pass

    for i, (j, *k) in enumerate([]):
        pass

    with open("x") as (fa, fb):
        pass

    return p, reduce, decorated, annotated


lam = lambda a, b=lambda c, d=1: c: (lambda: a)


def nested_lambdas(n):
    return lambda x: lambda y: lambda z: n + x + y + z


def walrus_scopes(data):
    a = [[(w := x) for x in row] for row in data]
    b = {(k := v): v for v in data}
    return w, k, a, b


def star_targets(seq):
    first, *rest = seq
    [x, *y, z] = seq
    return first, rest, x, y, z


def f_strings(v, w):
    return f"{v!r:>{w}} {[v for _ in range(2)]}"
