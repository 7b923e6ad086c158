# an uncaught float pow overflow: OverflowError carries (errno, message)
def grow(x, n):
    return x ** n

print(grow(10.0, 300))
print(grow(10.0, 400))
