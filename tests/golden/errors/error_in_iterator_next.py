# An error raised inside a user iterator's __next__ while a for loop consumes it: the frame is named __next__.
class ReadNumbers:
    def __init__(self, lines):
        self.lines = lines
        self.pos = 0

    def __iter__(self):
        return self

    def __next__(self):
        if self.pos == len(self.lines):
            raise StopIteration
        self.pos += 1
        return int(self.lines[self.pos - 1])

total = 0
for n in ReadNumbers(["1", "2", "three"]):
    total += n
    print("running total", total)
