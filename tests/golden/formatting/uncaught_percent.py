# An uncaught formatting error: traceback with the failing expression marked.
def label(n):
    return "item %d of %d" % (n,)

print(label(1))
