# Starred targets collect the rest into a list.
first, *rest = [1, 2, 3, 4]
print(first, rest)
*init, last = "abcd"
print(init, last)
a, *middle, b = (1, 2)
print(a, middle, b)
head, *_, tail = range(10)
print(head, tail)
(p, *q), r = [1, 2, 3], 4
print(p, q, r)
