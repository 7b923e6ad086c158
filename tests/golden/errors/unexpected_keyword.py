# f() got an unexpected keyword argument 'z'.
def f(x, y=0):
    return x + y

f(1, z=3)
