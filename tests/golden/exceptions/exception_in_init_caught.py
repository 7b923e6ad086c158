# An exception in __init__ means no object is created: the name is never bound.
class Account:
    def __init__(self, owner, balance):
        if balance < 0:
            raise ValueError(f"negative opening balance: {balance}")
        self.owner = owner
        self.balance = balance

acct = None
try:
    acct = Account("ann", -5)
except ValueError as e:
    print("ValueError:", e)
print(acct)
acct = Account("bob", 10)
print(acct.owner, acct.balance)
