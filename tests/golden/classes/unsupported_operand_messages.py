# Unsupported operators between instances: binary, in-place and unary messages.
class A: pass
class B: pass
a, b = A(), B()
cases = [lambda: a + b, lambda: a - 1, lambda: 2 * a, lambda: a @ b, lambda: a ** 2, lambda: 2 ** a,
         lambda: a // b, lambda: a % 3, lambda: a << 1, lambda: a & b, lambda: -a, lambda: +a, lambda: ~a,
         lambda: abs(a), lambda: [1] + a, lambda: "s" + a, lambda: divmod(a, 2), lambda: pow(a, 2)]
for case in cases:
    try:
        case()
    except TypeError as e:
        print("TypeError:", e)
x = A()
try:
    x += 1
except TypeError as e:
    print("TypeError:", e)
try:
    x **= 2
except TypeError as e:
    print("TypeError:", e)
