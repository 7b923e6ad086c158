// Python exceptions as C++ exceptions.
//
// A Python exception in flight is a C++ `throw PyException{...}` carrying
// the exception object (an ExceptionObject, objects/exception.h). Only
// Python exceptions travel this way: return/break/continue are ordinary
// return values of the evaluator (interpreter.h), never C++ exceptions.
//
// The raise_* helpers are the one place that builds an exception from a
// message; call sites format the message with fmt and CPython's exact words.
// `exc::` holds the builtin exception types (CPython's hierarchy).
#pragma once

#include <cstdint>
#include <span>
#include <string>

#include "pywalk/object.h"

namespace pywalk {

struct PyException {
  Value exc;  // strong: the ExceptionObject
};

namespace exc {
// CPython 3.11's builtin exception types (all but the exception groups).
extern TypeObject* BaseException;
extern TypeObject* SystemExit;
extern TypeObject* KeyboardInterrupt;
extern TypeObject* GeneratorExit;
extern TypeObject* Exception;
extern TypeObject* StopIteration;
extern TypeObject* StopAsyncIteration;
extern TypeObject* ArithmeticError;
extern TypeObject* FloatingPointError;
extern TypeObject* OverflowError;
extern TypeObject* ZeroDivisionError;
extern TypeObject* AssertionError;
extern TypeObject* AttributeError;
extern TypeObject* BufferError;
extern TypeObject* EOFError;
extern TypeObject* ImportError;
extern TypeObject* ModuleNotFoundError;
extern TypeObject* LookupError;
extern TypeObject* IndexError;
extern TypeObject* KeyError;
extern TypeObject* MemoryError;
extern TypeObject* NameError;
extern TypeObject* UnboundLocalError;
extern TypeObject* OSError;
extern TypeObject* BlockingIOError;
extern TypeObject* ChildProcessError;
extern TypeObject* ConnectionError;
extern TypeObject* BrokenPipeError;
extern TypeObject* ConnectionAbortedError;
extern TypeObject* ConnectionRefusedError;
extern TypeObject* ConnectionResetError;
extern TypeObject* FileExistsError;
extern TypeObject* FileNotFoundError;
extern TypeObject* InterruptedError;
extern TypeObject* IsADirectoryError;
extern TypeObject* NotADirectoryError;
extern TypeObject* PermissionError;
extern TypeObject* ProcessLookupError;
extern TypeObject* TimeoutError;
extern TypeObject* ReferenceError;
extern TypeObject* RuntimeError;
extern TypeObject* NotImplementedError;
extern TypeObject* RecursionError;
extern TypeObject* SyntaxError;
extern TypeObject* IndentationError;
extern TypeObject* TabError;
extern TypeObject* SystemError;
extern TypeObject* TypeError;
extern TypeObject* ValueError;
extern TypeObject* UnicodeError;
extern TypeObject* UnicodeDecodeError;
extern TypeObject* UnicodeEncodeError;
extern TypeObject* UnicodeTranslateError;
extern TypeObject* Warning;
extern TypeObject* BytesWarning;
extern TypeObject* DeprecationWarning;
extern TypeObject* EncodingWarning;
extern TypeObject* FutureWarning;
extern TypeObject* ImportWarning;
extern TypeObject* PendingDeprecationWarning;
extern TypeObject* ResourceWarning;
extern TypeObject* RuntimeWarning;
extern TypeObject* SyntaxWarning;
extern TypeObject* UnicodeWarning;
extern TypeObject* UserWarning;

void init_exception_types();  // called by types::init_builtin_types()
// Every type above, base classes first (the builtins module binds them all).
std::span<TypeObject* const> builtin_types();
// The OSError subclass OSError(errnum, strerror) becomes (OSError itself for
// an errno without one): FileNotFoundError for ENOENT...
TypeObject* os_error_subclass(int64_t errnum);
}  // namespace exc

// Builds an exception instance of `type` with a single str argument.
Value make_exception(TypeObject* type, std::string message);
// Builds an exception instance with the given args (a TupleObject value).
Value make_exception_args(TypeObject* type, Value args_tuple);

[[noreturn]] void raise(TypeObject* type, std::string message);
[[noreturn]] void raise_value(Value exception);  // an existing exception instance
[[noreturn]] void raise_type_error(std::string message);
[[noreturn]] void raise_value_error(std::string message);
[[noreturn]] void raise_index_error(std::string message);
[[noreturn]] void raise_key_error(const Value& key);  // KeyError(key): str shows repr(key)
[[noreturn]] void raise_attribute_error(std::string message);
[[noreturn]] void raise_zero_division(std::string message);
[[noreturn]] void raise_overflow(std::string message);
[[noreturn]] void raise_memory_error();
[[noreturn]] void raise_stop_iteration();

// Raises MemoryError when `count` elements of `elem_size` bytes cannot be
// allocated sensibly (guards list * n, str * n, range materialisation).
void check_alloc(uint64_t count, uint64_t elem_size);

}  // namespace pywalk
