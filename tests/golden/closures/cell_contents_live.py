# A cell shows the current value of the variable, also after nonlocal updates.
def make():
    total = 0
    def add(n):
        nonlocal total
        total += n
        return total
    return add

add = make()
cell = add.__closure__[0]
print(cell.cell_contents)
add(5)
print(cell.cell_contents)
add(7)
print(cell.cell_contents, add.__closure__[0] is cell)
