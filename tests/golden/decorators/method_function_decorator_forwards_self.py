# A function decorator applied to a method: the wrapper receives self as its first positional argument.
def trace(func):
    def wrapper(self, *args):
        print(f"{type(self).__name__}.{func.__name__}{args}")
        return func(self, *args)
    return wrapper

class Account:
    def __init__(self, balance):
        self.balance = balance

    @trace
    def deposit(self, amount):
        self.balance += amount
        return self.balance

    @trace
    def withdraw(self, amount):
        self.balance -= amount
        return self.balance

acct = Account(100)
print(acct.deposit(50))
print(acct.withdraw(30))
print(Account.deposit(acct, 5))
