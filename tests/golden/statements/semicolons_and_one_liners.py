# Several statements on one line, and one-line compound statements.
a = 1; b = 2; print(a + b)
if a: print("one-line if")
for i in range(3): print(i, end=" ")
print()
while a < 4: a += 1
print(a)
def one(): return "one-liner"
print(one())
