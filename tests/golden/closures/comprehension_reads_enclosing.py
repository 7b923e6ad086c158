# A comprehension inside a function reads the function's locals (they become cells).
def outer():
    base = 10
    offsets = [1, 2, 3]
    result = [base + o for o in offsets]
    return result

print(outer())
print(outer.__code__.co_cellvars)
print(outer.__code__.co_varnames)
