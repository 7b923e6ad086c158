# divmod and three-argument pow, with big and negative numbers.
print(divmod(2 ** 100, 12345))
print(divmod(-(10 ** 20), 7))
print(pow(3, 200, 1000007))
print(pow(2, 10, 1000), pow(-2, 3, 5), pow(7, 0, 13))
print(pow(5, -1, 7))
print(pow(2, 0.5), pow(4, -2), pow(-8, 1 / 3) if False else 0)
