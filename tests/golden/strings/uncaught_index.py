# An uncaught error from a str method: the traceback points at the call.
def find_word(text, word):
    return text.index(word)

print(find_word("hello world", "world"))
print(find_word("hello world", "planet"))
