# TypeError messages when constructing with the wrong number of arguments, caught one by one.
class Point:
    def __init__(self, x, y=0):
        self.x, self.y = x, y

class NoInit:
    pass

for args in [(), (1, 2, 3)]:
    try:
        Point(*args)
    except TypeError as e:
        print("TypeError:", e)
try:
    Point(1, z=3)
except TypeError as e:
    print("TypeError:", e)
try:
    NoInit(5)
except TypeError as e:
    print("TypeError:", e)
