x = 1
y = x + 1
print(x, y)


def f(a, b=x):
    c = a + b
    d = len(c)
    return c, d, x, undefined_name


def g():
    print(f(1))
    q = 2
    del q
    z: int = 3
    w: str
    for i in range(3):
        pass
    while False:
        k = 1
    else:
        kk = 2
    if i:
        m = 1
    elif i > 1:
        n = 2
    else:
        o = 3
    return z


del y
x += 1
t: list = []
u: int
