# super() and __class__ inside methods: the implicit cell survives nested scopes.
class Base:
    def greet(self):
        return "base"

class Child(Base):
    def greet(self):
        def inner():
            return __class__.__name__
        return super().greet() + " via " + inner()
    def klass(self):
        return __class__

c = Child()
print(c.greet(), c.klass() is Child)
print(Child.greet.__code__.co_freevars, Child.klass.__closure__[0].cell_contents is Child)
class GrandChild(Child):
    pass
print(GrandChild().klass() is Child, GrandChild().greet())
