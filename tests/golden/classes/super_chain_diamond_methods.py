# super() follows the MRO of the instance's class, not the static base: each method in the diamond runs once.
class Root:
    def hello(self):
        return ["Root"]
class Left(Root):
    def hello(self):
        return ["Left"] + super().hello()
class Right(Root):
    def hello(self):
        return ["Right"] + super().hello()
class Bottom(Left, Right):
    def hello(self):
        return ["Bottom"] + super().hello()

print(Bottom().hello())
print(Left().hello())
print(super(Left, Bottom()).hello())
