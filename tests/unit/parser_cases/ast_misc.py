@(x := y)
def f(): pass
@x[0].y(z)
class C: pass
a[*b, 1:2]
a[1:2, *b]
f = lambda: x if y else z
[] = []
() = ()
(a, b), c = d
*a, = b
a, = b
f(**{'a': 1})
a if b else(c)
not(a)
x = 1if y else 2
y = [0x1for x in z]
def f(a, /, b=1, *, c, d=2, **e): return a, b, c, d, e
class A(B, C, metaclass=M, **kw):
    '''doc'''
    x: int = 1
    def m(self, /, *args, **kwargs) -> 'A':
        return super().m(*args, **kwargs)
try:
    pass
except (A, B):
    pass
except C as e:
    raise D from e
else:
    pass
finally:
    del e
with open('f') as f, open('g') as g:
    f.write(g.read())
x = {**a, **b}
y = [*a, *b]
z = (*a, *b)
w = {*a, *b}
print(f'{x!r:^{w}.{p}f} and {y=!s:10}')
assert isinstance(x, int), f'bad {x!r}'
x = [i for i in range(10) if i % 2 if i % 3 for j in range(i)]
x = {i: j for i, j in zip(a, b)}
y = {i for i in a}
z = (i for i in a)
x = 1
if a:
    pass
elif b:
    pass
elif c:
    if d:
        pass
    else:
        pass
else:
    pass
for i in range(3):
    for j in range(3):
        if i == j:
            continue
        break
    else:
        pass
while True:
    try:
        x = next(it)
    except StopIteration:
        break
x = a.b.c.d(e)[f](g).h
x = a[b][c:d][::e][f, g]
x = -1 ** -2
y = ~-+1
z = not -1
x = 'a' 'b' f'{c}' 'd' f'e{f}g'
x = (
    1,  # one
    2,  # two
)
def f(
    a,
    b,
):
    pass
x = \
  1
if x:  # comment
    pass  # another
# final comment
x = 1



def f():

    pass


class A: x = 1; y = 2
def f(): return 1; x = 2
for x in y: a; b
import a.b.c
from a.b import (c as d,
    e as f)
x: list[int] = []
y: 'List[int]'
x = 2
x = 0b_1_0
y = 0o_7
z = 0x_f_f
w = 1_0.0_1e1_0
x = 1e-10
y = 1.e5
z = 1.0E+5j
s = '\x00\x7f\x80\xff\u1234\U0001F600'
b = b'\x00\x7f\x80\xff'
s = 'tab\there' "q'uote" 'd"q' '\'both\"'
s = '''multi
line
string'''
b = b'''bytes
multi'''
s = r'\d+\s*' r'\x'
b = rb'\d' b'x'
s = '\N{LATIN SMALL LETTER E WITH ACUTE}'
x = f'{a:{b}}{c!r:{d}>{e}}'
x = f'{"nested " + f"{y}"}'
x = f'''{
    a
    +
    b
}'''
x = f'a' f'b' 'c'
x = f'{x}' f'{y}' f'{z}'
