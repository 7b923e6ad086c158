# Word frequencies with Counter, as tutorials do.
from collections import Counter

text = """It was the best of times it was the worst of times
it was the age of wisdom it was the age of foolishness"""
words = text.lower().split()
freq = Counter(words)
for word, n in freq.most_common(4):
    print(f'{word:>8} {n}')
print(freq['was'], freq['absent'], len(freq), freq.total())
letters = Counter(c for c in text.lower() if c.isalpha())
print(letters.most_common(3))
inventory = Counter(apples=3, pears=1)
inventory['apples'] -= 1
inventory['kiwis'] += 5
print(inventory, sorted(inventory))
print(Counter('aab') + Counter('bcc'), Counter('hello') - Counter('l'))
print(Counter([1, 1, 2]) == Counter({1: 2, 2: 1}), Counter('ab') & Counter('bc'), Counter('ab') | Counter('bbc'))
