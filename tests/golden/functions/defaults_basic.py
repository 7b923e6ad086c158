# Default parameter values, overridden positionally and by keyword.
def greet(name, greeting="Hello", punctuation="!"):
    return f"{greeting}, {name}{punctuation}"

print(greet("Ann"))
print(greet("Ann", "Hi"))
print(greet("Ann", punctuation="?"))
print(greet(greeting="Yo", name="Bob"))
print(greet.__defaults__)
