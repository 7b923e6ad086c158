# User objects with __eq__ and __hash__ work as dict keys and set members (equal points collapse).
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __eq__(self, other):
        return isinstance(other, Point) and (self.x, self.y) == (other.x, other.y)
    def __hash__(self):
        return hash((self.x, self.y))
    def __repr__(self):
        return f"P({self.x},{self.y})"

visits = {}
for p in [Point(0, 0), Point(1, 2), Point(0, 0), Point(1, 2), Point(0, 0)]:
    visits[p] = visits.get(p, 0) + 1
print(visits)
print(len({Point(1, 1), Point(1, 1), Point(2, 2)}))
print(Point(1, 2) in visits, Point(5, 5) in visits)
