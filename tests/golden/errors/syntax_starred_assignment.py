# SyntaxError: can't use starred expression here.
first = [1, 2]
second = [3]
combined = *first
print(combined, second)
