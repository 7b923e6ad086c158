# staticmethod and classmethod: through the class and instances, alternative constructors.
class Date:
    def __init__(self, y, m, d):
        self.y, self.m, self.d = y, m, d

    @classmethod
    def from_string(cls, text):
        return cls(*map(int, text.split("-")))

    @staticmethod
    def is_leap(year):
        return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)

    def __repr__(self):
        return f"{type(self).__name__}({self.y}, {self.m}, {self.d})"

class MyDate(Date):
    pass

print(Date.from_string("2024-02-29"), MyDate.from_string("2000-01-01"))
print(Date.is_leap(2000), Date(1, 1, 1).is_leap(1900), MyDate.is_leap(2024))
print(Date.from_string.__self__, Date(1, 2, 3).from_string.__self__)
print(Date.__dict__["is_leap"].__func__ is Date.is_leap, type(Date.__dict__["from_string"]).__name__)
print(staticmethod(len)(["a"]), Date.__dict__["is_leap"](2023))
sm = staticmethod(abs)
print(sm.__func__, sm.__wrapped__)
