# Context manager classes from tutorials: a counter of active blocks and a stack-based indenter.
class Indenter:
    def __init__(self):
        self.level = 0
    def __enter__(self):
        self.level += 1
        return self
    def __exit__(self, *exc):
        self.level -= 1
    def print(self, text):
        print("    " * self.level + text)

with Indenter() as ind:
    ind.print("one")
    with ind:
        ind.print("two")
        with ind:
            ind.print("three")
    ind.print("back to one")
print(ind.level)
