# print and str() use __str__; repr(), containers and !r use __repr__; __str__ falls back to __repr__.
class Money:
    def __init__(self, amount):
        self.amount = amount
    def __repr__(self):
        return f"Money({self.amount!r})"
    def __str__(self):
        return f"${self.amount:.2f}"

class OnlyRepr:
    def __repr__(self):
        return "<OnlyRepr>"

m = Money(3.5)
print(m)
print(repr(m), str(m))
print([m, Money(1)])
print(f"{m} {m!r} {m!s}")
print({"cost": m}, (m,))
print(OnlyRepr(), str(OnlyRepr()), [OnlyRepr()])
