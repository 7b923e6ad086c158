# The mutable default pitfall: one list is shared by every call.
def append_to(item, target=[]):
    target.append(item)
    return target

print(append_to(1))
print(append_to(2))
print(append_to(3, []))
print(append_to.__defaults__)
