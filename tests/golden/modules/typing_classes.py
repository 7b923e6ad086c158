# typing in class bodies and methods: annotations are stored, not checked.
from typing import ClassVar, Dict, List, Optional, Tuple, Union


class Inventory:
    items: Dict[str, int]
    limit: ClassVar[int] = 10

    def __init__(self) -> None:
        self.items = {}

    def add(self, name: str, qty: int = 1) -> 'Inventory':
        self.items[name] = self.items.get(name, 0) + qty
        return self

    def find(self, name: str) -> Optional[Tuple[str, int]]:
        if name in self.items:
            return name, self.items[name]
        return None


inv = Inventory().add('bolt').add('nut', 3)
print(inv.items, inv.find('nut'), inv.find('gear'), Inventory.limit)
print(Inventory.__annotations__)
print(Inventory.add.__annotations__)
print(Inventory.find.__annotations__['return'])


def parse(value: Union[int, str, List[int]]) -> int:
    if isinstance(value, list):
        return sum(value)
    return int(value)


print(parse(3), parse('4'), parse([1, 2]), parse.__annotations__)
x: List[int] = [1, 2]
print(x, __annotations__)
