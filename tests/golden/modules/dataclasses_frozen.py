# frozen=True: assignment and deletion raise FrozenInstanceError; frozen+eq instances hash by their fields.
from dataclasses import dataclass, FrozenInstanceError
import dataclasses


@dataclass(frozen=True)
class Color:
    r: int
    g: int
    b: int = 0


c = Color(255, 128)
print(c, hash(c) == hash((255, 128, 0)), {c: "orange"}[Color(255, 128, 0)])
print(len({Color(1, 2), Color(1, 2), Color(2, 1)}))
for action in ("assign", "delete", "new"):
    try:
        if action == "assign":
            c.r = 0
        elif action == "delete":
            del c.g
        else:
            c.alpha = 1
    except FrozenInstanceError as e:
        print(action, type(e).__name__, e, isinstance(e, AttributeError))
print(FrozenInstanceError.__mro__, dataclasses.FrozenInstanceError is FrozenInstanceError)


@dataclass(frozen=True)
class Shade(Color):
    name: str = "?"


s = Shade(1, 2, 3, "dark")
print(s, hash(s) == hash((1, 2, 3, "dark")), s == Shade(1, 2, 3, "dark"), s == Color(1, 2, 3))
try:
    s.name = "light"
except AttributeError as e:
    print(type(e).__name__, e)


def inherit(frozen_base, frozen_child):
    try:
        @dataclass(frozen=frozen_base)
        class A:
            x: int

        @dataclass(frozen=frozen_child)
        class B(A):
            y: int

        return B
    except TypeError as e:
        return f"TypeError: {e}"


print(inherit(True, False))
print(inherit(False, True))
try:
    @dataclass(frozen=True)
    class Bad:
        x: int

        def __setattr__(self, name, value):
            pass
except TypeError as e:
    print("TypeError:", e)


@dataclass(unsafe_hash=True)
class Key:
    k: str
    data: list = None


k = Key("a")
print(hash(k) == hash(("a", None)), k == Key("a"))
k.k = "b"
print(k)


@dataclass(eq=False)
class Ident:
    v: int


print(Ident(1) == Ident(1), Ident.__hash__ is object.__hash__, len({Ident(1), Ident(1)}))
