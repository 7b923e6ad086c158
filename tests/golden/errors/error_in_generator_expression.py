# An error inside a generator expression has its own <genexpr> frame, raised while it is consumed.
def total_inverse(values):
    return sum(1 / v for v in values)

print(total_inverse([1, 2, 4]))
print(total_inverse([1, 0]))
