# A method decorator measuring calls with an injected fake clock, forwarding self and kwargs.
import functools

class FakeClock:
    def __init__(self):
        self.t = 0
    def __call__(self):
        self.t += 5
        return self.t

clock = FakeClock()

def timed(func):
    @functools.wraps(func)
    def wrapper(self, *args, **kwargs):
        start = clock()
        result = func(self, *args, **kwargs)
        print(f"{type(self).__name__}.{func.__name__} took {clock() - start}")
        return result
    return wrapper

class Job:
    def __init__(self, n):
        self.n = n
    @timed
    def run(self, factor=1, *, extra=0):
        return self.n * factor + extra

j = Job(3)
print(j.run(), j.run(2), j.run(factor=3, extra=1))
print(Job.run.__name__, Job.run.__wrapped__(j))
