# id() and `is` for instances: stable identity, distinct objects.
class Node:
    pass
a = Node()
b = a
c = Node()
print(id(a) == id(b), id(a) == id(c), a is b, a is not c, id(a) == id(a))
nodes = [Node() for _ in range(3)]
print(len({id(n) for n in nodes}), nodes[0] is nodes[0], [n is a for n in nodes])
