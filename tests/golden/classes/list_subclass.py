# A list subclass keeps list behaviour, adds methods and an instance __dict__.
class Stack(list):
    def push(self, item):
        self.append(item)
        return self
    def peek(self):
        return self[-1]
    @property
    def top_two(self):
        return self[-2:]

s = Stack([1, 2])
s.push(3).push(4)
s.label = "numbers"
print(s, len(s), s.peek(), s.top_two, s.label, vars(s), s[1:3], type(s[1:3]).__name__)
print(s == [1, 2, 3, 4], [1, 2, 3, 4] == s, sorted(s, reverse=True), 3 in s, s.index(2), sum(s))
print(s + [5], type(s + [5]).__name__, s * 0, list(reversed(s)), bool(Stack()), str(s), repr(s))
s += [9]
s.sort(reverse=True)
print(s, type(s).__name__, isinstance(s, list), s.pop(), s.count(9))
for i, x in enumerate(s):
    s[i] = x * 10
del s[0]
print(s, [x for x in s], dict.fromkeys(s, 0), s.copy(), type(s.copy()).__name__)
try:
    hash(s)
except TypeError as e:
    print("TypeError:", e)
