# The binary-operator anchor under a parenthesized operand: (a + b) * ... / (c - d) with c == d.
def slope(x1, y1, x2, y2):
    return (y2 - y1) / (x2 - x1)

points = [(0, 0, 2, 4), (1, 1, 1, 5)]
for p in points:
    print(slope(*p))
