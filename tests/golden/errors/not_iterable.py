# TypeError: an int is not iterable.
count = 5
for i in count:
    print(i)
