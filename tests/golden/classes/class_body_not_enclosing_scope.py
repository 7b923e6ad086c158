# A class body is not an enclosing scope: a method cannot see a class attribute by its bare name.
class Circle:
    pi = 3.14159
    def area(self, r):
        return self.pi * r * r
    def broken_area(self, r):
        return pi * r * r

c = Circle()
print(c.area(2))
try:
    c.broken_area(2)
except NameError as e:
    print("NameError:", e)
print(Circle.pi)
