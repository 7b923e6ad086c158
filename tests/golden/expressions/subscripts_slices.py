# Indexing and slicing with negative indices and steps.
s = "abcdefgh"
lst = list(range(10))
print(s[0], s[-1], s[2:5], s[:3], s[5:], s[::2], s[::-1], s[-3:])
print(lst[1:8:3], lst[8:1:-2], lst[100:], lst[-100:2])
print(s[1:-1], s[::-3], (1, 2, 3)[1:])
