# TypeVar, cast and the generic aliases used in signatures.
from typing import Any, Callable, Iterator, List, Mapping, Sequence, TypeVar, cast

T = TypeVar('T')
K = TypeVar('K')
V = TypeVar('V')


def invert(m: Mapping[K, V]) -> Mapping[V, K]:
    return {v: k for k, v in m.items()}


def compose(f: Callable[[T], T], g: Callable[[T], T]) -> Callable[[T], T]:
    return lambda x: f(g(x))


def countdown(n: int) -> Iterator[int]:
    while n > 0:
        yield n
        n -= 1


print(invert({'a': 1}), compose(lambda x: x + 1, lambda x: x * 2)(5), list(countdown(3)))
print(T, K, invert.__annotations__, compose.__annotations__['return'])
value: Any = cast(List[int], [1, 2])
print(value, cast(str, 42), cast('int', None))
print(Sequence[T], List[Callable[[], None]])
