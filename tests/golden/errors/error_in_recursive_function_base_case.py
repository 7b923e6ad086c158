# An error at the bottom of a short recursion: every recursive frame is listed.
def depth_sum(items):
    if not items:
        return items[0]
    return items[-1] + depth_sum(items[:-1])

depth_sum([1, 2, 3])
