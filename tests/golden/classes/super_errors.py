# super() errors: no arguments, no __class__ cell, bad arguments, missing attribute.
def no_args():
    return super()

def not_in_class(self):
    return super()

class A:
    def method(self):
        return super().missing

for f in (no_args, lambda: not_in_class(1), lambda: A().method(),
          lambda: super(1, A()), lambda: super(A, 1), lambda: super(A, A(), 3)):
    try:
        f()
    except (RuntimeError, TypeError, AttributeError) as e:
        print(type(e).__name__ + ":", e)
