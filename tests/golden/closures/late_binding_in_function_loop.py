# Closures created in a loop inside a function share the enclosing function's cell.
def build():
    actions = []
    for name in ["red", "green", "blue"]:
        def act():
            return f"colour={name}"
        actions.append(act)
    name = "changed"
    return actions

for a in build():
    print(a())
