# OSError(errno, strerror) picks its subclass from errno; str shows [Errno N] and the file names.
e = OSError(2, "No such file or directory", "data.csv")
print(type(e).__name__, e.errno, e.strerror, e.filename, e.filename2)
print(str(e))
print(repr(e), e.args)
for code in [1, 2, 13, 17, 20, 21, 32, 104, 110, 111, 999]:
    print(code, type(OSError(code, "msg")).__name__)
e = FileNotFoundError("config.ini")
print(repr(e), e.errno, str(e))
e = PermissionError(13, "Permission denied", "a.txt", None, "b.txt")
print(str(e))
print(OSError("plain").errno, OSError().strerror)
print(IOError is OSError, EnvironmentError is OSError)
