# A syntax error near the end of a longer file: nothing before it runs.
def area(w, h):
    return w * h

print(area(2, 3))
for i in range(3):
    print(i)

result = area(4, 5))
