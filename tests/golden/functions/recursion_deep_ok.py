# Recursion 900 deep stays under the default limit of 1000.
def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)

print(depth(900))

def flatten(items):
    out = []
    for x in items:
        if type(x) is list:
            out.extend(flatten(x))
        else:
            out.append(x)
    return out

print(flatten([1, [2, [3, [4, [5]]]], 6]))
