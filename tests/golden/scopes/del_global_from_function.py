# del of a global from a function needs the global statement.
cache = {"a": 1}

def clear():
    global cache
    del cache

clear()
print("cache" in globals())
