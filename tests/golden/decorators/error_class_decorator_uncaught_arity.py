# An uncaught TypeError from a class-based decorator forwarding too many arguments (traceback through __call__).
class Checked:
    def __init__(self, func):
        self.func = func

    def __call__(self, *args):
        return self.func(*args)

@Checked
def pair(a, b):
    return (a, b)

print(pair(1, 2))
pair(1, 2, 3)
