# Several closures returned together share one variable.
def account(balance):
    def deposit(n):
        nonlocal balance
        balance += n
        return balance
    def withdraw(n):
        nonlocal balance
        balance -= n
        return balance
    def show():
        return balance
    return deposit, withdraw, show

dep, wd, show = account(100)
dep(50)
wd(30)
print(show())
print(dep.__closure__[0] is wd.__closure__[0], show.__closure__[0].cell_contents)
