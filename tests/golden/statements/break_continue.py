# break and continue in nested loops affect only the innermost loop.
for i in range(4):
    if i == 1:
        continue
    for j in range(4):
        if j > i:
            break
        if j == 1:
            continue
        print(i, j)
total = 0
n = 0
while True:
    n += 1
    if n % 2:
        continue
    if n > 10:
        break
    total += n
print(total)
