# UnboundLocalError: reading a name that is assigned later in the same function.
x = 10

def f():
    print(x)
    x = 5

f()
