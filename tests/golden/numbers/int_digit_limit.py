# str() of an int with more than 4300 digits raises ValueError (CPython 3.11)
x = 10 ** 4299
print(len(str(x)))
y = x * 10
print(y % 9, len(hex(y)))
print(y)
