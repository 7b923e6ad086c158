# str.format_map with dicts (and its errors).
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

point = {"x": 3, "y": -4, "tags": ["a", "b"]}
print("({x}, {y}) {tags[1]} {x:>4} {y!r}".format_map(point))
print("plain".format_map({}), "{{}}".format_map({}))
show(lambda: "{z}".format_map(point))
show(lambda: "{0}".format_map(point))
show(lambda: "{}".format_map(point))
show(lambda: "{x}".format_map(None))
show(lambda: "{x}".format_map())
show(lambda: "{x}".format_map(point, point))
