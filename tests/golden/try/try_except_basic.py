# try/except catches an exception; the program continues after it.
def safe_divide(a, b):
    try:
        return a / b
    except ZeroDivisionError:
        return None

print(safe_divide(6, 3))
print(safe_divide(1, 0))
try:
    int("x")
except ValueError as e:
    print("bad number:", e)
print("still running")
