# itertools.product with repeat=
from itertools import product

print(list(product("ab", [1, 2])))
print(list(product(range(2), repeat=3)))
print(list(product()), list(product("ab", [])), list(product("ab", repeat=0)))
print(len(list(product(range(3), range(4), range(5)))), next(product("xyz", "pq", repeat=2)))
print(["".join(p) for p in product("01", repeat=2)])
try:
    product([1], repeat=-1)
except ValueError as e:
    print("ValueError:", e)
try:
    product(1)
except TypeError as e:
    print("TypeError:", e)
