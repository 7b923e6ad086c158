# Arguments are evaluated left to right, before the call.
def note(label, value):
    print("evaluating", label)
    return value

def f(a, b, *, c):
    return a + b + c

print(f(note("a", 1), note("b", 2), c=note("c", 3)))
print(f(*[note("x", 1), note("y", 2)], **{"c": note("z", 3)}))
