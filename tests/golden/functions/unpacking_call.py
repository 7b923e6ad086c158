# Unpacking a list and a dict into a call with * and **.
def point(x, y, z=0):
    return (x, y, z)

coords = [1, 2]
extra = {"z": 3}
print(point(*coords))
print(point(*coords, **extra))
print(point(*[1], **{"y": 5}))
print(point(*(7, 8, 9)))
print(point(**{"x": 1, "y": 2, "z": 3}))
