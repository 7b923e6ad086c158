# Redefining a function replaces the name; old references keep the old function.
def version():
    return 1

old = version

def version():
    return 2

print(old(), version())
print(old.__name__ == version.__name__, old is version)
