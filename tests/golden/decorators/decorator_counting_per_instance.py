# A method decorator keeping per-instance state in the instance's __dict__.
import functools

def count_per_instance(method):
    key = "_count_" + method.__name__
    @functools.wraps(method)
    def wrapper(self, *args):
        setattr(self, key, getattr(self, key, 0) + 1)
        return method(self, *args)
    return wrapper

class Worker:
    @count_per_instance
    def work(self, n):
        return n * 2

a, b = Worker(), Worker()
a.work(1); a.work(2); b.work(3)
print(a._count_work, b._count_work, vars(a), Worker.work.__wrapped__(a, 5))
