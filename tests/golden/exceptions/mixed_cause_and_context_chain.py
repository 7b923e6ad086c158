# A chain mixing "direct cause" and "during handling" links, printed oldest first.
def level1():
    return {}["k"]

def level2():
    try:
        level1()
    except KeyError as e:
        raise LookupError("level2 failed") from e

def level3():
    try:
        level2()
    except LookupError:
        return undefined_name

level3()
