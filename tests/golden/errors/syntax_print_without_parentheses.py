# SyntaxError: Missing parentheses in call to 'print'. Did you mean print(...)?
name = "world"
greeting = "hello"

print greeting, name
print("unreachable")
