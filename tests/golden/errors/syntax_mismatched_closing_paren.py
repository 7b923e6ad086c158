# SyntaxError: closing parenthesis ')' does not match opening parenthesis '{' in a dict argument.
def show(d):
    print(d)

show({"a": 1, "b": 2)
print("never")
