# A class with class attributes, instance attributes and methods; lookup order instance -> class.
class Account:
    bank = "PyBank"
    rate = 0.02

    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance

    def deposit(self, amount):
        self.balance += amount
        return self.balance

    def interest(self):
        return round(self.balance * self.rate, 2)

a = Account("ada", 100)
b = Account("bob")
print(a.owner, a.balance, b.balance, a.bank, Account.bank)
print(a.deposit(50), a.interest())
a.rate = 0.5
print(a.interest(), b.interest(), Account.rate)
Account.rate = 0.1
print(a.interest(), b.deposit(10), b.interest())
print(a.__dict__, b.__dict__)
print(Account.deposit(b, 5), b.balance)
