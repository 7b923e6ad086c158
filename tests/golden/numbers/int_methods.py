# int methods and data attributes
for n in (0, 1, 5, -5, 255, -256, 2 ** 64, -(2 ** 100) + 1):
    print(n.bit_length(), n.bit_count(), n.conjugate(), n.as_integer_ratio())
print(True.bit_length(), True.conjugate(), True.as_integer_ratio(), (7).__class__)
try:
    (5).bit_length(1)
except TypeError as e:
    print(e)
try:
    (5).is_integer()
except AttributeError as e:
    print(e)
