# Uncaught: a method referring to a class attribute by bare name raises NameError with a traceback.
class Counter:
    step = 2
    def __init__(self):
        self.value = 0
    def tick(self):
        self.value += step
        return self.value

c = Counter()
c.tick()
