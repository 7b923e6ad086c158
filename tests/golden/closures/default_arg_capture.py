# The classic fix for late binding: capture the current value as a default argument.
def make_multipliers():
    return [lambda x, i=i: x * i for i in range(5)]

for m in make_multipliers():
    print(m(2), end=" ")
print()
print(make_multipliers()[3].__defaults__)
