# * with a non-iterable argument.
def f(*args):
    return args

f(*5)
