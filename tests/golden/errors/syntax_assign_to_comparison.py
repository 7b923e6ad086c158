# SyntaxError: cannot assign to comparison (a learner writing a condition as an assignment).
limit = 10
total = 12

total < limit = True
print("never")
