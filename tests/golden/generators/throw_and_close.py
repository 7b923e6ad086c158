# throw() raises at the paused yield; close() raises GeneratorExit there.
def worker():
    try:
        while True:
            try:
                x = yield
                print("working on", x)
            except ValueError as e:
                print("recovered from", e)
    finally:
        print("worker cleanup")

w = worker()
next(w)
w.send("job 1")
w.throw(ValueError("bad job"))
w.send("job 2")
w.throw(ValueError, "second bad")
w.close()
print("closed; close again is fine:", w.close())
try:
    w.send("job 3")
except StopIteration:
    print("StopIteration after close")

def unhandled():
    yield 1
    yield 2

u = unhandled()
next(u)
try:
    u.throw(KeyError("missing"))
except KeyError as e:
    print("propagated", repr(e))
print(list(u))

def stubborn():
    while True:
        try:
            yield "still here"
        except GeneratorExit:
            print("ignoring GeneratorExit")

s = stubborn()
next(s)
try:
    s.close()
except RuntimeError as e:
    print("RuntimeError:", e)

def never_started():
    print("never printed")
    yield
n = never_started()
n.close()
print(list(n))
try:
    never_started().throw(TypeError("early"))
except TypeError as e:
    print("TypeError:", e)
try:
    unhandled().throw(3)
except TypeError as e:
    print("TypeError:", e)
