# + and * on strings, lists and tuples.
print("ab" + "cd", "ab" * 3, 2 * "xy", "x" * 0, "x" * -2)
print([1] * 3, [1, 2] + [3], (1,) * 2 + (0,))
s = "abc"
s += "def"
s *= 2
print(s)
