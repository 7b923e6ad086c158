# Generator functions: a lazy pipeline of generators, send() to a coroutine-style
# accumulator, yield from delegation, and many short-lived generators.
def numbers(n):
    i = 0
    while i < n:
        yield i
        i += 1

def evens(source):
    for x in source:
        if x % 2 == 0:
            yield x

def scaled(source, k):
    for x in source:
        yield x * k

def averager():
    total = 0
    count = 0
    average = 0.0
    while True:
        value = yield average
        total += value
        count += 1
        average = total / count

def chained(n):
    yield from numbers(n)
    yield from numbers(n)

def pair(i):
    yield i
    yield i + 1

total = sum(scaled(evens(numbers(1800000)), 3))
acc = averager()
next(acc)
last = 0.0
for v in numbers(600000):
    last = acc.send(v)
count = 0
for x in chained(300000):
    count += x
short = 0
for i in range(180000):
    for y in pair(i):
        short += y
print(total, round(last, 3), count, short)
