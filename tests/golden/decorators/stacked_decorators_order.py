# Stacked decorators apply bottom-up and run top-down.
def bold(func):
    def wrapper():
        return "<b>" + func() + "</b>"
    return wrapper

def italic(func):
    def wrapper():
        return "<i>" + func() + "</i>"
    return wrapper

@bold
@italic
def text():
    return "hello"

print(text())

@italic
@bold
def text2():
    return "hello"

print(text2())
