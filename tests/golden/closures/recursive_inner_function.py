# An inner function that calls itself by its own (captured) name.
def make_fact():
    def fact(n):
        return 1 if n <= 1 else n * fact(n - 1)
    return fact

fact = make_fact()
print(fact(10))
print(fact.__code__.co_freevars)
print(fact.__closure__[0].cell_contents is fact)
