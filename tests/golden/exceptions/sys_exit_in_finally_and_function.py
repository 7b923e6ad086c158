# sys.exit deep in a call stack runs the finally blocks on its way out.
import sys

def inner():
    try:
        print("inner: exiting")
        sys.exit("inner says bye")
    finally:
        print("inner: finally")

def outer():
    try:
        inner()
    except Exception:
        print("never: SystemExit is not an Exception")
    finally:
        print("outer: finally")

outer()
print("not reached")
