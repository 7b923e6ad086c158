# copy.copy / copy.deepcopy of instances of classes
import copy

class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return f"Point({self.x}, {self.y})"

p = Point(1, [2, 3])
q = copy.copy(p)
r = copy.deepcopy(p)
print(q, r, q is p, q.y is p.y, r.y is p.y)

class Node:
    def __init__(self, name):
        self.name = name
        self.children = []

root = Node("root")
child = Node("child")
root.children.append(child)
child.children.append(root)
clone = copy.deepcopy(root)
print(clone.name, clone.children[0].name, clone.children[0].children[0] is clone, clone is root)

class Custom:
    def __init__(self):
        self.v = 1
    def __copy__(self):
        print("__copy__ called")
        return Custom()
    def __deepcopy__(self, memo):
        print("__deepcopy__ called", type(memo).__name__)
        return "deep"
print(type(copy.copy(Custom())).__name__, copy.deepcopy(Custom()))

class State:
    def __init__(self):
        self.secret = 1
    def __getstate__(self):
        return {"secret": self.secret * 10}
    def __setstate__(self, state):
        print("setstate", state)
        self.__dict__.update(state)
s = copy.deepcopy(State())
print(s.secret)

class MyList(list):
    pass
ml = MyList([1, [2]])
ml.tag = "t"
cl = copy.deepcopy(ml)
print(type(cl).__name__, cl, cl.tag, cl[1] is ml[1], copy.copy(ml) == ml)
