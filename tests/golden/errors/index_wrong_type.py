# TypeError: list indices must be integers or slices, not str.
scores = [90, 80]
print(scores["first"])
