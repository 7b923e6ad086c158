# StopIteration carries a value attribute (None without arguments).
for args in [(), (5,), (1, 2)]:
    e = StopIteration(*args)
    print(repr(e), e.value)
it = iter([])
try:
    next(it)
except StopIteration as e:
    print("exhausted:", repr(e), e.value, e.args)
print(next(it, "default"))
