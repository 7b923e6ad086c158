# An exception travels up the call stack until a handler matches; finally blocks run on the way.
def level3(x):
    try:
        return 10 // x
    finally:
        print("level3 cleanup")

def level2(x):
    try:
        return level3(x) + 1
    except TypeError:
        print("level2 handles TypeError only")
        return -1
    finally:
        print("level2 cleanup")

def level1(x):
    try:
        return level2(x)
    except ZeroDivisionError as e:
        print("level1 caught:", e)
        return 0

print(level1(5))
print(level1("5"))
print(level1(0))
