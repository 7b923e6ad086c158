# A bare `except:` catches any exception, including SystemExit which `except Exception` would not catch.
import sys

def risky(kind):
    if kind == "zero":
        return 1 / 0
    if kind == "index":
        return [][1]
    if kind == "name":
        return undefined_name
    if kind == "exit":
        sys.exit(3)
    return "fine"

for kind in ["zero", "index", "name", "exit", "ok"]:
    try:
        print(risky(kind))
    except:
        print("bare except caught a problem with", kind)

try:
    try:
        sys.exit(4)
    except Exception:
        print("never: SystemExit is not an Exception")
except BaseException as e:
    print("BaseException caught", type(e).__name__, e.code)
