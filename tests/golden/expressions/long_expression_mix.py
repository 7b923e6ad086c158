# A long arithmetic expression mixing operators and parentheses.
a, b, c = 3, 4, 5
print((a ** 2 + b ** 2 == c ** 2) and "right triangle" or "not")
print(((a + b) * c - a) // b % 7, (a * b - c) / (a + b + c))
print(abs(a - b * c) + max(a, b, c) - min(a, b, c) ** 2)
print(sum([a, b, c]) / len([a, b, c]))
