# The except clause's type expression is evaluated only when an exception arrives; its error chains.
def handler_types():
    raise RuntimeError("cannot compute handler types")

try:
    print("no exception, the clause is never evaluated")
except handler_types():
    pass

try:
    int("q")
except handler_types():
    print("unreachable")
