# IndentationError after an if statement with no body.
x = 3
if x > 2:
print("big")
