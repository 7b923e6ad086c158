# Four nested levels with nonlocal updates at different depths.
def a():
    x = 1
    def b():
        y = 10
        def c():
            nonlocal x
            z = 100
            def d():
                nonlocal y, z
                y += 1
                z += 1
                return x + y + z
            x += 1000
            return d
        return c
    return b

d = a()()()
print(d(), d(), d())
print(d.__qualname__)
print(d.__code__.co_freevars)
