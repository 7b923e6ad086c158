# field(): default, default_factory, init=False, repr=False, compare=False, metadata; ClassVar; fields().
from dataclasses import dataclass, field, fields, Field, MISSING
from typing import ClassVar, List


@dataclass
class Inventory:
    items: List[str] = field(default_factory=list)
    count: int = field(default=0, repr=False)
    total: float = field(init=False, default=0.0)
    owner: str = field(default="?", metadata={"unit": "name"})
    registry: ClassVar[int] = 10

    def add(self, item):
        self.items.append(item)
        self.count += 1


a, b = Inventory(), Inventory(["x"], 1)
a.add("apple")
print(a, b, a.items is b.items, Inventory.registry, Inventory.total)
print([f.name for f in fields(Inventory)], [f.name for f in fields(a)])
for f in fields(Inventory):
    print(f.name, f.type, f.init, f.repr, f.compare, f.default is MISSING, f.default_factory is MISSING, dict(f.metadata))
print(isinstance(fields(a)[0], Field), type(fields(a)[0]).__name__, Inventory.__doc__)
print(list(Inventory.__dataclass_fields__), Inventory.__dataclass_params__)
print(Inventory(owner="me") == Inventory(owner="me"), Inventory(count=1) == Inventory(count=2))


@dataclass
class Counter:
    n: int = field(default=0, init=False)
    hits: list = field(default_factory=lambda: [0] * 3, compare=False)


c = Counter()
c.n += 5
print(c, Counter() == Counter(hits=[9]))
try:
    Counter(n=1)
except TypeError as e:
    print("TypeError:", e)


def define(kind):
    try:
        if kind == "mutable":
            @dataclass
            class A:
                xs: list = []
        elif kind == "both":
            field(default=1, default_factory=list)
        elif kind == "unannotated":
            @dataclass
            class B:
                x = field(default=1)
        elif kind == "positional":
            field(1)
        elif kind == "classvar factory":
            @dataclass
            class C:
                x: ClassVar[list] = field(default_factory=list)
    except (TypeError, ValueError) as e:
        print(kind, type(e).__name__, e)


for kind in ("mutable", "both", "unannotated", "positional", "classvar factory"):
    define(kind)
try:
    fields(3)
except TypeError as e:
    print("TypeError:", e)
