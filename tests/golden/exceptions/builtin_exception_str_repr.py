# str() and repr() of common builtin exceptions as caught from real errors.
def catch(f):
    try:
        f()
    except Exception as e:
        print(type(e).__name__, "|", str(e), "|", repr(e))

catch(lambda: 1 / 0)
catch(lambda: [1][5])
catch(lambda: {"a": 1}["b"])
catch(lambda: int("4.5"))
catch(lambda: "a" + 1)
catch(lambda: None.upper())
catch(lambda: undefined_thing)
catch(lambda: float("inf") // 0)
catch(lambda: next(iter([])))
