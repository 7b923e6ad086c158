# A for loop variable is a normal local that stays bound after the loop.
def last_item(items):
    for item in items:
        pass
    return item

print(last_item([1, 2, 3]))
for k in range(3):
    pass
print(k)
