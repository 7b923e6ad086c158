# The loop variable of a comprehension is not visible after it.
data = [y + 1 for y in range(3)]
print(data)
print(y)
