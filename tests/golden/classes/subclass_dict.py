# Subclassing dict: __missing__ supplies defaults for missing keys in d[key] (but not for get()).
class Counter(dict):
    def __missing__(self, key):
        return 0
    def add(self, key):
        self[key] += 1

c = Counter()
for word in "the cat and the hat and the bat".split():
    c.add(word)
print(c)
print(c["dog"], c.get("dog"), "dog" in c)
print(sorted(c.items(), key=lambda kv: (-kv[1], kv[0])))
print(isinstance(c, dict), Counter.__mro__)
