# Unpacking with the wrong number of values raises ValueError.
def unpack_two(values):
    a, b = values
    return a, b

def unpack_star(values):
    a, b, *c = values
    return a, b, c

for v in ([1, 2, 3], [1], []):
    try:
        unpack_two(v)
    except ValueError as e:
        print("ValueError:", e)
try:
    unpack_star([1])
except ValueError as e:
    print("ValueError:", e)
