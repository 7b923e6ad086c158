# A decorator exposing a toggle through function attributes.
def switchable(func):
    def wrapper(*args, **kwargs):
        if not wrapper.enabled:
            return None
        return func(*args, **kwargs)
    wrapper.enabled = True
    return wrapper

@switchable
def beep(times=1):
    return "beep " * times

print(beep(2))
beep.enabled = False
print(beep(2))
beep.enabled = True
print(beep(times=3))
