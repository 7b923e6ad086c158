counter = 0


def bump():
    global counter
    counter += 1


def declare_new():
    global fresh
    fresh = 1


def outer():
    x = 1
    y = 2

    def mid():
        nonlocal x
        x = 10

        def inner():
            nonlocal x, y
            x += 1
            y += 1
            return x

        return inner

    return mid


def glob_then_nested():
    global g1
    g1 = 1

    def reader():
        return g1

    return reader


def local_shadows_global():
    def a():
        global shared
        shared = 1

        def b():
            shared = 2

            def c():
                return shared

            return c

        return b

    return a


shared = 0
