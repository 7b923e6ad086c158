# An error three closures deep: one traceback entry per frame.
def level1(x):
    def level2(y):
        def level3(z):
            return x / (y - z)
        return level3(y)
    return level2(x)

level1(4)
