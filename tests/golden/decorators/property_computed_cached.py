# A lazily computed attribute: property that stores its result in the instance dict on first access.
class Report:
    def __init__(self, numbers):
        self.numbers = numbers

    @property
    def stats(self):
        if "_stats" not in self.__dict__:
            print("computing")
            self._stats = (min(self.numbers), max(self.numbers), sum(self.numbers))
        return self._stats

r = Report([4, 1, 9])
print(r.stats)
print(r.stats)
print(sorted(vars(r)))
