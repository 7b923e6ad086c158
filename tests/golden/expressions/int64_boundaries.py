# Results that cross the 64-bit boundary in both directions.
m = 9223372036854775807
print(m + 1, m * 2, -m - 2)
print((m + 1) - 1 == m, type(m + 1).__name__)
print(-(-m - 1), abs(-m - 1))
print((-m - 1) // -1, (-m - 1) * -1)
print(m * m)
print((m + 1) >> 1, 1 << 64, (1 << 64) >> 63)
