# An error inside a classmethod factory that calls a staticmethod validator.
class Temperature:
    def __init__(self, kelvin):
        self.kelvin = kelvin

    @staticmethod
    def check(k):
        if k < 0:
            raise ValueError(f"below absolute zero: {k}")
        return k

    @classmethod
    def from_celsius(cls, c):
        return cls(cls.check(c + 273.15))

print(Temperature.from_celsius(20).kelvin)
Temperature.from_celsius(-300)
