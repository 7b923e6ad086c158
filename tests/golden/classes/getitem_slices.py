# __getitem__ receives slice objects for a[i:j] and tuples for a[i, j].
class Grid:
    def __init__(self, rows):
        self.rows = rows
    def __getitem__(self, key):
        if isinstance(key, tuple):
            r, c = key
            return self.rows[r][c]
        if isinstance(key, slice):
            print("slice", key.start, key.stop, key.step)
            return Grid(self.rows[key])
        return self.rows[key]
    def __repr__(self):
        return f"Grid({self.rows})"

g = Grid([[1, 2], [3, 4], [5, 6]])
print(g[1], g[2, 0])
print(g[0:2])
print(g[::2])
print(g[-1, -1])
