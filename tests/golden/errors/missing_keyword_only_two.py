# Two missing keyword-only arguments.
def f(*, width, height):
    return width * height

f()
