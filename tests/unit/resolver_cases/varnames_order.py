def assign_order():
    x = (y := 1)
    a[i] = j
    p, *q = r = s = [1, 2]
    return x


def try_finally(c):
    try:
        if c:
            return aa
        b = 1
    finally:
        z = 1


def try_all():
    try:
        pass
    except ValueError as e:
        u = 1
    except (TypeError, KeyError):
        t = 2
    else:
        v = 1
    finally:
        w = 1


def loops():
    for x in y:
        pass
    with a as b, c as d:
        pass
    while (n := 1) > 2:
        m = 1


def aug():
    a.b += c
    d[e] += f
    g += h
    print(r)
    del q


def annotations():
    x: int
    y: int = 1
    z.q: int
    (w): int = 2


def unreachable():
    return 1
    after = 2


def breaks():
    for i in range(3):
        try:
            continue
        finally:
            k = i
    while True:
        try:
            break
        finally:
            j = 0


def imports():
    import os.path, sys as system
    from json import dumps, loads as parse
    return os, system, dumps, parse
