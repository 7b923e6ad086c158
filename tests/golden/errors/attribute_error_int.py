# AttributeError on an int.
x = 5
x.append(6)
