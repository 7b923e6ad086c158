# A function with both global and nonlocal names.
total = 0

def outer():
    calls = 0
    def inner(v):
        global total
        nonlocal calls
        total += v
        calls += 1
    for v in (5, 6, 7):
        inner(v)
    return calls

print(outer(), total)
