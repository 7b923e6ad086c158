# Dataclass fields annotated with builtin generics (list[int], dict[str, X] | None) and typing forms.
from dataclasses import dataclass, field, fields
from typing import Optional, ClassVar


@dataclass
class Order:
    id: int
    lines: list[tuple[str, int]] = field(default_factory=list)
    notes: dict[str, str] | None = None
    tags: set[str] = field(default_factory=set)
    parent: Optional["Order"] = None
    kind: type[int] = int
    LIMIT: ClassVar[int] = 100

    def total(self) -> int:
        return sum(qty for _, qty in self.lines)


o = Order(1, [("pen", 2), ("ink", 3)], tags={"x"})
print(o, o.total(), Order.LIMIT)
print(Order.__doc__)
for f in fields(Order):
    print(f.name, f.type)
print(Order.__annotations__["LIMIT"], Order.total.__annotations__)
print(Order(2, parent=o).parent.id, Order(3).kind("7") + 1)
