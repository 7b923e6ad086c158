# asdict() and astuple() recurse into dataclasses, lists, tuples, named tuples and dicts; replace() makes a copy.
from collections import namedtuple
from dataclasses import dataclass, field, asdict, astuple, replace

Pair = namedtuple("Pair", "left right")


@dataclass
class Node:
    val: int
    children: list = field(default_factory=list)


@dataclass
class Tree:
    root: Node
    labels: dict = field(default_factory=dict)
    span: tuple = (0, 0)
    pair: Pair = None


t = Tree(Node(1, [Node(2), Node(3, [Node(4)])]), {"a": Node(5)}, (Node(6), 7), Pair(Node(8), [9]))
print(asdict(t))
print(astuple(t))
print(asdict(t, dict_factory=lambda kv: sorted(k for k, _ in kv)))
print(astuple(Node(1, [2]), tuple_factory=list))
d = asdict(t)
d["root"]["children"].clear()
print(t.root.children[0], len(t.root.children))

shared = [1, 2]
n = Node(0, shared)
copy = asdict(n)["children"]
print(copy == shared, copy is shared)

n2 = replace(n, val=9)
print(n2, n2.children is n.children, n)


@dataclass
class Settings:
    debug: bool = False
    level: int = field(init=False, default=3)


s = replace(Settings(), debug=True)
print(s)
for call in (lambda: replace(s, level=1), lambda: replace(s, verbose=True), lambda: replace(Settings, debug=1),
             lambda: asdict(Settings), lambda: astuple([1]), lambda: asdict(3)):
    try:
        call()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
