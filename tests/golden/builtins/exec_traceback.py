# An uncaught error inside exec'd code: the traceback shows "<string>" frames.
def helper(s):
    exec(s)

helper("def inner(n):\n    return 10 // n\nprint(inner(5))\ninner(0)")
