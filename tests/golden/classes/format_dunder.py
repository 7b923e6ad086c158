# __format__ receives the spec from f-strings, format() and str.format(); even an empty spec goes to __format__, not __str__.
class Temp:
    def __init__(self, c):
        self.c = c
    def __format__(self, spec):
        if spec.endswith("F"):
            return format(self.c * 9 / 5 + 32, spec[:-1] + "f") + "°F"
        if spec.endswith("C"):
            return format(self.c, spec[:-1] + "f") + "°C"
        return str(self.c)
    def __str__(self):
        return f"Temp({self.c})"

t = Temp(21.5)
print(f"{t:C} {t:.0F} {t:.2C} {t}")
print(format(t, "F"), format(t))
print("{:C}|{}".format(t, t))

class NoFormat:
    pass
try:
    f"{NoFormat():>10}"
except TypeError as e:
    print("TypeError:", e)
