# A dict-based namespace pattern, without classes: functions sharing a dict.
def make_stack():
    state = {"items": []}
    def push(x):
        state["items"].append(x)
    def pop():
        return state["items"].pop()
    def size():
        return len(state["items"])
    return {"push": push, "pop": pop, "size": size}

s = make_stack()
s["push"](1)
s["push"](2)
print(s["pop"](), s["size"]())
