# sorted: new list, stable, key=, reverse=, keyword errors
words = ["banana", "Apple", "cherry", "apple", "Banana"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len, reverse=True))
pairs = [(1, "b"), (0, "c"), (1, "a"), (0, "d")]
print(sorted(pairs, key=lambda p: p[0]), sorted(pairs, key=lambda p: p[0], reverse=True))
print(sorted("hello"), sorted({3: 1, 1: 2}), sorted(range(5), reverse=1), sorted([]), sorted((2, 1)))
original = [3, 1, 2]
print(sorted(original), original)
for bad in (lambda: sorted(), lambda: sorted([1], lambda x: x), lambda: sorted([1], foo=1),
            lambda: sorted([3, 1], reverse=None), lambda: sorted([1, "a"]), lambda: sorted(1)):
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
