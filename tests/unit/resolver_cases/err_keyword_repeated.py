print(sep=1, end=2, sep=3)
