# operator: CPython's messages for bad arguments
import operator as op

cases = [
    lambda: op.add(1),
    lambda: op.add(a=1),
    lambda: op.not_(1, 2),
    lambda: op.neg("a"),
    lambda: op.concat(1, 2),
    lambda: op.abs("a"),
    lambda: op.index(1.5),
    lambda: op.itemgetter(),
    lambda: op.itemgetter(1)(),
    lambda: op.itemgetter(5)([1]),
    lambda: op.attrgetter(1),
    lambda: op.attrgetter("x")(1),
    lambda: op.methodcaller(),
    lambda: op.methodcaller(1),
    lambda: op.methodcaller("upper")("a", "b"),
    lambda: op.indexOf([1, 2], 3),
    lambda: op.truediv(1, 0),
    lambda: op.lt(1, "a"),
]
for case in cases:
    try:
        case()
    except Exception as e:
        print(type(e).__name__, e)
