# An exception raised inside a handler gets the handled one as __context__ (implicit chaining).
try:
    try:
        [][0]
    except IndexError:
        {}["k"]
except KeyError as e:
    print(repr(e), "context:", repr(e.__context__))
    print("cause:", e.__cause__, "suppress:", e.__suppress_context__)
    print(e.__context__.__context__)

try:
    raise TypeError("plain")
except TypeError as e:
    print(e.__context__, e.__cause__)
