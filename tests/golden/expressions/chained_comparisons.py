# Chained comparisons: a < b < c means a < b and b < c, with b evaluated once.
x = 5
print(1 < x < 10, 1 < x > 10, 1 < x < 3)
print(1 == 1.0 == True, 3 > 2 > 1 > 0)
print("a" < "b" <= "b" != "c")

def middle():
    print("evaluated once")
    return 5

print(0 < middle() < 10)
v = 1
print(v is not None is not False)
