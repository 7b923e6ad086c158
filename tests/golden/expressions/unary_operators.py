# Unary minus, plus, invert and not on ints, floats and bools.
print(-5, +5, ~5, not 5)
print(-0, -0.0, +(-2.5), -True, ~False)
print(- -7, -(-(-7)))
x = 3
x = -x
print(x, abs(x))
