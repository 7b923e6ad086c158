# Inside a finally run by an exception, a bare raise re-raises the propagating exception.
def cleanup():
    try:
        int("nope")
    finally:
        print("cleaning up")
        raise

try:
    cleanup()
except ValueError as e:
    print("caught", e, e.__context__)
