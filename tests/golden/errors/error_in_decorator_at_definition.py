# A decorator factory failing when applied: the traceback points at the decorated def's @ line.
def route(path):
    if not path.startswith("/"):
        raise ValueError(f"route must start with '/': {path!r}")
    def deco(func):
        return func
    return deco

@route("/home")
def home():
    return "home"

@route("about")
def about():
    return "about"
