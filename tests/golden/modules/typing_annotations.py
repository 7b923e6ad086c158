# typing: the names used in annotations, subscripted at def time, and their reprs.
from typing import (Any, Callable, Dict, FrozenSet, Iterable, Iterator, List, Optional, Sequence, Set, Tuple,
                    TypeVar, Union, cast, Mapping, Generator, Type)

T = TypeVar('T')


def first(items: Sequence[T]) -> Optional[T]:
    return items[0] if items else None


def apply(f: Callable[[int], int], xs: List[int]) -> List[int]:
    return [f(x) for x in xs]


def count(words: Iterable[str]) -> Dict[str, int]:
    out: Dict[str, int] = {}
    for w in words:
        out[w] = out.get(w, 0) + 1
    return out


print(first([3, 4]), first([]), apply(lambda x: x * 2, [1, 2]), count('abca'))
print(first.__annotations__)
print(apply.__annotations__)
print(count.__annotations__['return'])
print(Any, List, List[int], Dict[str, List[int]], Tuple[int, ...], Tuple[int, str], Set[T], FrozenSet[int])
print(Optional[int], Union[int, str], Union[int, None], Union[str, int, None], Optional[Union[int, str]])
print(Union[int], Union[int, int], Callable[[int, str], bool], Callable[..., None], Iterator[int])
print(Mapping[str, Any], Generator[int, None, None], Type[int], List['Node'], T)
print(cast(int, 'not checked'), List[int].__origin__, Dict[str, int].__args__, Optional[str].__args__)


class Node:
    children: List['Node']


print(List[Node], Node.__annotations__)
for f in [lambda: Any[int], lambda: List[int][str], lambda: Optional[int, str], lambda: Callable[int]]:
    try:
        f()
    except TypeError as e:
        print('TypeError', e)
