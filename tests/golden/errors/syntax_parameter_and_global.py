# SyntaxError: name is parameter and global.
def f(x):
    global x
    return x
