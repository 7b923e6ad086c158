# SyntaxError: unmatched ']' at the end of an expression.
scores = [90, 85, 77]
best = max(scores)
worst = min(scores)]
print(best, worst)
