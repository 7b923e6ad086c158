# While loops with integer arithmetic and branches: longest Collatz chain below a bound.
best_start = 1
best_len = 1
n = 1
while n < 60000:
    x = n
    steps = 1
    while x != 1:
        if x % 2 == 0:
            x //= 2
        else:
            x = 3 * x + 1
        steps += 1
    if steps > best_len:
        best_len = steps
        best_start = n
    n += 1
print(best_start, best_len)
