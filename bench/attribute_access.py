# Attribute reads and writes: instance attributes, class attributes, properties, augmented assignment.
class Point:
    dims = 2

    def __init__(self, x, y):
        self.x = x
        self.y = y

    @property
    def norm1(self):
        return abs(self.x) + abs(self.y)


p = Point(1, 2)
q = Point(3, -4)
acc = 0
for i in range(1800000):
    p.x += 1
    q.y = p.x - q.x
    acc += p.x + p.y + q.x + q.y + p.dims
    if i % 4 == 0:
        acc += q.norm1
print(acc, p.x, q.y)
