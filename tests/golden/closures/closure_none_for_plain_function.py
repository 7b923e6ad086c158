# A function that captures nothing has __closure__ None and empty co_freevars.
def plain(x):
    return x + 1

def outer():
    y = 2
    def uses_nothing():
        return 42
    def uses_y():
        return y
    return uses_nothing, uses_y

print(plain.__closure__, plain.__code__.co_freevars)
a, b = outer()
print(a.__closure__, a.__code__.co_freevars)
print(len(b.__closure__), b.__code__.co_freevars)
