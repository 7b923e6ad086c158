x = 1
print(x is -1, x is (1, 2), x is (), x is not 'a', 1 is x, x is 1 + 1, x is None, x is ..., x is not True)
y = (1)(2) if 0 else 0
z = [1]["a"] if 0 else 0
w = {1}[0] if 0 else 0
v = (-1)(2) if 0 else 0
u = (lambda: 0)[0] if 0 else 0
t = "abc"[1.5] if 0 else 0
s = (1, 2)[1, 2] if 0 else 0
r = f"x"() if 0 else 0
q = x is -x
p = [1, 2][[1]] if 0 else 0
o = None[0] if 0 else 0
n = (1,)(2) if 0 else 0


def f(a):
    assert (a, "message")
    if not a:
        assert ()
    try:
        if a:
            return a is 2
    finally:
        a is 3
    return [b is 4 for b in a], x.m(1)(2), "s"[0], [1, 2][0], {}[1]
