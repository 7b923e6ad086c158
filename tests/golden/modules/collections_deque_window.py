# Sliding windows and recent-history buffers with deque(maxlen=).
from collections import deque


def moving_average(values, n):
    window = deque(maxlen=n)
    out = []
    for v in values:
        window.append(v)
        if len(window) == n:
            out.append(sum(window) / n)
    return out


print(moving_average([1, 2, 3, 4, 5, 6], 3))
history = deque(maxlen=2)
for cmd in ['ls', 'cd', 'pwd']:
    history.append(cmd)
print(history, history.maxlen, list(history))
ring = deque(range(5))
ring.rotate(2)
print(ring, ring[0])
ring.rotate(-7)
print(ring)
stack = deque()
stack.append(1)
stack.append(2)
print(stack.pop(), stack.pop(), len(stack))
d = deque([1, 2])
d += [3, 4]
print(d, d * 0, 3 * deque('ab'))
