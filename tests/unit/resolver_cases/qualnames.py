def outer():
    def inner():
        return lambda: 0

    global declared_global

    def declared_global():
        pass

    class K:
        def m(self):
            return [lambda: 1 for _ in range(1)]

    return inner, K


class C:
    def method(self):
        def helper():
            pass

        return helper

    gen = (i for i in range(2))

    class D:
        @staticmethod
        def sm():
            return 1


def deco(fn):
    return fn


@deco
def decorated(x=lambda: 0):
    return x
