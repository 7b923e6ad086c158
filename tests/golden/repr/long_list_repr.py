# A long list and a long str keep every element in their repr.
print(list(range(40)))
print("x" * 70)
print([str(i) * 3 for i in range(12)])
