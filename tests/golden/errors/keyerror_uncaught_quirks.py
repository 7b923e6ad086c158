# An uncaught KeyError shows the repr of the key: quoted strings, tuples and the empty string.
inventory = {("red", "L"): 3, "": 0}
print(inventory[("red", "L")], inventory[""])

def stock(color, size):
    return inventory[(color, size)]

print(stock("blue", "M"))
