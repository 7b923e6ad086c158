# A return in finally overrides the try block's return value.
def choose():
    try:
        return "from try"
    finally:
        return "from finally"

def count():
    for i in range(3):
        try:
            return i
        finally:
            if i == 0:
                print("finally sees", i)

print(choose())
print(count())
