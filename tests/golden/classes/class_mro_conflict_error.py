# An inconsistent hierarchy raises CPython's MRO TypeError (with its line break).
class X: pass
class Y: pass
class P(X, Y): pass
class Q(Y, X): pass
try:
    class Z(P, Q): pass
except TypeError as e:
    print("TypeError:", e)
try:
    class W(object, X): pass
except TypeError as e:
    print("TypeError:", e)
try:
    class Dup(X, X): pass
except TypeError as e:
    print("TypeError:", e)
try:
    class Bad(bool): pass
except TypeError as e:
    print("TypeError:", e)
try:
    class Mixed(list, dict): pass
except TypeError as e:
    print("TypeError:", e)
