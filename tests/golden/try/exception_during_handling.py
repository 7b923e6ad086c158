# An exception raised inside an except block shows both exceptions (implicit chaining).
def parse(text):
    try:
        return int(text)
    except ValueError:
        return undefined_fallback

parse("oops")
