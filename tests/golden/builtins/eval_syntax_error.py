# An uncaught SyntaxError from eval: the traceback, then the location in "<string>".
print(eval("2 + 3"))
eval("2 +* 3")
