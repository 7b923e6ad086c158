# Equality across types and ordering of sequences.
print(1 == "1", [] == (), (1, 2) == (1, 2))
print([1, 2] < [1, 3], [1, 2] < [1, 2, 0], (2,) > (1, 9))
print("abc" < "abd", "Z" < "a", "" < "a")
print({1: 2} == {1: 2}, {1, 2} == {2, 1})
print(None == 0, None == None, 1.0 == 1)
