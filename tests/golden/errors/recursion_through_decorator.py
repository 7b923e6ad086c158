# RecursionError reached through a decorated entry point: the self-recursive frames collapse into "[Previous line repeated N more times]".
def logged(func):
    def wrapper(*args):
        print("calling", func.__name__, args)
        return func(*args)
    return wrapper

def walk(node):
    return walk(node + 1)

@logged
def start(node):
    return walk(node)

start(0)
