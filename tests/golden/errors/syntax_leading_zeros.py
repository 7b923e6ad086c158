# SyntaxError: leading zeros in decimal integer literals are not permitted.
hour = 9
minute = 05
print(hour, minute)
print("never")
