# Generator expressions are lazy: values are produced one at a time as they are consumed.
def noisy(values):
    for v in values:
        print("producing", v)
    return values

squares = (x * x for x in noisy([1, 2, 3]))
print("created", type(squares).__name__)
print(next(squares))
print("between")
print(list(squares))
print(list(squares))  # exhausted

# An infinite source is fine when the consumer stops early.
def naturals_up_to(limit):
    return range(limit)

big = (n for n in naturals_up_to(10**12) if n % 7 == 3)
print(next(big), next(big), next(big))

# any() stops at the first true value: later items are never computed.
seen = []
print(any(seen.append(w) or len(w) > 4 for w in ["hey", "hello", "goodbye"]), seen)

# Nested clauses resume where they left off.
pairs = ((a, b) for a in range(3) if a != 1 for b in "xy")
print(next(pairs), next(pairs), next(pairs))
print(list(pairs))

# sum over a large generator runs without building a list.
print(sum(i * i for i in range(200000)))

# The qualified name shows where the generator expression was written.
def make():
    return (c for c in "ab")
print(repr(make()).split(" at ")[0])

# Re-entering a running generator is an error.
g = (next(g) for _ in range(2))
try:
    next(g)
except ValueError as e:
    print("ValueError:", e)

# An error inside ends the generator.
inv = (1 / x for x in [1, 0, 2])
print(next(inv))
try:
    next(inv)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
print(list(inv))
