# input(): prompt written to stdout, lines read from stdin, EOFError at the end
name = input("name? ")
print("hello", name)
print(repr(input()), repr(input("> ")))
while True:
    try:
        line = input()
    except EOFError as e:
        print("EOFError:", e)
        break
    print("got", repr(line))
