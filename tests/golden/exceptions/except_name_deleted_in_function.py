# Using the except-as name after the handler in a function: UnboundLocalError.
def check():
    try:
        int("zz")
    except ValueError as problem:
        print("handled", problem)
    return problem

check()
