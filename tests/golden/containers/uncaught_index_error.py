# An uncaught IndexError from a list subscript: traceback with position markers.
def last(items):
    return items[len(items)]

print(last([1, 2]))
