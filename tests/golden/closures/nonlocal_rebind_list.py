# Mutating a captured list needs no nonlocal; rebinding it does.
def history():
    items = []
    def add(x):
        items.append(x)
        return len(items)
    def reset():
        nonlocal items
        old = items
        items = []
        return old
    return add, reset

add, reset = history()
add("a")
add("b")
print(reset())
print(add("c"))
print(reset())
