# TypeError from ordering comparisons between unrelated types, inside sorted().
values = [3, "two", 1]
print(sorted(values))
