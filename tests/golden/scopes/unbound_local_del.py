# Reading a local after del raises UnboundLocalError.
def f():
    item = [1, 2]
    del item
    return item

f()
