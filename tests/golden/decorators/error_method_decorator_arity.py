# Calling a decorated method with too many arguments: the TypeError names the original function's qualname.
def logged(func):
    def wrapper(*args, **kwargs):
        print("calling", func.__name__)
        return func(*args, **kwargs)
    return wrapper

class Robot:
    @logged
    def move(self, dx, dy):
        return (dx, dy)

r = Robot()
print(r.move(1, 2))
try:
    r.move(1, 2, 3)
except TypeError as e:
    print("TypeError:", e)
try:
    r.move(1)
except TypeError as e:
    print("TypeError:", e)
try:
    Robot.move()
except TypeError as e:
    print("TypeError:", e)
