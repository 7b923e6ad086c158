# finally runs even when the try block returns.
def f():
    try:
        return "from try"
    finally:
        print("finally runs first")

print(f())

def g():
    for i in range(3):
        try:
            if i == 1:
                break
        finally:
            print("cleanup", i)
    return i

print(g())
