# IndentationError: expected an indented block after class definition on line N.
print("start")

class Empty:
x = 1
print(x)
