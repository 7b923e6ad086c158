# SyntaxError: cannot assign to function call (augmented form: 'function call' is an illegal expression).
def total():
    return 0

for i in range(3):
    total() += i
print("never")
