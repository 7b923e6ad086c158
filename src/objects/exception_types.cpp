// The builtin exception types: CPython 3.11's hierarchy (ExceptionGroup
// aside), made once at start-up, and the errno -> OSError subclass table
// that OSError(errno, strerror) uses to pick its class.
#include <cerrno>
#include <vector>

#include "pywalk/errors.h"
#include "pywalk/objects/exception.h"

namespace pywalk {

namespace exc {
TypeObject* BaseException;
TypeObject* SystemExit;
TypeObject* KeyboardInterrupt;
TypeObject* GeneratorExit;
TypeObject* Exception;
TypeObject* StopIteration;
TypeObject* StopAsyncIteration;
TypeObject* ArithmeticError;
TypeObject* FloatingPointError;
TypeObject* OverflowError;
TypeObject* ZeroDivisionError;
TypeObject* AssertionError;
TypeObject* AttributeError;
TypeObject* BufferError;
TypeObject* EOFError;
TypeObject* ImportError;
TypeObject* ModuleNotFoundError;
TypeObject* LookupError;
TypeObject* IndexError;
TypeObject* KeyError;
TypeObject* MemoryError;
TypeObject* NameError;
TypeObject* UnboundLocalError;
TypeObject* OSError;
TypeObject* BlockingIOError;
TypeObject* ChildProcessError;
TypeObject* ConnectionError;
TypeObject* BrokenPipeError;
TypeObject* ConnectionAbortedError;
TypeObject* ConnectionRefusedError;
TypeObject* ConnectionResetError;
TypeObject* FileExistsError;
TypeObject* FileNotFoundError;
TypeObject* InterruptedError;
TypeObject* IsADirectoryError;
TypeObject* NotADirectoryError;
TypeObject* PermissionError;
TypeObject* ProcessLookupError;
TypeObject* TimeoutError;
TypeObject* ReferenceError;
TypeObject* RuntimeError;
TypeObject* NotImplementedError;
TypeObject* RecursionError;
TypeObject* SyntaxError;
TypeObject* IndentationError;
TypeObject* TabError;
TypeObject* SystemError;
TypeObject* TypeError;
TypeObject* ValueError;
TypeObject* UnicodeError;
TypeObject* UnicodeDecodeError;
TypeObject* UnicodeEncodeError;
TypeObject* UnicodeTranslateError;
TypeObject* Warning;
TypeObject* BytesWarning;
TypeObject* DeprecationWarning;
TypeObject* EncodingWarning;
TypeObject* FutureWarning;
TypeObject* ImportWarning;
TypeObject* PendingDeprecationWarning;
TypeObject* ResourceWarning;
TypeObject* RuntimeWarning;
TypeObject* SyntaxWarning;
TypeObject* UnicodeWarning;
TypeObject* UserWarning;

static std::vector<TypeObject*> all;

void init_exception_types() {
  auto mk = [](const char* name, TypeObject* base) {
    TypeObject* t = types::make_type(name, TypeId::BaseException, base);
    all.push_back(t);
    return t;
  };
  BaseException = mk("BaseException", types::object);
  SystemExit = mk("SystemExit", BaseException);
  KeyboardInterrupt = mk("KeyboardInterrupt", BaseException);
  GeneratorExit = mk("GeneratorExit", BaseException);
  Exception = mk("Exception", BaseException);
  StopIteration = mk("StopIteration", Exception);
  StopAsyncIteration = mk("StopAsyncIteration", Exception);
  ArithmeticError = mk("ArithmeticError", Exception);
  FloatingPointError = mk("FloatingPointError", ArithmeticError);
  OverflowError = mk("OverflowError", ArithmeticError);
  ZeroDivisionError = mk("ZeroDivisionError", ArithmeticError);
  AssertionError = mk("AssertionError", Exception);
  AttributeError = mk("AttributeError", Exception);
  BufferError = mk("BufferError", Exception);
  EOFError = mk("EOFError", Exception);
  ImportError = mk("ImportError", Exception);
  ModuleNotFoundError = mk("ModuleNotFoundError", ImportError);
  LookupError = mk("LookupError", Exception);
  IndexError = mk("IndexError", LookupError);
  KeyError = mk("KeyError", LookupError);
  MemoryError = mk("MemoryError", Exception);
  NameError = mk("NameError", Exception);
  UnboundLocalError = mk("UnboundLocalError", NameError);
  OSError = mk("OSError", Exception);
  BlockingIOError = mk("BlockingIOError", OSError);
  ChildProcessError = mk("ChildProcessError", OSError);
  ConnectionError = mk("ConnectionError", OSError);
  BrokenPipeError = mk("BrokenPipeError", ConnectionError);
  ConnectionAbortedError = mk("ConnectionAbortedError", ConnectionError);
  ConnectionRefusedError = mk("ConnectionRefusedError", ConnectionError);
  ConnectionResetError = mk("ConnectionResetError", ConnectionError);
  FileExistsError = mk("FileExistsError", OSError);
  FileNotFoundError = mk("FileNotFoundError", OSError);
  InterruptedError = mk("InterruptedError", OSError);
  IsADirectoryError = mk("IsADirectoryError", OSError);
  NotADirectoryError = mk("NotADirectoryError", OSError);
  PermissionError = mk("PermissionError", OSError);
  ProcessLookupError = mk("ProcessLookupError", OSError);
  TimeoutError = mk("TimeoutError", OSError);
  ReferenceError = mk("ReferenceError", Exception);
  RuntimeError = mk("RuntimeError", Exception);
  NotImplementedError = mk("NotImplementedError", RuntimeError);
  RecursionError = mk("RecursionError", RuntimeError);
  SyntaxError = mk("SyntaxError", Exception);
  IndentationError = mk("IndentationError", SyntaxError);
  TabError = mk("TabError", IndentationError);
  SystemError = mk("SystemError", Exception);
  TypeError = mk("TypeError", Exception);
  ValueError = mk("ValueError", Exception);
  UnicodeError = mk("UnicodeError", ValueError);
  UnicodeDecodeError = mk("UnicodeDecodeError", UnicodeError);
  UnicodeEncodeError = mk("UnicodeEncodeError", UnicodeError);
  UnicodeTranslateError = mk("UnicodeTranslateError", UnicodeError);
  Warning = mk("Warning", Exception);
  BytesWarning = mk("BytesWarning", Warning);
  DeprecationWarning = mk("DeprecationWarning", Warning);
  EncodingWarning = mk("EncodingWarning", Warning);
  FutureWarning = mk("FutureWarning", Warning);
  ImportWarning = mk("ImportWarning", Warning);
  PendingDeprecationWarning = mk("PendingDeprecationWarning", Warning);
  ResourceWarning = mk("ResourceWarning", Warning);
  RuntimeWarning = mk("RuntimeWarning", Warning);
  SyntaxWarning = mk("SyntaxWarning", Warning);
  UnicodeWarning = mk("UnicodeWarning", Warning);
  UserWarning = mk("UserWarning", Warning);
  init_traceback_type();
}

std::span<TypeObject* const> builtin_types() { return all; }

TypeObject* os_error_subclass(int64_t errnum) {
  switch (errnum) {
    case EAGAIN:
#if EWOULDBLOCK != EAGAIN
    case EWOULDBLOCK:
#endif
    case EALREADY:
    case EINPROGRESS: return BlockingIOError;
    case ECHILD: return ChildProcessError;
    case EPIPE:
    case ESHUTDOWN: return BrokenPipeError;
    case ECONNABORTED: return ConnectionAbortedError;
    case ECONNREFUSED: return ConnectionRefusedError;
    case ECONNRESET: return ConnectionResetError;
    case EEXIST: return FileExistsError;
    case ENOENT: return FileNotFoundError;
    case EINTR: return InterruptedError;
    case EISDIR: return IsADirectoryError;
    case ENOTDIR: return NotADirectoryError;
    case EACCES:
    case EPERM: return PermissionError;
    case ESRCH: return ProcessLookupError;
    case ETIMEDOUT: return TimeoutError;
    default: return OSError;
  }
}
}  // namespace exc

}  // namespace pywalk
