// eval() and exec() of strings (src/builtins_eval.cpp), and SyntaxError
// exception objects made from compile errors.
//
// A SyntaxError raised by compiling a string is an exception whose args are
// (msg, (filename, lineno, offset, text, end_lineno, end_offset)), with
// those fields also stored as attributes, as CPython's. Its str() is
// "msg (file, line N)"; printed uncaught, it shows CPython's location block
// (file, line, source text, carets) after the traceback.
#pragma once

#include <string>

#include "pywalk/object.h"

namespace pywalk {

struct CompileError;
struct DictObject;

// Registers eval and exec in the builtins dict.
void register_builtins_eval(DictObject* builtins);
// The exception object for a compile error (SyntaxError, IndentationError,
// TabError; RecursionError/MemoryError/NotImplementedError for the
// compiler's limits). `newline_in_text`: `text` keeps the line's "\n".
Value syntax_error_from(const CompileError& e, bool newline_in_text);
// str() of a SyntaxError made by syntax_error_from: false for other ones.
bool syntax_error_str(const Value& exc, std::string& out);
// For printing such a SyntaxError: the location lines ('  File "<string>",
// line 1\n    1 +\n       ^\n') and the message; false for other ones.
bool syntax_error_display(const Value& exc, std::string& location, std::string& msg);

}  // namespace pywalk
