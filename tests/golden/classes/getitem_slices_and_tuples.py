# __getitem__ receives ints, slice objects and tuples exactly as written.
class Probe:
    def __getitem__(self, key):
        return key
    def __setitem__(self, key, value):
        print("set", key, value)

p = Probe()
print(p[0], p[-1], p["k"], p[1:2], p[:], p[::2], p[1:2:3], p[1, 2], p[1:2, ::3], p[...])
p[1:3] = [7]
p[0, 0] = "x"
s = p[2:5]
print(type(s).__name__, s.start, s.stop, s.step, s.indices(4))
class Grid:
    def __init__(self):
        self.cells = {}
    def __getitem__(self, pos):
        r, c = pos
        return self.cells.get((r, c), ".")
    def __setitem__(self, pos, v):
        self.cells[pos] = v
g = Grid()
g[1, 2] = "#"
print("".join(g[1, c] for c in range(4)))
