# A generator function returns a generator; the body runs lazily, one yield at a time.
def count_up_to(n):
    print("start")
    i = 1
    while i <= n:
        print("about to yield", i)
        yield i
        i += 1
    print("done")

g = count_up_to(3)
print(type(g).__name__, g.__name__, g.__qualname__)
print(next(g))
print(next(g))
for rest in g:
    print("loop got", rest)
print(list(g), list(count_up_to(0)))
try:
    next(g)
except StopIteration as e:
    print("StopIteration", e.args)
print(next(g, "default"))
