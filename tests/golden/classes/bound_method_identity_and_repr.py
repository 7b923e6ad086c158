# Bound methods: repr, __self__, __func__, equality and hashing.
class Robot:
    def __init__(self, name):
        self.name = name
    def beep(self):
        return self.name + " beeps"
    def __repr__(self):
        return f"Robot({self.name!r})"

r = Robot("r2")
m = r.beep
print(m)
print(m.__self__ is r, m.__func__ is Robot.beep, m.__name__, m.__qualname__)
print(m(), Robot.beep(r))
print(r.beep == r.beep, r.beep is r.beep, r.beep == Robot("r2").beep)
print(hash(r.beep) == hash(r.beep), len({r.beep, r.beep}))
print(type(m).__name__, callable(m), m.__doc__)
calls = [r.beep, Robot("c3po").beep]
print([c() for c in calls])
print(list(map(Robot("bb8").beep.__func__, [r])))
