# Indentation: nested blocks, dedents of several levels, comments and blank
# lines at any indentation.
class Counter:
    """A counter."""

    def __init__(self, start=0):
        self.value = start
        if start < 0:
            if start < -10:
                # a comment deeper than the code
                        # and one even deeper
                raise ValueError("too small")
    # a comment at a shallower level
            self.value = 0

    def step(self):
        for i in range(3):
            while True:
                try:
                    self.value += i
                except Exception:
                    pass
                finally:
                    break
        return self.value
def top(): return 1
if True: pass
else:
  x = 1
x = Counter(2); y = x.step()
