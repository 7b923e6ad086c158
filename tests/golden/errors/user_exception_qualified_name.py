# An uncaught user-defined exception prints as Name: message (CPython omits the __main__. prefix in tracebacks).
class InsufficientFunds(Exception):
    pass

class Account:
    def __init__(self, balance):
        self.balance = balance

    def withdraw(self, amount):
        if amount > self.balance:
            raise InsufficientFunds(f"balance {self.balance}, requested {amount}")
        self.balance -= amount

acct = Account(50)
acct.withdraw(20)
acct.withdraw(40)
