# raise X from Y where the raise is outside any handler: only the cause is printed before the new exception.
class AppError(Exception):
    pass

low_level = OSError("disk full")

def write():
    raise AppError("could not save the file") from low_level

write()
