// The Parser: tokens to the AST (ast.h), a PEG parser that follows CPython
// 3.11's Grammar/python.gram rule by rule (parser_impl.h explains how), so
// it accepts the same programs and reports the same syntax errors.
//
// parse_source() is the entry point: it lexes (lexer.h), parses, and
// returns a Module whose nodes carry CPython's exact spans (lineno,
// col_offset, end_lineno, end_col_offset, counted in code points where
// CPython counts UTF-8 bytes). Syntax errors are CompileError
// (diagnostics.h) with CPython 3.11's message, type (SyntaxError /
// IndentationError) and SyntaxError attributes, as CPython reports them when
// it runs the source as a script file ("invalid syntax", "expected ':'",
// "'(' was never closed", "expected an indented block after function
// definition on line N", "cannot assign to function call here. Maybe you
// meant '==' instead of '='?", f-string errors...), including which of a
// parser error and a later tokenizer error wins. Two quirks of file mode
// are kept because CPython's traceback draws its caret from them: on a line
// with non-ASCII characters the offsets are UTF-8 byte offsets (unless the
// file declares its encoding), and at the end of the file the offset is 0.
// The file name "<string>" (`-c`) selects CPython's string mode instead
// (character offsets; end of input after the last line). `incomplete` is
// set when the input ended too soon (REPL: ask for more lines).
//
// Nesting: every grammar rule counts one level as in CPython's generated
// parser; past its limit (6000) the CompileError has type "MemoryError"
// and no message or position (CPython prints a bare "MemoryError"). The
// tokenizer reports "too many nested parentheses" past 200 brackets.
//
// Constructs pywalk has no AST node for (yield, yield from, await, match,
// except*, async with) parse, but the Module is not built: the CompileError
// has type "NotImplementedError" and points at the first of them ("pywalk
// does not support generators (yield) yet"). A syntax error anywhere in
// the file is reported first.
//
// String literals (including each literal part of an f-string) are decoded
// with string_literal.h; an f-string's replacement fields are parsed as
// expressions from the string's text with their real positions.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "pywalk/ast.h"

namespace pywalk {

// Parses a whole file (or a REPL chunk). Throws CompileError.
std::unique_ptr<Module> parse_source(std::string source, std::string filename);

// The same, also returning the SyntaxWarnings CPython's tokenizer prints
// while this source is parsed (a number literal directly followed by a
// keyword: "invalid decimal literal"), each formatted as CPython prints it
// to stderr, before the program runs or before its syntax error:
//     x.py:1: SyntaxWarning: invalid decimal literal
//       x = 1if y else 2
// `warnings` is filled even when a CompileError is thrown.
std::unique_ptr<Module> parse_source(std::string source, std::string filename, std::vector<std::string>* warnings);
// The same; with eval_mode, the source is parsed as eval() does (one
// expression; the Module's body is that expression statement).
std::unique_ptr<Module> parse_source_mode(std::string source, std::string filename, std::vector<std::string>* warnings,
                                          bool eval_mode);

}  // namespace pywalk
