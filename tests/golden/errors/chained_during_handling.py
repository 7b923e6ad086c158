# Implicit chaining: an error inside an except block prints both tracebacks joined by "During handling...".
def load_settings(text):
    try:
        return dict(pair.split("=") for pair in text.split(";"))
    except ValueError:
        print("bad settings, falling back")
        return defaults["fallback"]

print(load_settings("a=1;b=2"))
print(load_settings("a=1;b"))
