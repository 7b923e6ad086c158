# Subclassing list: inherited methods keep working, new methods and overridden append.
class Stack(list):
    def push(self, item):
        self.append(item)
    def peek(self):
        return self[-1]
    def append(self, item):
        print("append", item)
        super().append(item)

s = Stack([1, 2])
s.push(3)
print(s, len(s), s.peek(), s.pop())
print(isinstance(s, list), type(s).__name__)
print(s + [9], type(s + [9]).__name__)
print(sorted(Stack([3, 1, 2])))
