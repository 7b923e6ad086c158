# The walrus operator in a comprehension binds in the enclosing function.
def first_long(words):
    if any((found := w) and len(w) > 4 for w in words):
        return found
    return None

print(first_long(["hi", "hello", "hey"]))
print(first_long(["a", "b"]))

def running_totals(values):
    total = 0
    return [total := total + v for v in values], total

print(running_totals([1, 2, 3, 4]))
