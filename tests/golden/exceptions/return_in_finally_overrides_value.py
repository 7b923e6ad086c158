# return in finally overrides the try's return, and break/continue in finally swallow exceptions.
def pick():
    try:
        return "try"
    finally:
        return "finally"

def swallow():
    for i in range(3):
        try:
            if i == 1:
                raise ValueError(i)
            print("body", i)
        finally:
            if i == 1:
                print("continue in finally swallows", i)
                continue
    return "loop done"

def count():
    n = 0
    while True:
        try:
            n += 1
            raise RuntimeError("stop?")
        finally:
            if n < 3:
                continue
            break
    return n

print(pick(), swallow(), count())
