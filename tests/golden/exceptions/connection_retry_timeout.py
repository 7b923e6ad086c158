# A retry loop over simulated network errors: ConnectionError subclasses and TimeoutError.
attempts = iter([ConnectionRefusedError("refused"), TimeoutError("timed out"),
                 ConnectionResetError("reset"), None])

def fetch():
    err = next(attempts)
    if err is not None:
        raise err
    return "payload"

for attempt in range(1, 6):
    try:
        print("got", fetch(), "on attempt", attempt)
        break
    except ConnectionError as e:
        print(f"attempt {attempt}: connection problem {type(e).__name__}: {e}")
    except TimeoutError as e:
        print(f"attempt {attempt}: timeout {e!r}", isinstance(e, OSError))
else:
    print("gave up")
