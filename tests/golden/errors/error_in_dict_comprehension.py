# An error inside a dict comprehension at module level.
words = ["a", "bb", None]
lengths = {w: len(w) for w in words}
