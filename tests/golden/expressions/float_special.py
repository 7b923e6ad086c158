# inf, -inf and nan, and their comparisons.
inf = float("inf")
nan = float("nan")
print(inf, -inf, nan)
print(inf > 1e308, -inf < -1e308, inf == inf)
print(nan == nan, nan != nan, nan < 1, nan > 1)
print(inf - inf, inf * 0, 1 / inf)
print(float("-inf"), float("NaN"), float("  1.5  "))
print(1e308 * 10, -1e308 * 10)
