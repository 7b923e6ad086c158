# zip(strict=True) reports which argument is shorter or longer
cases = [([1, 2], [1]), ([1], [1, 2]), ([1], [1], [1, 2]), ([1, 2], [1, 2], [1]), ([1, 2], [1, 2], [1, 2, 3])]
for args in cases:
    try:
        print(list(zip(*args, strict=True)))
    except ValueError as e:
        print("ValueError:", e)
print(list(zip([1, 2], "ab", strict=True)))
print(list(zip([1, 2, 3], [4, 5], strict=True)))
