def f():
    x = 1
    y = 2

    class C:
        global y
        x = x
        y = 3

        def m(self):
            return x, y

        def n(self):
            return super().n()

        def o(self):
            return __class__

    class D(C, metaclass=type):
        z = [x for _ in range(2)]

    return C, D


def g(base):
    class E(base):
        def m(self):
            def inner():
                return super(E, self), __class__

            return inner

    return E


class F:
    def m(self):
        class G:
            def n(self):
                return __class__

        return G
