# Builtin exceptions raised as bare classes print just their name.
def next_token(tokens):
    if not tokens:
        raise StopIteration
    return tokens.pop()

def parse(tokens):
    if len(tokens) > 3:
        raise NotImplementedError
    return next_token(tokens)

print(parse(["a"]))
print(parse(["a", "b", "c", "d"]))
