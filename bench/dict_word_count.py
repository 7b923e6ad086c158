# Dict counting: word frequencies over a generated text.
words = ["the", "quick", "brown", "fox", "jumps", "over", "lazy", "dog", "and", "cat",
         "sat", "on", "mat", "with", "hat", "in", "a", "house", "by", "river"]
text = []
seed = 12345
for _ in range(1000000):
    seed = (seed * 1103515245 + 12345) % 2147483648
    text.append(words[seed % len(words)] + ("s" if seed % 7 == 0 else ""))
counts = {}
for w in text:
    counts[w] = counts.get(w, 0) + 1
pairs = {}
for a, b in zip(text, text[1:]):
    key = a + " " + b
    if key in pairs:
        pairs[key] += 1
    else:
        pairs[key] = 1
top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:5]
print(len(counts), len(pairs), top)
