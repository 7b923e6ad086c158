# Annotation objects compare and hash by value: list[int] == list[int], unions in any order, typing aliases,
# and `|` between typing aliases and classes makes typing.Union / typing.Optional.
from typing import Dict, List, Optional, Union


def load(path: str, cache: dict[str, list[int]] | None = None) -> List[int] | None:
    return None


def merge(a: Dict[str, int] | None, b: int | List[int] | str) -> tuple[int, ...]:
    return ()


print(load.__annotations__)
print(merge.__annotations__)
print(list[int] == list[int], list[int] != list[str], dict[str, int] == dict[str, int], list[int] == list)
print((int | None) == (None | int), (int | str) == (int | float), (int | str | None) == (None | str | int))
print(len({list[int], list[int], set[str]}), hash(tuple[int, ...]) == hash(tuple[int, ...]))
print(hash(int | None) == hash(None | int), {int | str: "either"}[str | int])
print(List[int] == List[int], List[int] == List[str], Union[int, str] == Union[str, int])
print(Optional[int] == Union[None, int], List[int] == list[int], len({Optional[str], Union[str, None]}))
print(List[int] | None, None | Dict[str, int], int | List[int], Optional[int] | str, list[int] | Dict[str, int])
print(merge.__annotations__["b"] == Union[int, List[int], str], load.__annotations__["cache"].__args__)
