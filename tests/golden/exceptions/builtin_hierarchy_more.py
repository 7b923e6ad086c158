# The rest of CPython's builtin exception classes: their bases and MRO.
names = [
    GeneratorExit, StopAsyncIteration, BufferError, ReferenceError, SystemError,
    ConnectionError, BrokenPipeError, ConnectionAbortedError, ConnectionRefusedError,
    ConnectionResetError, FileExistsError, FileNotFoundError, InterruptedError,
    IsADirectoryError, NotADirectoryError, PermissionError, ProcessLookupError,
    TimeoutError, BlockingIOError, ChildProcessError, UnicodeError, UnicodeDecodeError,
    UnicodeEncodeError, UnicodeTranslateError, Warning, UserWarning, DeprecationWarning,
    PendingDeprecationWarning, SyntaxWarning, RuntimeWarning, FutureWarning,
    ImportWarning, UnicodeWarning, BytesWarning, ResourceWarning, EncodingWarning,
    ModuleNotFoundError, TabError, FloatingPointError,
]
for cls in names:
    print(f"{cls.__name__:26} {cls.__bases__[0].__name__:16} {[c.__name__ for c in cls.__mro__]}")
print(issubclass(GeneratorExit, Exception), issubclass(GeneratorExit, BaseException))
print(issubclass(BrokenPipeError, OSError), issubclass(UserWarning, Exception))
print(ConnectionRefusedError)
