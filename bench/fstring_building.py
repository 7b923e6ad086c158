# String building with f-strings: formatted rows joined into a report.
rows = []
for i in range(500000):
    name = f"item{i % 97:03d}"
    price = (i * 7919) % 10000 / 100
    rows.append(f"{name:<8}|{i:>7,}|{price:>8.2f}|{i % 13:x}")
text = "\n".join(rows)
total = 0
for line in rows[::1000]:
    total += len(line)
print(len(text), total, rows[12345])
