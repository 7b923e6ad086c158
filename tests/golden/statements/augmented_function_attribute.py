# Augmented assignment on attributes of a function object.
def counter():
    counter.calls += 1
    return counter.calls

counter.calls = 0
counter()
counter()
counter.calls *= 10
print(counter.calls)
