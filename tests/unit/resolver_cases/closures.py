def make_counter(start, step=1):
    count = start

    def inc():
        nonlocal count
        count += step
        return count

    def get():
        return count

    return inc, get


def outer(a, b, z):
    def inner():
        return z, a, y, c, b

    c = 1
    y = 2
    q = 3
    return inner


def level1():
    v = 1

    def level2():
        def level3():
            def level4():
                return v

            return level4

        return level3

    return level2


def late_binding():
    fs = []
    for i in range(3):
        fs.append(lambda: i)
    return fs


def shadow():
    x = 1

    def g():
        x = 2

        def h():
            return x

        return h

    return g


def param_cell(p, q):
    r = 1

    def use():
        return p + r

    return use


def deep_pass(a):
    def m1():
        def m2():
            b = 2

            def m3():
                return a + b

            return m3

        return m2

    return m1
