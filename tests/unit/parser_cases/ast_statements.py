x = 1
x = y = 1
x, y = 1, 2
[x, y] = z
(x, y) = z
x.y = 1
x[0] = 1
x, *y = z
*x, y = z
a, (b, c) = d
(a) = 1
((a)) = 1
x = *a, b
x += 1
x -= 1
x *= 1
x /= 1
x //= 1
x %= 1
x **= 1
x @= 1
x &= 1
x |= 1
x ^= 1
x <<= 1
x >>= 1
x.y += 1
x[0] += 1
(x) += 1
x: int
x: int = 1
x.y: int
x[0]: int = 1
(x): int
(x): int = 1
x: 'str' = 'a'
while a: pass
while a:
    break
else:
    pass
for x in y: pass
for x, y in z: continue
for x in y:
    pass
else:
    pass
for x in *a, b: pass
for (a, b) in c: pass
for a.b in c: pass
for [a, *b] in c: pass
pass; pass
x = 1; y = 2;
global a
global a, b
nonlocal c
nonlocal c, d
del a
del a, b
del a.b, c[0]
del (a, b)
del [a, b]
del (a)
assert x
assert x, 'msg'
raise
raise E
raise E('x')
raise E from e
raise E from None
try:
    pass
except:
    pass
try:
    pass
except E:
    pass
except (A, B) as e:
    pass
else:
    pass
finally:
    pass
try:
    pass
finally:
    pass
with a: pass
with a as b: pass
with a as b, c as d: pass
with (a, b): pass
with (a as b, c as d): pass
with (a as b, c as d,): pass
with (a, b) as c: pass
with a as (b, c): pass
with a as b.c: pass
import a
import a.b
import a.b.c as d
import a, b as c
from a import b
from a import b as c, d
from a import (b, c)
from a import (b, c,)
from . import a
from .. import a
from ... import a
from .... import a
from .a import b
from ...a.b import c
from a import *
x = (1 +
     2)
x = [
  1,
  2,
]
x = 1 + \
    2
match = 1
match.x = 2
print(match)
case = 3
_ = 4
print >>sys.stderr, 'x'
x = a if b else lambda: c
x = [lambda: 1, lambda x: x]
x = not not a
x = - - a
