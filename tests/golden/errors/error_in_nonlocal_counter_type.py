# A TypeError inside a nonlocal update: traceback through the closure.
def make_total():
    total = 0
    def add(x):
        nonlocal total
        total += x
        return total
    return add

add = make_total()
add(5)
add("5")
