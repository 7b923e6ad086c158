# An uncaught TypeError from join, raised inside a function.
def render(items):
    return ", ".join(items)

print(render(["a", "b"]))
print(render(["a", 2, "c"]))
