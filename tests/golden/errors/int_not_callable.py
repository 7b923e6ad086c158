# 'int' object is not callable: a variable holding a number called like a function.
total = 3
print(total(2))
