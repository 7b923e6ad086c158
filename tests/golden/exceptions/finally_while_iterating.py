# A finally clause in a consuming function runs when the iterator it loops over raises mid-way.
class Numbers:
    def __init__(self, limit):
        self.i = -1
        self.limit = limit
    def __iter__(self):
        return self
    def __next__(self):
        self.i += 1
        if self.i >= self.limit:
            raise StopIteration
        if self.i == 2:
            raise ValueError("two is unlucky")
        return self.i

def consume(limit):
    seen = []
    try:
        for n in Numbers(limit):
            seen.append(n)
        return seen
    finally:
        print("consumer cleanup, seen", seen)

print(consume(2))
try:
    consume(5)
except ValueError as e:
    print("ValueError:", e)
