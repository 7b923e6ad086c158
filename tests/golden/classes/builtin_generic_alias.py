# Annotations using builtin generics and unions (list[int], dict[str, X] | None, int | str)
# evaluate at def time to types.GenericAlias / types.UnionType objects, as in CPython 3.11.
class Student:
    def __init__(self, name: str, grades: list[int]) -> None:
        self.name = name
        self.grades = grades


def averages(students: list[Student]) -> dict[str, float]:
    return {s.name: sum(s.grades) / len(s.grades) for s in students}


def best(scores: dict[str, float], minimum: float | None = None) -> tuple[str, float] | None:
    if not scores:
        return None
    name = max(scores, key=scores.get)
    if minimum is not None and scores[name] < minimum:
        return None
    return name, scores[name]


group = [Student("ana", [90, 85]), Student("bo", [70, 95, 80])]
avg = averages(group)
print(avg, best(avg), best(avg, 99), best({}))
print(best.__annotations__)
print(averages.__annotations__["return"], list[int].__origin__, dict[str, int].__args__, tuple[int, ...])
print(int | None, None | Student, int | str | int, int | int, (int | str) | (float | int))
print(type(list[int]), type(int | str), (int | None).__args__, list[int]("abc"))
print(isinstance(3, int | str), isinstance(None, Student | None), issubclass(bool, str | int))
try:
    isinstance([], list[int])
except TypeError as e:
    print("TypeError:", e)
try:
    int | 3
except TypeError as e:
    print("TypeError:", e)
