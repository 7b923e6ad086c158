# Building pipelines of functions with closures.
def compose(*funcs):
    def composed(x):
        for f in reversed(funcs):
            x = f(x)
        return x
    return composed

def add(n):
    return lambda x: x + n

def mul(n):
    return lambda x: x * n

pipeline = compose(add(1), mul(2), add(3))
print(pipeline(0), pipeline(10))
print(len(pipeline.__closure__), pipeline.__code__.co_freevars)
