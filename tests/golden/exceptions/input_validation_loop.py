# Validating input lines with int() until EOFError: bad lines are reported, good ones summed (stdin from the .in file).
total = 0
lineno = 0
while True:
    try:
        line = input()
    except EOFError:
        print("end of input")
        break
    lineno += 1
    try:
        number = int(line)
    except ValueError:
        print(f"line {lineno}: {line!r} is not an integer")
        continue
    total += number
print("total:", total)
