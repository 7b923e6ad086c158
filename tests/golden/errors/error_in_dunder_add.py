# An error raised inside __add__, triggered by the + operator in user code.
class Money:
    def __init__(self, amount, currency):
        self.amount, self.currency = amount, currency

    def __add__(self, other):
        if self.currency != other.currency:
            raise ValueError(f"cannot add {self.currency} and {other.currency}")
        return Money(self.amount + other.amount, self.currency)

total = Money(5, "EUR") + Money(3, "EUR")
print(total.amount)
total = total + Money(1, "USD")
