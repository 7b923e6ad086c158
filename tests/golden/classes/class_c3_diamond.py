# Method resolution follows the C3 MRO in diamonds and deeper hierarchies.
class Base:
    def who(self): return "Base"
    def hello(self): return "hello from Base"
class Left(Base):
    def who(self): return "Left"
class Right(Base):
    def who(self): return "Right"
    def hello(self): return "hello from Right"
class Child(Left, Right):
    pass
c = Child()
print(c.who(), c.hello())
print([k.__name__ for k in Child.__mro__])
class O: pass
class F(O): pass
class E(O): pass
class D(O): pass
class C2(D, F): pass
class B2(D, E): pass
class A2(B2, C2): pass
print([k.__name__ for k in A2.__mro__])
