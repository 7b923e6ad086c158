# KeyError shows the repr of the missing key.
prices = {"apple": 1.0, "pear": 0.8}
print(prices["apple"])
print(prices["banana"])
