# Runaway recursion raises RecursionError, which can be caught; the interpreter keeps working after.
def depth(n):
    return depth(n + 1)

try:
    depth(0)
except RecursionError as e:
    print("RecursionError:", e)
    print(isinstance(e, RuntimeError))

def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)
print(fact(20))
