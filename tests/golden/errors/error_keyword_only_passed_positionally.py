# Passing a keyword-only argument positionally.
def send(message, *, urgent=False):
    return message, urgent

print(send("hi", urgent=True))
send("hi", True)
