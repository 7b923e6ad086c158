# Even a variable that existed before the try is unbound after `except ... as` reuses its name.
e = "I was here first"
try:
    int("oops")
except ValueError as e:
    print("handler:", e)
print("e" in globals())

def f():
    msg = "local"
    try:
        raise KeyError("x")
    except KeyError as msg:
        pass
    return msg

try:
    f()
except UnboundLocalError as err:
    print("UnboundLocalError:", err)
