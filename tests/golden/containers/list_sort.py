# sort and sorted: keys, reverse (stable), errors, and the state after a failed sort.
def err(f):
    try:
        f()
    except Exception as e:
        print(type(e).__name__ + ":", e)

words = ['banana', 'Apple', 'cherry', 'apple', 'Banana', 'date', 'fig', 'elder']
w = words[:]
w.sort()
print(w)
w.sort(key=len)
print(w)
w.sort(key=len, reverse=True)
print(w)
w.sort(key=str.lower)
print(w)
pairs = [(2, 'b'), (1, 'z'), (2, 'a'), (1, 'y'), (3, 'c'), (1, 'x')]
pairs.sort(key=lambda p: p[0])
print(pairs)
pairs.sort(key=lambda p: p[0], reverse=True)
print(pairs)
pairs.sort(reverse=True)
print(pairs)
nums = [(i * 7919) % 101 - 50 for i in range(200)]
s = nums[:]
s.sort()
print(s[:10], s[-10:])
s.sort(key=abs, reverse=True)
print(s[:12])
s.sort(key=lambda v: v % 3)
print(s[:15])
print(sorted(nums) == s or sorted(nums)[:5])
mixed = [3, 1, 'x', 2]
err(lambda: mixed.sort())
print(mixed)
big = list(range(60, 0, -1))
big[30] = 'oops'
err(lambda: big.sort())
print(big)
err(lambda: [1, 2].sort(key=1))
err(lambda: [1].sort(1))
err(lambda: [1].sort(cmp=None))
err(lambda: [1].sort(reverse='yes'))
def bad_key(v):
    if v == 3:
        raise ValueError("no threes")
    return v
k = [5, 3, 1]
err(lambda: k.sort(key=bad_key))
print(k)
seen = []
def watching_key(v):
    seen.append(len(watched))
    return -v
watched = [1, 2, 3]
watched.sort(key=watching_key)
print(watched, seen)
def growing_key(v):
    grown.append(v)
    return v
grown = [3, 1, 2]
err(lambda: grown.sort(key=growing_key))
print(grown)
e = []
e.sort(key=1)
print(e)
