# A context-aware decorator class that records call history (arguments and results) instead of timing.
class History:
    def __init__(self, func):
        self.func = func
        self.log = []

    def __call__(self, *args, **kwargs):
        result = self.func(*args, **kwargs)
        self.log.append((args, kwargs, result))
        return result

    def __repr__(self):
        return f"<History of {self.func.__name__}: {len(self.log)} calls>"

@History
def power(base, exp=2):
    return base ** exp

power(3)
power(2, exp=10)
print(power)
for entry in power.log:
    print(entry)
