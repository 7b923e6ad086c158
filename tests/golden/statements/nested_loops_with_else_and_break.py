# A search in a 2D grid using for/else and a flag.
grid = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
target = 5
for r, row in enumerate(grid):
    for c, value in enumerate(row):
        if value == target:
            break
    else:
        continue
    print("found", target, "at", r, c)
    break
else:
    print("not found")
