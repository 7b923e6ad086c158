# Method calls: obj.m(...) on instances, inherited methods, super() calls, classmethods.
class Account:
    def __init__(self, balance):
        self.balance = balance

    def deposit(self, amount):
        self.balance += amount
        return self.balance

    def fee(self):
        return 1

    def charge(self):
        return self.deposit(-self.fee())


class Savings(Account):
    rate = 3

    def fee(self):
        return 0

    def deposit(self, amount):
        return super().deposit(amount + amount // 100)

    @classmethod
    def make(cls, balance):
        return cls(balance)


a = Account(0)
s = Savings.make(0)
total = 0
for i in range(630000):
    a.deposit(i)
    a.charge()
    s.deposit(i)
    s.charge()
    total += a.fee() + s.fee()
print(a.balance, s.balance, total)
