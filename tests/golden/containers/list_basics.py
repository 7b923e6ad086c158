# Lists: displays, indexing, slicing, slice assignment and deletion.
def err(f):
    try:
        f()
    except Exception as e:
        print(type(e).__name__ + ":", e)

a = [3, 1, 4, 1, 5, 9, 2, 6]
print(a, len(a), a[0], a[-1], a[2:5], a[::2], a[::-1], a[5:1:-2], a[-100:100], a[10:])
print([], [[]], [1, [2, [3, []]]], [1, 'two', 3.0, None, True, (4,)])
b = a[:]
b[1:3] = ['x', 'y', 'z']
print(b)
b[::2] = range(len(b[::2]))
print(b)
b[5:2] = [0]
print(b)
b[:] = b
print(b)
b[1:1] = b
print(b)
del b[::3]
print(b)
del b[-2:]
print(b)
del b[1]
print(b)
c = [1, 2, 3, 4, 5, 6]
c[::-2] = 'abc'
print(c)
del c[::-2]
print(c)
err(lambda: a[8])
err(lambda: a[-9])
err(lambda: a['1'])
err(lambda: a[1.5])
err(lambda: a[::0])
def assign(target, key, value):
    target[key] = value
def delete(target, key):
    del target[key]
err(lambda: assign(a, 10, 0))
err(lambda: assign(a, slice(None, None, 2), [1, 2]))
err(lambda: assign(a, slice(0, 1), 5))
err(lambda: assign(a, slice(None, None, 2), 5))
err(lambda: delete(a, 100))
err(lambda: delete(a, 'k'))
print(a + [0], a * 2, 2 * [7], [0] * -1, a == a[:], a != a, [1, 2] < [1, 3], [1, 2] < [1, 2, 0])
print([1, 2] == (1, 2), [1] > [], [[1]] < [[2]])
err(lambda: [1] < (1,))
err(lambda: [1, 'a'] < [1, 2])
err(lambda: a + (1,))
err(lambda: a * 1.5)
x = [1, 2]
y = x
x += [3]
x += (4, 5)
x += 'ab'
print(x, y, x is y)
x *= 2
print(y)
r = [1]
r.append(r)
print(r, [r, r])
print(2 in a, 7 in a, 7 not in a, list('abc'), list((1, 2)), list(range(4)), list({'k': 1, 'j': 2}))
m = [[0] * 3 for _ in range(3)]
m[1][2] = 5
print(m)
p, *q = [1, 2, 3]
print(p, q)
