# Operator precedence: ** binds tighter than unary minus, * before +, comparisons before not.
print(2 + 3 * 4, (2 + 3) * 4)
print(-2 ** 2, (-2) ** 2, 2 ** -1)
print(2 ** 3 ** 2, (2 ** 3) ** 2)
print(not 1 == 2, not (1 == 2) and 3)
print(1 + 2 << 1, 1 | 2 ^ 3 & 4)
print(10 - 4 - 3, 100 / 10 / 5, 2 * 3 % 4)
print(-7 % 3, ~5 + 1, - - 3)
