# OverflowError from float exponentiation: markers under the ** operator.
def grow(rate, years):
    factor = 1.0 + rate
    return 100 * factor ** years

print(round(grow(0.05, 10), 2))
print(grow(1.5, 10000))
