# IndentationError: unindent does not match any outer indentation level, in a method body.
class Counter:
    def __init__(self):
        self.n = 0
      self.step = 1

print(Counter().n)
