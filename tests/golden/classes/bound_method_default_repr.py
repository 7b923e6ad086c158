# A bound method's repr shows its instance's default repr.
class Plain:
    def go(self):
        return 1
p = Plain()
r = repr(p.go)
print(r.startswith("<bound method Plain.go of <__main__.Plain object at 0x"), r.endswith(">>"))
print(repr(p.go.__func__).startswith("<function Plain.go at 0x"))
print(p.go.__name__, p.go.__qualname__, p.go.__doc__, p.go.__module__)
m = p.go
print(m(), type(m).__name__, callable(m))
try:
    m.attr = 1
except AttributeError as e:
    print("AttributeError:", e)
p.go.__func__.tag = "t"
print(m.tag)
