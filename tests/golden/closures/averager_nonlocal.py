# A running average with nonlocal count and total instead of a list.
def make_averager():
    count = 0
    total = 0
    def averager(new_value):
        nonlocal count, total
        count += 1
        total += new_value
        return total / count
    return averager

avg = make_averager()
for v in (10, 11, 12, 15):
    print(avg(v))
print(avg.__code__.co_freevars)
print([c.cell_contents for c in avg.__closure__])
