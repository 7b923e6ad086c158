# A failure deep in a chain of yield from: every generator frame is in the traceback.
def level3():
    yield 1
    raise KeyError("deep")

def level2():
    yield from level3()

def level1():
    yield from level2()

for value in level1():
    print(value)
