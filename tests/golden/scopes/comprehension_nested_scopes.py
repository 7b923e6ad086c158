# Nested comprehensions: the inner one sees the outer one's variable.
words = ["ab", "cde", "f"]
print([(w, c) for w in words for c in w if c != "d"])
print([[c.upper() for c in w] for w in words])
print({w: len(w) for w in words})
