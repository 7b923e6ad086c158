# Uncaught assert without a message: the last line is just "AssertionError".
items = [3, 1, 2]
items.sort()
assert items == [1, 2, 3]
print("sorted ok")
assert items[0] > items[-1]
print("not reached")
