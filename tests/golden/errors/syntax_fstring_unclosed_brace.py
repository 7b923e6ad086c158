# SyntaxError in an f-string: f-string: expecting '}' when a replacement field is not closed.
name = "Ada"
age = 36
print(f"{name} is {age years old")
print("never")
