# order=True: __lt__/__le__/__gt__/__ge__ compare the fields as tuples; compare=False fields are left out.
from dataclasses import dataclass, field


@dataclass(order=True)
class Version:
    major: int
    minor: int = 0
    patch: int = 0
    label: str = field(default="", compare=False)


versions = [Version(1, 2), Version(0, 9, 9), Version(1, 2, 0, "rc"), Version(1, 10), Version(1)]
print(sorted(versions))
print(max(versions), min(versions))
print(Version(1) < Version(1, 0, 1), Version(2) <= Version(2), Version(3) > Version(2, 99), Version(1) >= Version(1, 1))
print(Version(1, 2, 0, "a") == Version(1, 2, 0, "b"))
try:
    Version(1) < (1, 0, 0)
except TypeError as e:
    print("TypeError:", e)


@dataclass(order=True)
class Task:
    priority: int
    name: str = field(compare=False)


tasks = [Task(3, "write"), Task(1, "plan"), Task(2, "test")]
tasks.sort()
print([t.name for t in tasks], Task(1, "a") == Task(1, "b"))


@dataclass(order=True)
class Sub(Version):
    pass


try:
    print(Sub(1) < Version(2))
except TypeError as e:
    print("TypeError:", e)

try:
    @dataclass(order=True)
    class Weird:
        a: int

        def __lt__(self, other):
            return True
except TypeError as e:
    print("TypeError:", e)
try:
    @dataclass(order=True, eq=False)
    class NoEq:
        a: int
except ValueError as e:
    print("ValueError:", e)
