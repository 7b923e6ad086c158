# An exception inside a generator body: the traceback shows the consumer and the generator frame.
def parse(lines):
    for line in lines:
        yield int(line)

def total(lines):
    return sum(parse(lines))

print(total(["1", "2"]))
total(["3", "x4"])
