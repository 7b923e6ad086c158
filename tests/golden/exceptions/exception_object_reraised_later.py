# An exception object can be stored and raised again later; its args and attributes are kept.
errors = []
for raw in ["1", "a", "2", "b"]:
    try:
        int(raw)
    except ValueError as e:
        errors.append(e)
print(len(errors), [str(e) for e in errors])
try:
    raise errors[-1]
except ValueError as again:
    print("raised again:", again, again is errors[-1])
