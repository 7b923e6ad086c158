# BaseException.add_note (new in 3.11): notes print after the message line.
def parse(row, n):
    try:
        return int(row)
    except ValueError as e:
        e.add_note(f"while parsing row {n}")
        e.add_note("check the input file")
        raise

print(parse("12", 1))
try:
    parse("x", 2)
except ValueError as e:
    print(e.__notes__)
try:
    ValueError().add_note(3)
except TypeError as e:
    print(e)
parse("oops", 3)
