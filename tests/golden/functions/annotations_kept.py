# Annotations are evaluated and stored in __annotations__.
def scale(x: float, factor: int = 2) -> float:
    return x * factor

print(scale(1.5))
print(scale.__annotations__)

def plain(a, b):
    return a

print(plain.__annotations__)
