# A class-based decorator validating that every positional argument is a positive int.
class PositiveInts:
    def __init__(self, func):
        self.func = func

    def __call__(self, *args):
        for i, a in enumerate(args):
            if not isinstance(a, int) or a <= 0:
                raise ValueError(f"argument {i} of {self.func.__name__} must be a positive int, got {a!r}")
        return self.func(*args)

@PositiveInts
def area(w, h):
    return w * h

print(area(3, 4))
for bad in [(3, -1), (2.5, 2), ("3", 3)]:
    try:
        area(*bad)
    except ValueError as e:
        print("rejected:", e)
