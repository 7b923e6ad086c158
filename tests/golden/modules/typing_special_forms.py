# More typing special forms and how they print.
import typing
from typing import Literal, Final, Annotated, Iterable, Container, Hashable, Sized, NoReturn

Mode = Literal['r', 'w']


def open_it(path: str, mode: Mode = 'r') -> None:
    print(path, mode)


def fail() -> NoReturn:
    raise RuntimeError('boom')


open_it('f.txt')
print(Mode, open_it.__annotations__, fail.__annotations__)
MAX: Final = 3
print(MAX, Final[int], Annotated[int, 'meta'], Iterable, Container[int], Hashable, Sized)
print(typing.List[typing.Tuple[int, str]], typing.Dict, typing.Optional[typing.List[int]], typing.TYPE_CHECKING)
print(typing.Union[typing.Optional[int], str], typing.Text, typing.Set[str])
try:
    fail()
except RuntimeError as e:
    print('caught', e)
