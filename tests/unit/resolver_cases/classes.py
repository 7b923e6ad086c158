class A:
    attr = 1
    other = attr + 1

    def method(self, x):
        return self.attr + x

    def uses_super(self):
        return super().method(1)

    def uses_class(self):
        return __class__

    squares = [i * i for i in range(3)]


def factory(base):
    v = 10

    class Inner(base):
        v = 20
        w = v

        def get(self):
            return v

        def get_w(self):
            return w

    return Inner


def factory2():
    only = 1

    class C:
        seen = only

    return C


class Private:
    __secret = 1
    __dunder__ = 2

    def __hidden(self, __arg, *, __kw=1):
        __local = __arg
        return lambda: __local

    def reveal(self):
        return self.__hidden(1), __secret


class __Under:
    def m(self):
        __x = 1
        return lambda: __x


class Outer:
    class Nested:
        def m(self):
            return 1

    def n(self):
        class Local:
            pass

        return Local
