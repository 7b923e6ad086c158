# An error inside a lambda used as sorted()'s key: the frame is named <lambda>.
students = [("ann", 90), ("bob", None), ("cy", 75)]
print(sorted(students))

ranked = sorted(students, key=lambda s: -s[1])
print(ranked)
