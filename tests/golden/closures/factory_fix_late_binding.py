# Fixing late binding with a factory function: each call gets its own cell.
def make_action(value):
    def act():
        return value * 10
    return act

actions = [make_action(v) for v in range(3)]
print([a() for a in actions])
print(actions[0].__closure__[0].cell_contents, actions[2].__closure__[0].cell_contents)
