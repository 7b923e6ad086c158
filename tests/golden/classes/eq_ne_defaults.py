# Default == is identity; __ne__ inverts __eq__ unless NotImplemented; != with only __ne__.
class Plain:
    pass
class OnlyEq:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        print("eq called")
        return self.v == getattr(other, "v", None)
class OnlyNe:
    def __ne__(self, other):
        return "custom ne"

p = Plain()
print(p == p, p == Plain(), p != Plain(), p != p)
print(OnlyEq(1) != OnlyEq(1), OnlyEq(1) != OnlyEq(2))
print(OnlyNe() != 1, OnlyNe() == OnlyNe())
print([OnlyEq(1)].index(OnlyEq(1)), OnlyEq(1) in [OnlyEq(2), OnlyEq(1)])
class Weird:
    def __eq__(self, other):
        return "yes"
print(Weird() == 1, Weird() != 1, 1 == Weird())
