# Lesson: scope puzzles that surprise beginners, each with its explanation printed.

# 1. Reading a global works...
counter = 0
def read():
    return counter
print("read:", read())

# 2. ...but assigning makes the name local for the whole function.
def broken():
    try:
        counter += 1
    except UnboundLocalError as e:
        return f"UnboundLocalError: {e}"
print(broken())

# 3. global fixes it for module names, nonlocal for enclosing ones.
def fixed():
    global counter
    counter += 1
    return counter
print("fixed:", fixed(), fixed())

def outer():
    total = 0
    def add(n):
        nonlocal total
        total += n
    for n in range(5):
        add(n)
    return total
print("outer:", outer())

# 4. Comprehension variables don't leak; loop variables do.
for leaked in range(3):
    pass
squares = [hidden * hidden for hidden in range(3)]
print("leaked:", leaked, "hidden defined:", "hidden" in globals())

# 5. Default values are evaluated once.
def stamp(items=[]):
    items.append(len(items))
    return items
print(stamp(), stamp(), stamp([9]))
