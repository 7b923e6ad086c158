# SyntaxError: unterminated string literal inside a call, with the detected line number.
name = "Ada"
print("hello")
print('welcome, + name)
print("done")
