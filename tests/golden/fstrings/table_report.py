# A small aligned table, the typical use of widths in f-strings.
rows = [("apples", 3, 0.5), ("bananas", 12, 0.25), ("kiwis", 150, 0.1)]
print(f"{'item':<10}{'qty':>5}{'price':>8}{'total':>9}")
for item, qty, price in rows:
    print(f"{item:<10}{qty:>5}{price:>8.2f}{qty * price:>9.2f}")
total = sum(q * p for _, q, p in rows)
print(f"{'sum':<10}{'':>5}{'':>8}{total:>9.2f}")
