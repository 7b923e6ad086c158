# When __str__ of the exception fails, the traceback says so; notes still print.
class Fragile(Exception):
    def __str__(self):
        raise RuntimeError("no str for you")

e = Fragile("data")
e.add_note("note one")
e.add_note("line two\nline three")
print(repr(e))
raise e
