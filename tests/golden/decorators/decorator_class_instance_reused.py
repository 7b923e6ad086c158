# One decorator instance with arguments can be applied to several functions (its __call__ runs per function).
class Prefix:
    def __init__(self, text):
        self.text = text
        self.decorated = []

    def __call__(self, func):
        self.decorated.append(func.__name__)
        def wrapper(*args):
            return self.text + str(func(*args))
        return wrapper

money = Prefix("$")

@money
def price(x):
    return x * 2

@money
def tax(x):
    return x // 10

print(price(21), tax(250))
print(money.decorated)
