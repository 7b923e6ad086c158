# *args collects extra positional arguments into a tuple.
def total(*numbers):
    print(type(numbers).__name__, numbers)
    return sum(numbers)

print(total())
print(total(1, 2, 3))

def head_tail(first, *rest):
    return first, rest

print(head_tail(1))
print(head_tail(1, 2, 3))
