# try/except/else: code in else is not protected by the except clauses of the same try.
def parse(s):
    try:
        n = int(s)
    except ValueError:
        print(f"{s!r} is not a number")
    else:
        print("parsed", n)
        print("inverse", 1 / n)

parse("4")
parse("x")
try:
    parse("0")
except ZeroDivisionError as e:
    print("escaped from else:", e)
