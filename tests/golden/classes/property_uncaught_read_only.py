# Assigning to a read-only property, uncaught.
class Account:
    def __init__(self):
        self._balance = 10
    @property
    def balance(self):
        return self._balance

acct = Account()
acct.balance = 20
