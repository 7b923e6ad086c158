# classmethod as alternative constructors (works for subclasses too) next to a staticmethod helper.
class Date:
    def __init__(self, y, m, d):
        self.y, self.m, self.d = y, m, d

    @classmethod
    def from_string(cls, s):
        y, m, d = map(int, s.split("-"))
        return cls(y, m, d)

    @staticmethod
    def is_valid(s):
        parts = s.split("-")
        return len(parts) == 3 and all(p.isdigit() for p in parts)

    def __repr__(self):
        return f"{type(self).__name__}({self.y}, {self.m}, {self.d})"

class Birthday(Date):
    pass

print(Date.from_string("2024-02-29"))
print(Birthday.from_string("1990-07-01"))
print(Date.is_valid("2024-1-1"), Date.is_valid("2024/1/1"))
print(Date(1, 2, 3).is_valid("1-2-3"))
