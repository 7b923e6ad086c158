# An uncaught raise with a message prints the traceback and exits with status 1.
def withdraw(balance, amount):
    if amount > balance:
        raise ValueError(f"insufficient funds: {balance} < {amount}")
    return balance - amount

print(withdraw(100, 30))
print(withdraw(100, 300))
