# Every path through try/except/else/finally: which clauses run with and without an exception.
def run(x):
    print(f"-- run({x!r})")
    try:
        print("try")
        value = 10 / x
    except ZeroDivisionError:
        print("except")
        value = None
    else:
        print("else")
    finally:
        print("finally")
    return value

print(run(2))
print(run(0))
