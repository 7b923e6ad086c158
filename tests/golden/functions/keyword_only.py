# Keyword-only parameters after * or *args.
def connect(host, *, port=80, secure=False):
    return f"{'https' if secure else 'http'}://{host}:{port}"

print(connect("example.org"))
print(connect("example.org", port=443, secure=True))

def log(*messages, sep=" | "):
    return sep.join(messages)

print(log("a", "b", "c"))
print(log("a", "b", sep="-"))
print(connect.__kwdefaults__, connect.__defaults__)
