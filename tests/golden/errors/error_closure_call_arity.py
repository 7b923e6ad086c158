# Calling a closure with a wrong argument count names its qualified name.
def make_adder(n):
    def add(x, y):
        return x + y + n
    return add

add = make_adder(1)
print(add(1, 2))
add(1)
