# Generators chained into lazy pipelines, and infinite generators.
import itertools

def integers(start=1):
    n = start
    while True:
        yield n
        n += 1

def evens(numbers):
    for n in numbers:
        if n % 2 == 0:
            yield n

def squared(numbers):
    for n in numbers:
        yield n * n

pipeline = squared(evens(integers()))
print([next(pipeline) for _ in range(5)])
print(list(itertools.islice(integers(10), 3)))
print(list(zip(integers(), "abc")))

def fibonacci():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b

for i, f in enumerate(fibonacci()):
    if f > 100:
        break
    print(i, f, end="; ")
print()
print(sum(itertools.takewhile(lambda x: x < 1000, fibonacci())))

def take(n, iterable):
    for i, item in enumerate(iterable):
        if i >= n:
            return
        yield item

print(list(take(4, fibonacci())), list(take(2, "xyz")), list(take(5, [])))
words = ["apple", "bob", "kayak", "level", "python"]
palindromes = (w for w in words if w == w[::-1])
def numbered(items):
    for n, item in enumerate(items, 1):
        yield f"{n}. {item}"
print("\n".join(numbered(palindromes)))
print(any(x > 3 for x in integers()), all(x < 3 for x in integers()))
