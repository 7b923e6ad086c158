# AttributeError on user objects suggests a close attribute or method name ("Did you mean").
class Account:
    def __init__(self):
        self.balance = 0
    def deposit(self, n):
        self.balance += n

a = Account()
a.deposit(5)
print(a.balance)
print(a.balanse)
