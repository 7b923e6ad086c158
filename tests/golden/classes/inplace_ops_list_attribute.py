# a.items += [...] on an attribute calls the list's __iadd__ then assigns back; tuples in a list show the pitfall.
class Bag:
    def __init__(self):
        self.items = []
        self.count = 0

b = Bag()
alias = b.items
b.items += [1, 2]
b.count += 1
print(b.items, alias, b.items is alias, b.count)
t = ([1],)
try:
    t[0] += [2]
except TypeError as e:
    print("TypeError:", e)
print(t)
