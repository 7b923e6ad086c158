# Counting calls with a function attribute on the wrapper.
def counted(func):
    def wrapper(*args, **kwargs):
        wrapper.calls += 1
        return func(*args, **kwargs)
    wrapper.calls = 0
    return wrapper

@counted
def double(x):
    return 2 * x

for i in range(5):
    double(i)
print(double.calls)
print(double.__dict__)
