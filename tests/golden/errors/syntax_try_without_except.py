# SyntaxError: expected 'except' or 'finally' block after a try body.
def load(path):
    try:
        data = open(path).read()
    print("loaded")
    return data
