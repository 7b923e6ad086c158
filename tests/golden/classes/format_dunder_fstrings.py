# __format__ receives the spec from f-strings, format() and str.format().
class Money:
    def __init__(self, cents):
        self.cents = cents
    def __format__(self, spec):
        if spec == "raw":
            return str(self.cents)
        amount = self.cents / 100
        return "$" + format(amount, spec or ".2f")
    def __str__(self):
        return f"{self}"

m = Money(12345)
print(f"{m}", f"{m:raw}", f"{m:,.1f}", format(m, ">10"), "{:.0f}".format(m), str(m))
width = 12
print(f"[{m:>{width}}]")
class NoFormat:
    pass
try:
    f"{NoFormat():>5}"
except TypeError as e:
    print("TypeError:", e)
nf = NoFormat()
print(f"{nf!s:.8}", format(nf, "") == str(nf), format(nf) == repr(nf))
