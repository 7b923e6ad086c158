# kw_only=True, field(kw_only=True) and the KW_ONLY marker; __match_args__; make_dataclass.
from dataclasses import dataclass, field, fields, KW_ONLY, make_dataclass


@dataclass(kw_only=True)
class Options:
    verbose: bool = False
    retries: int


print(Options(retries=3), Options(retries=1, verbose=True), Options.__match_args__, Options.__doc__)
for args, kwargs in (((1,), {}), ((), {}), ((1,), {"retries": 2})):
    try:
        Options(*args, **kwargs)
    except TypeError as e:
        print("TypeError:", e)


@dataclass
class Request:
    url: str
    _: KW_ONLY
    method: str = "GET"
    timeout: float = 10.0


print(Request("/x"), Request("/y", method="POST"), Request.__doc__, Request.__match_args__)
print([(f.name, f.kw_only) for f in fields(Request)])
try:
    Request("/z", "PUT")
except TypeError as e:
    print("TypeError:", e)


@dataclass
class Mixed:
    a: int
    b: int = field(kw_only=True, default=0)
    c: int = 5


print(Mixed(1, 2, b=3), Mixed.__doc__, Mixed.__match_args__)

Point = make_dataclass("Point", ["x", ("y", int), ("z", int, field(default=0))], order=True)
print(Point(1, 2), Point(1, 2) < Point(1, 3), Point.__doc__, [f.type for f in fields(Point)])
try:
    make_dataclass("Bad", ["a", "a"])
except TypeError as e:
    print("TypeError:", e)
