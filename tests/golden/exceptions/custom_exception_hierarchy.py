# A custom exception hierarchy for a bank: catching the base catches every subclass.
class BankError(Exception):
    pass
class InsufficientFunds(BankError):
    pass
class AccountLocked(BankError):
    pass

def withdraw(balance, amount, locked=False):
    if locked:
        raise AccountLocked("account is locked")
    if amount > balance:
        raise InsufficientFunds(f"need {amount - balance} more")
    return balance - amount

for args in [(100, 30), (100, 130), (100, 10, True)]:
    try:
        print("ok", withdraw(*args))
    except InsufficientFunds as e:
        print("insufficient:", e)
    except BankError as e:
        print(type(e).__name__, "->", e)
print(InsufficientFunds.__mro__)
