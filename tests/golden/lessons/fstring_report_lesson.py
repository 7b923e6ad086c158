# Lesson: formatting a report with f-strings (widths, alignment, separators, percentages).
sales = {"north": 125000.5, "south": 98050.25, "east": 143999.99, "west": 67000.0}
total = sum(sales.values())

print(f"{'Region':<8}|{'Sales':>14}|{'Share':>8}")
print(f"{'':-<8}+{'':->14}+{'':->8}")
for region, amount in sales.items():
    share = amount / total
    print(f"{region.title():<8}|{amount:>14,.2f}|{share:>8.1%}")
print(f"{'Total':<8}|{total:>14,.2f}|{1:>8.0%}")

best = max(sales, key=sales.get)
print(f"Best region: {best!r} with {sales[best]=:,.0f}")
for width in (6, 10):
    print(f"[{best:^{width}}]")
print(f"{total:e} {total:g} {int(total):_} {int(total):#x}")
