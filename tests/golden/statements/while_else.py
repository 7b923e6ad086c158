# while/else: the else block runs when the loop ends without break.
def find(items, target):
    i = 0
    while i < len(items):
        if items[i] == target:
            print("found at", i)
            break
        i += 1
    else:
        print("not found")

find([3, 5, 7], 5)
find([3, 5, 7], 4)
n = 0
while n < 3:
    n += 1
else:
    print("done, n =", n)
