def f(x):
    return x

print(f(1))
z = 0b2
