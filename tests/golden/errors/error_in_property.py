# An error inside a property getter: the frame is the getter's name; the marker is under the attribute access.
class Order:
    def __init__(self, items):
        self.items = items

    @property
    def average_price(self):
        return sum(self.items) / len(self.items)

print(Order([10, 20]).average_price)
empty = Order([])
print("average:", empty.average_price)
