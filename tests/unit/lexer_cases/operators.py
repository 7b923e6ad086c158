a = 1 + 2 - 3 * 4 / 5 // 6 % 7 ** 8 @ m
b = 1 << 2 >> 3 & 4 | 5 ^ ~6
c = 1 < 2 > 3 <= 4 >= 5 == 6 != 7
a += 1; a -= 1; a *= 1; a /= 1; a //= 1; a %= 1; a **= 1; a @= m
a <<= 1; a >>= 1; a &= 1; a |= 1; a ^= 1
def f(x: int, *args, y=1, **kw) -> int: return x
if (n := 10) > 5: pass
x = [1, 2][0:1]; y = {1: 2}; z = (1,); e = ...
o.attr
@decorator
def g(): pass
lam = lambda x, *y: x
