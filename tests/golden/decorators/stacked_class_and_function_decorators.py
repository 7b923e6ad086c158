# Stacking a class-based decorator on top of a function decorator (applied bottom-up).
def bold(func):
    def wrapper(*args):
        return "<b>" + func(*args) + "</b>"
    return wrapper

class Italic:
    def __init__(self, func):
        self.func = func
    def __call__(self, *args):
        return "<i>" + self.func(*args) + "</i>"

@Italic
@bold
def text(s):
    return s

@bold
@Italic
def text2(s):
    return s

print(text("hi"))
print(text2("hi"))
print(type(text).__name__, text2.__name__)
