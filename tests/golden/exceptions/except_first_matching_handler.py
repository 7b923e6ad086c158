# Handlers are tried top to bottom; the first matching one wins, even if a later one is more specific.
def classify(exc):
    try:
        raise exc
    except LookupError:
        return "LookupError handler"
    except KeyError:
        return "KeyError handler (unreachable)"
    except Exception:
        return "Exception handler"

print(classify(KeyError("k")))
print(classify(IndexError("i")))
print(classify(ValueError("v")))
print(classify(ZeroDivisionError))
