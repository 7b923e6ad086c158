# Augmented assignment on list items and dict entries.
counts = {"a": 0}
counts["a"] += 1
counts["a"] *= 10
print(counts)
grid = [[0] * 3 for _ in range(2)]
grid[1][2] += 5
grid[0][0] -= 1
print(grid)
nums = [1, 2, 3]
nums[-1] **= 2
nums[0:2] += [9]
print(nums)
