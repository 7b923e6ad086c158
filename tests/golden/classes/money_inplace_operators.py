# In-place operators: __iadd__ mutates and returns self; without __isub__, -= falls back to __sub__ (new object).
class Money:
    def __init__(self, cents):
        self.cents = cents
    def __repr__(self):
        return f"${self.cents // 100}.{self.cents % 100:02d}"
    def __iadd__(self, other):
        self.cents += other.cents
        return self
    def __sub__(self, other):
        return Money(self.cents - other.cents)

wallet = Money(1050)
alias = wallet
wallet += Money(275)
print(wallet, alias, wallet is alias)
wallet -= Money(25)
print(wallet, alias, wallet is alias)
try:
    wallet *= 2
except TypeError as e:
    print("TypeError:", e)
