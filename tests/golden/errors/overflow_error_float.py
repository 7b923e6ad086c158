# OverflowError converting a huge int to float.
big = 10 ** 400
print(big // 10 ** 399)
print(float(big))
