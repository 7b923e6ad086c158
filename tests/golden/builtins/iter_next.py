# iter()/next(): defaults, StopIteration, __next__/__iter__, iter(callable, sentinel)
it = iter([1, 2])
print(next(it), it.__next__(), next(it, "done"), next(it, None), iter(it) is it, it.__iter__() is it)
try:
    next(it)
except StopIteration as e:
    print("StopIteration", repr(e), e.args)
stack = [3, 0, 1, 2]
print(list(iter(stack.pop, 0)), stack)
print(type(iter("abc")), type(iter("é")), type(iter(range(3))), type(iter({})), type(iter(set())))
print(type(iter({}.values())), type(iter({}.items())), type(iter(())), type(iter(stack.pop, 1)))
print([c for c in iter("héllo")], list(iter({1: 2, 3: 4}.items())), list(iter(range(3))))
for bad in (lambda: iter(1), lambda: iter(1, 2), lambda: iter(), lambda: next([1]), lambda: next(1),
            lambda: next(), lambda: iter([]).__next__(1), lambda: next(iter([]), 1, 2)):
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
