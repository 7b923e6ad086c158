// Compile-time errors: what the lexer, parser and resolver throw.
//
// A CompileError is a C++ exception carrying exactly what CPython puts in a
// SyntaxError: the exception type name ("SyntaxError", "IndentationError",
// "TabError"), the message, the file name, 1-based line and 1-based column
// offsets (CPython's `offset`/`end_offset`, counted in code points, end
// exclusive; 0 when unknown), and the source line. The interpreter turns it
// into a Python SyntaxError; format_syntax_error() prints it the way CPython
// 3.11 does (the one formatter for syntax errors).
//
// `incomplete` is set when the error is only that the input ended too soon
// (an open bracket, a block header with no body yet, an unterminated
// triple-quoted string, a trailing backslash): the REPL then asks for more
// lines instead of reporting.
#pragma once

#include <stdexcept>
#include <string>

namespace pywalk {

struct CompileError : std::runtime_error {
  CompileError(std::string type_, std::string msg_, std::string filename_, int line_, int offset_,
               int end_line_, int end_offset_, std::string text_, bool incomplete_ = false)
      : std::runtime_error(msg_),
        type(std::move(type_)),
        msg(std::move(msg_)),
        filename(std::move(filename_)),
        line(line_),
        offset(offset_),
        end_line(end_line_),
        end_offset(end_offset_),
        text(std::move(text_)),
        incomplete(incomplete_) {}

  std::string type;  // "SyntaxError", "IndentationError" or "TabError"
  std::string msg;
  std::string filename;
  int line = 0;        // 1-based
  int offset = 0;      // 1-based column in code points; 0 = unknown
  int end_line = 0;    // 1-based
  int end_offset = 0;  // 1-based, exclusive; 0 = unknown
  std::string text;    // the offending source line without its newline
  bool incomplete = false;
};

// The text CPython 3.11 prints for an uncaught SyntaxError (no traceback
// header), ending with a newline:
//     File "x.py", line 3
//       x = (1,
//           ^
//   SyntaxError: '(' was never closed
std::string format_syntax_error(const CompileError& e);

}  // namespace pywalk
