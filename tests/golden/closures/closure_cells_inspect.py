# __closure__ is a tuple of cells; cell_contents is the live value.
def outer():
    x = 1
    y = "two"
    def inner():
        return x, y
    return inner

f = outer()
print(type(f.__closure__).__name__, len(f.__closure__))
for cell in f.__closure__:
    print(type(cell).__name__, cell.cell_contents)
print(f.__code__.co_freevars)
