a + b * c - d / e // f % g @ h ** i
-a
+a
~a
not a
a and b or c
a or b or c
a and b and c
(a or b) and c
a < b <= c > d >= e == f != g
a in b
a not in b
a is b
a is not b
x if y else z
x if y else z if w else v
a | b ^ c & d << e >> f
a ** -b
-a ** b
(-a) ** b
a ** b ** c
f()
f(a)
f(a, b)
f(a=1)
f(*a)
f(**k)
f(a, *b, c=1, **d)
f(a=1, *b)
f(*a, *b)
f(**a, **b)
f(x for x in y)
f(a,)
f(a, b=1,)
f(*a, b)
a.b
a.b.c
a[1]
a[1:2]
a[1:2:3]
a[:]
a[::]
a[::2]
a[1:]
a[:2]
a[1, 2]
a[1:2, 3]
a[1:2, ::3]
a[()]
a[b][c]
a.b[c].d(e)
a[*b]
a[1,]
(x := 1)
f(x := 1)
[y := 1, 2]
if (n := 10) > 5: pass
while chunk := read(): pass
lambda: 0
lambda x: x
lambda x, y=1: x
lambda *a, **k: 0
lambda a, /, b, *, c: 0
lambda a=1, /, b=2, *c, d, e=3, **f: 0
lambda *, a: a
