# A decorator factory taking keyword arguments with defaults.
def tag(name="div", cls=None):
    def decorator(func):
        def wrapper(*args):
            attrs = f' class="{cls}"' if cls else ""
            return f"<{name}{attrs}>{func(*args)}</{name}>"
        return wrapper
    return decorator

@tag()
def body(text):
    return text

@tag(name="p", cls="intro")
def para(text):
    return text

print(body("hi"))
print(para("welcome"))
