# An exception in the middle of a loop: output so far is kept.
for n in [4, 2, 1, 0, 5]:
    print(100 // n)
