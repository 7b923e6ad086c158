# A keyword-only parameter without a default is required.
def move(*, dx, dy=0):
    return dx, dy

print(move(dx=1))
print(move(dy=2, dx=3))
print(move.__kwdefaults__)
move()
