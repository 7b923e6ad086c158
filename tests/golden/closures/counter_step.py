# Counter with a start value and a step, both parameters captured by the closure.
def counter(start=0, step=1):
    def next_value():
        nonlocal start
        value = start
        start += step
        return value
    return next_value

evens = counter(0, 2)
print([evens() for _ in range(5)])
down = counter(10, -3)
print(down(), down(), down())
