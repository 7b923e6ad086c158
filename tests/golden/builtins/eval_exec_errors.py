# Errors raised inside eval/exec code, and syntax errors of the source.
try:
    eval("1 / 0")
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    exec("undefined_name + 1")
except NameError as e:
    print(e)
for src in ["1 +", "x = ", "if True:\nprint(1)", "(1, 2", "def f(:\n  pass", "", "x = 1 2"]:
    try:
        exec(src)
    except SyntaxError as e:
        print(type(e).__name__, repr(str(e)), e.msg, e.lineno, e.offset, repr(e.text), e.filename)
        print(" ", e.args)
for src in ["x = 1", "1 2", "", "import os", "(", "  \n"]:
    try:
        eval(src)
    except SyntaxError as e:
        print(repr(src), repr(str(e)), e.args)
exec("def boom():\n    return {}['missing']")
try:
    boom()
except KeyError as e:
    print("KeyError", e)
print(repr(SyntaxError("plain")), str(SyntaxError("plain")))
