# Reading a count, then that many numbers, one per line.
n = int(input())
numbers = []
for _ in range(n):
    numbers.append(float(input()))
print(f"sum={sum(numbers)} mean={sum(numbers) / n:.3f} max={max(numbers)}")
