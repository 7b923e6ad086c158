# Nested try/finally blocks run innermost first, whether by return, exception or normal exit.
log = []

def nested(mode):
    try:
        try:
            if mode == "raise":
                raise ValueError(mode)
            if mode == "return":
                return mode
        finally:
            log.append("inner")
    finally:
        log.append("outer")
    return "normal"

for mode in ["normal", "return", "raise"]:
    try:
        print(nested(mode), log)
    except ValueError as e:
        print("raised", e, log)
    log.clear()
