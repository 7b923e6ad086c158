# SyntaxError: an augmented assignment to a literal tuple-like target.
a, b = 1, 2
a, b += 1
