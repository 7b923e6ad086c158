# A return (or break) in finally silently discards the exception in flight.
def swallow():
    try:
        raise ValueError("lost")
    finally:
        return "finally won"

print(swallow())

def loop_swallow():
    for attempt in range(3):
        try:
            raise KeyError(attempt)
        finally:
            break
    return f"stopped at {attempt}"

print(loop_swallow())
