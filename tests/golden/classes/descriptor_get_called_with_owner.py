# __get__ receives (instance, owner) or (None, owner); descriptors on the class itself.
class Trace:
    def __get__(self, obj, owner):
        return f"get obj={type(obj).__name__} owner={owner.__name__}"

class Base:
    attr = Trace()
class Child(Base):
    pass

print(Base.attr)
print(Child.attr)
print(Base().attr)
print(Child().attr)
print(getattr(Child(), "attr"))
