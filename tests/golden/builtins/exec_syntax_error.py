# An uncaught SyntaxError from exec: the traceback, then the source location.
print("before")
source = "x = 1\ny = (x +\n"
exec(source)
