# A class-based decorator without __get__ on a method: calling it through the instance misses self.
class Wrap:
    def __init__(self, func):
        self.func = func
    def __call__(self, *args):
        return self.func(*args)

class Cart:
    def __init__(self):
        self.items = ["apple"]

    @Wrap
    def total(self):
        return len(self.items)

cart = Cart()
print(Cart.total(cart))
print(cart.total())
