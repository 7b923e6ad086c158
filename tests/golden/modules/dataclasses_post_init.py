# __post_init__ runs after the generated __init__; InitVar pseudo-fields are passed to it and not stored.
from dataclasses import dataclass, field, fields, InitVar, replace


@dataclass
class Rectangle:
    width: float
    height: float
    area: float = field(init=False)

    def __post_init__(self):
        if self.width < 0 or self.height < 0:
            raise ValueError(f"negative size: {self.width}x{self.height}")
        self.area = self.width * self.height


print(Rectangle(2, 3), Rectangle(1.5, 2).area)
try:
    Rectangle(-1, 2)
except ValueError as e:
    print("ValueError:", e)


@dataclass
class Scaled:
    value: int
    factor: InitVar[int] = 2

    def __post_init__(self, factor):
        self.value *= factor


s = Scaled(3)
print(s, Scaled(3, 10), [f.name for f in fields(Scaled)], hasattr(s, "factor"), Scaled.factor)
print(replace(s, factor=1), Scaled.__doc__)


@dataclass
class Account:
    owner: str
    history: list = field(default_factory=list)
    balance: int = field(init=False, default=0)

    def __post_init__(self):
        for amount in self.history:
            self.balance += amount


acct = Account("kim", [10, -3, 5])
print(acct, acct.balance)
acct.history.append(100)
print(Account("kim", [10, -3, 5]) == Account("kim", [10, -3, 5]), acct == Account("kim", [10, -3, 5]))


@dataclass
class Registry:
    counter = 0
    name: str

    def __post_init__(self):
        Registry.counter += 1
        self.id = Registry.counter


r1, r2 = Registry("a"), Registry("b")
print(r1, r2, r1.id, r2.id, Registry.counter)
