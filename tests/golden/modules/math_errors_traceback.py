# an uncaught math domain error prints CPython's traceback
import math

def area(r):
    return math.pi * math.sqrt(r)

print(area(4))
print(area(-1))
