# SyntaxError: cannot assign to function call, as the target of a for loop (no "Maybe you meant" hint here).
def current():
    return 0

for current() in range(3):
    print("never")
