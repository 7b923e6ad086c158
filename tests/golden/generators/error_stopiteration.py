# PEP 479: StopIteration leaking out of a generator becomes RuntimeError.
def first_words(lines):
    for line in lines:
        words = iter(line.split())
        yield next(words)

print(list(first_words(["a b", "c"])))
print(list(first_words(["a b", "", "c"])))
