data = [1, 2, 3]
squares = [v * v for v in data]
evens = {v for v in data if v % 2 == 0}
table = {k: str(k) for k in data}
gen = (v + 1 for v in data)
pairs = [(a, b) for a in data for b in range(a) if b]
nested = [[c for c in range(r)] for r in data]


def f(items, n):
    total = [x + n for x in items]
    lam = [lambda: x for x in items]
    lam2 = [lambda: n for _ in items]
    if any((hit := x) > 2 for x in items):
        return hit
    return total, lam, lam2


def g(items):
    found = [y := v for v in items]
    return y, found


def h(rows):
    return {k: [v for v in rows[k] if v is not k] for k in rows}


def with_default(items, extra=[w for w in data]):
    return [i for i in items if i in extra]


top_walrus = [(last := v) for v in data]
