class C:
    values = [1, 2]
    yield from values
