# repr of str picks single quotes unless the string contains only single quotes.
print(repr("plain"))
print(repr("it's"))
print(repr('say "hi"'))
print(repr("both ' and \""))
print(repr(""))
print(["it's", 'a "b"', "c"])
