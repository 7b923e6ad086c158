# A nested call spread over lines fails in the innermost callee; each frame shows its own line.
def parse_point(text):
    x, y = text.split(",")
    return (int(x), int(y))

def distance(a, b):
    return ((a[0] - b[0]) ** 2 + (a[1] - b[1]) ** 2) ** 0.5

print(distance(
    parse_point("0,0"),
    parse_point("3;4"),
))
