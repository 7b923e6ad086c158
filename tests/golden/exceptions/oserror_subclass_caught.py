# Simulated file access: catching FileNotFoundError, PermissionError and their OSError base.
FILES = {"notes.txt": "hello", "secret.txt": None}

def read(name):
    if name not in FILES:
        raise FileNotFoundError(2, "No such file or directory", name)
    if FILES[name] is None:
        raise PermissionError(13, "Permission denied", name)
    return FILES[name]

for name in ["notes.txt", "missing.txt", "secret.txt"]:
    try:
        print("read:", read(name))
    except FileNotFoundError as e:
        print("not found:", e.filename, "|", e)
    except OSError as e:
        print("os error:", type(e).__name__, e.errno, e.strerror)

try:
    read("other.txt")
except (PermissionError, FileNotFoundError) as e:
    print(isinstance(e, OSError), isinstance(e, Exception))
read("secret.txt")
