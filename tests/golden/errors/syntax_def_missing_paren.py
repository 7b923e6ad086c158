# SyntaxError in a def header: a missing closing parenthesis before the colon.
def greet(name, greeting="hi":
    return f"{greeting} {name}"

print(greet("Ada"))
print("never")
