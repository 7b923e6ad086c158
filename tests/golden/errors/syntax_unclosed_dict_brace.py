# SyntaxError: '{' was never closed, for a dict literal left open at the end of the file.
print("never runs")
settings = {
    "debug": True,
    "level": 3,
