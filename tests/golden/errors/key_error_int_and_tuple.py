# KeyError with int and tuple keys, caught; then an uncaught one with a tuple key.
d = {1: "one"}
try:
    d[2]
except KeyError as e:
    print("KeyError:", e)
grid = {(0, 0): "origin"}
print(grid[(1, 2)])
