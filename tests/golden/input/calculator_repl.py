# A tiny calculator reading "a op b" lines, with a dispatch dict of lambdas.
ops = {"+": lambda a, b: a + b, "-": lambda a, b: a - b,
       "*": lambda a, b: a * b, "/": lambda a, b: a / b}
while True:
    line = input("> ")
    if line == "quit":
        print("bye")
        break
    a, op, b = line.split()
    print(ops[op](int(a), int(b)))
