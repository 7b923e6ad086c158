# SyntaxError in an f-string: an invalid conversion character after '!'.
value = 3.14159
print("start")
print(f"{value!x}")
print(f"{value:.2f}")
