# Lambdas close over variables like def does.
def adder(n):
    return lambda x: x + n

add5 = adder(5)
print(add5(10))
print(add5.__name__, add5.__qualname__)
print(add5.__code__.co_freevars, add5.__closure__[0].cell_contents)
compose = lambda f, g: lambda x: f(g(x))
inc_then_double = compose(lambda x: x * 2, lambda x: x + 1)
print(inc_then_double(5))
