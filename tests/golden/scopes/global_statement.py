# The global statement lets a function rebind a module-level name.
counter = 0

def increment():
    global counter
    counter += 1

for _ in range(3):
    increment()
print(counter)

def create():
    global created
    created = "made inside a function"

create()
print(created)
