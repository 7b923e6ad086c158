# AttributeError messages for instances, classes and builtins.
class Widget:
    size = 3
    def __init__(self):
        self.color = "red"

w = Widget()
for f in (lambda: w.colour, lambda: Widget.color, lambda: w.sise, lambda: Widget.nothing,
          lambda: (5).foo, lambda: [].appendd, lambda: object().x, lambda: Widget().size.real.foo):
    try:
        f()
    except AttributeError as e:
        print("AttributeError:", e)
for f in (lambda: setattr(5, "x", 1), lambda: setattr([], "x", 1), lambda: setattr(int, "x", 1),
          lambda: setattr(object(), "x", 1), lambda: delattr(Widget, "nothing"), lambda: setattr(str, "upper", 1)):
    try:
        f()
    except (AttributeError, TypeError) as e:
        print(type(e).__name__ + ":", e)
