# A lambda used inside a comprehension inside a function: every frame is shown.
def scale_all(rows, factor):
    scale = lambda r: [v * factor for v in r["values"]]
    return [scale(r) for r in rows]

print(scale_all([{"values": [1, 2]}], 3))
print(scale_all([{"values": [1, 2]}, {"vals": [3]}], 2))
