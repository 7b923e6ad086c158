# Instance creation: __init__ with attributes, subclasses calling super().__init__, __slots__ classes.
class Node:
    def __init__(self, value, next=None):
        self.value = value
        self.next = next


class Pair:
    __slots__ = ("a", "b")

    def __init__(self, a, b):
        self.a = a
        self.b = b


class Tagged(Node):
    def __init__(self, value, tag):
        super().__init__(value)
        self.tag = tag


total = 0
head = None
for i in range(660000):
    head = Node(i, head if i % 100 else None)
    p = Pair(i, -i)
    t = Tagged(i, "t")
    total += head.value + p.a + p.b + t.value
print(total, head.value, t.tag)
