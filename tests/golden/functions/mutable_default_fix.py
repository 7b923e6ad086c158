# The usual fix: None as the default and a new list inside.
def append_to(item, target=None):
    if target is None:
        target = []
    target.append(item)
    return target

print(append_to(1))
print(append_to(2))
print(append_to.__defaults__)
