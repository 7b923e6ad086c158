# A bug inside an except block: the new exception carries the handled one as __context__.
def handle():
    try:
        return int("x")
    except ValueError as e:
        return e.mesage

try:
    handle()
except AttributeError as err:
    print("AttributeError:", err)
    print("while handling:", repr(err.__context__))
