# Lesson: from LEGB to closures, cell by cell (inner functions, nonlocal, late binding).

# A function is an object: it can be stored, inspected and returned.
def shout(text):
    return text.upper() + "!"

yell = shout
print(yell("hey"), yell.__name__, yell is shout)

# LEGB: local, enclosing, global, builtins
x = "global x"

def outer():
    x = "enclosing x"
    def inner():
        return x
    return inner()

print(outer())

# A closure remembers the enclosing variables after the outer call returns
def power_of(exp):
    def power(base):
        return base ** exp
    return power

square, cube = power_of(2), power_of(3)
print(square(4), cube(2))
print(square.__code__.co_freevars, square.__closure__[0].cell_contents)

# nonlocal lets the closure rebind the enclosing variable
def make_counter():
    count = 0
    def counter():
        nonlocal count
        count += 1
        return count
    return counter

tick = make_counter()
print([tick() for _ in range(3)])

# Late binding: all lambdas see the last value of i ...
late = [lambda: i for i in range(3)]
print([f() for f in late])
# ... unless the value is captured as a default argument
early = [lambda i=i: i for i in range(3)]
print([f() for f in early])
print(f"{len(early)} functions, first default = {early[0].__defaults__}")
