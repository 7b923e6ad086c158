# An error while executing a class body: the frame is named after the class.
RATES = {"EUR": 1.0}

class Converter:
    base = "EUR"
    usd = RATES["USD"]

    def convert(self, x):
        return x * self.usd
