# Sorting with key lambdas: records sorted by several keys, many times.
records = []
seed = 42
for i in range(200000):
    seed = (seed * 48271) % 2147483647
    records.append((f"name{seed % 5000}", seed % 100, (seed % 10007) / 7.0, i))
by_age = sorted(records, key=lambda r: r[1])
by_name_score = sorted(records, key=lambda r: (r[0], -r[2]))
by_len = sorted(records, key=lambda r: len(r[0]) * 1000 + r[1], reverse=True)
ranked = sorted(range(len(records)), key=lambda i: records[i][2])
print(by_age[0][3], by_age[-1][3], by_name_score[0], by_len[0][3], ranked[:3])
