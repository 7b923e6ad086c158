# Reading lines until an empty line, then counting words with a dict.
counts = {}
while True:
    line = input()
    if not line:
        break
    for word in line.lower().split():
        counts[word] = counts.get(word, 0) + 1
for word, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])):
    print(f"{word:<6}{n}")
