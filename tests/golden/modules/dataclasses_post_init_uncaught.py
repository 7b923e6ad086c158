# An error raised by __post_init__ or a default_factory: CPython's traceback shows the generated
# __init__ as `File "<string>", line N, in __init__` (one line per assigned field before the call).
from dataclasses import dataclass, field


def broken_factory():
    raise RuntimeError("factory failed")


@dataclass
class Loader:
    path: str
    retries: int = field(init=False, default=3)
    seen: list = field(default_factory=list)
    extra: list = field(default_factory=broken_factory)


try:
    Loader("a")
except RuntimeError as e:
    print("RuntimeError:", e)


@dataclass(frozen=True)
class Temperature:
    celsius: float
    label: str = "room"

    def __post_init__(self):
        if self.celsius < -273.15:
            raise ValueError(f"below absolute zero: {self.celsius}")


print(Temperature(21.5))
readings = [Temperature(c) for c in (20, -300)]
