# AttributeError on None: the result of list.sort() is None.
numbers = [3, 1, 2]
result = numbers.sort()
print(result.reverse())
