# itertools iterators are lazy: they only pull what they yield
from itertools import count, islice, takewhile, chain, accumulate

pulled = []
def gen(n):
    return (pulled.append(i) or i for i in range(n))
print(list(islice(gen(100), 3)), pulled)
pulled.clear()
print(list(takewhile(lambda v: v < 2, gen(100))), pulled)
pulled.clear()
it = chain(gen(3), gen(3))
print(next(it), pulled)
evens = (n for n in count() if n % 2 == 0)
print(list(islice(evens, 5)))
print(list(islice(accumulate(count(1)), 5)))
print(iter(count()) is not None, sum(islice(count(1), 100)))
