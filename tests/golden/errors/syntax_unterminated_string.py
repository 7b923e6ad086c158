# SyntaxError: unterminated string literal (nothing runs, not even the first print).
print("this line never runs")
message = "hello
print(message)
