# Decorating methods with a functools.wraps wrapper keeps the method's __qualname__ and __name__.
import functools

def require_positive(func):
    @functools.wraps(func)
    def wrapper(self, amount):
        if amount <= 0:
            raise ValueError(f"{func.__qualname__}: amount must be positive")
        return func(self, amount)
    return wrapper

class Wallet:
    def __init__(self):
        self.money = 0

    @require_positive
    def add(self, amount):
        self.money += amount
        return self.money

w = Wallet()
print(w.add(5))
try:
    w.add(-1)
except ValueError as e:
    print(e)
print(Wallet.add.__qualname__, w.add.__name__)
