// The Parser: tokens to the AST (ast.h), recursive descent over CPython
// 3.11's grammar for the supported subset.
//
// parse_source() is the entry point: it lexes (lexer.h), parses, and
// returns a Module whose nodes carry CPython's exact spans (lineno,
// col_offset, end_lineno, end_col_offset in code points). Syntax errors
// are CompileError (diagnostics.h) with CPython 3.11's message and range
// ("invalid syntax", "expected ':'", "'(' was never closed",
// "unterminated string literal (detected at line N)", "expected an
// indented block after function definition on line N", "cannot assign to
// function call here. Maybe you meant '==' instead of '='?", ...).
// `incomplete` is set when more input could still make it valid (REPL).
//
// Deeply nested source never overflows the C++ stack: past a nesting depth
// of 200 (as CPython's parser) it raises "too many nested parentheses" /
// SyntaxError "too many statically nested blocks" or the recursion error
// CPython gives.
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

}  // namespace pywalk
