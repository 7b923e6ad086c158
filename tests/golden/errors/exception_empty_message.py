# An exception with an empty-string message prints only the class name (like no message at all).
def require(flag):
    if not flag:
        raise RuntimeError("")
    return "ok"

print(require(True))
print(require(False))
