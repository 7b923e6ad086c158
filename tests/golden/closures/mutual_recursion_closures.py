# Two inner functions that call each other through the enclosing scope.
def parity():
    def is_even(n):
        return True if n == 0 else is_odd(n - 1)
    def is_odd(n):
        return False if n == 0 else is_even(n - 1)
    return is_even, is_odd

even, odd = parity()
print(even(10), odd(7), even(3))
print(even.__code__.co_freevars, odd.__code__.co_freevars)
