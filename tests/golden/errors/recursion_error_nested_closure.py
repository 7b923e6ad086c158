# Runaway recursion in a closure defined inside another function.
def make():
    def walk(node):
        return walk(node + 1) + 1
    return walk

walk = make()
walk(0)
