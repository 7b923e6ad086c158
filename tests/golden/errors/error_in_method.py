# An error inside a method: the frame is named after the method (not Class.method) in 3.11.
class Cart:
    def __init__(self):
        self.items = {}

    def add(self, name, qty):
        self.items[name] = self.items.get(name, 0) + qty

    def total(self, prices):
        return sum(prices[name] * qty for name, qty in self.items.items())

cart = Cart()
cart.add("apple", 2)
cart.add("melon", 1)
print(cart.total({"apple": 3, "melon": 5}))
print(cart.total({"apple": 3}))
