# Passing functions to map, filter, sorted, min and max.
words = ["banana", "Apple", "cherry", "date"]
print(list(map(len, words)))
print(list(filter(lambda w: "a" in w, words)))
print(sorted(words, key=str.lower))
print(max(words, key=len), min(words, key=lambda w: w[-1]))
print(list(map(lambda a, b: a * b, [1, 2, 3], [4, 5, 6])))
