# Markers under a str + int concatenation in a return statement of a formatting helper.
def label(name, count):
    return "Item: " + name + " x" + count

print(label("apple", "3"))
print(label("pear", 3))
