// The Lexer: source text to tokens, as CPython 3.11's tokenizer.
//
// It tracks the indentation stack and emits INDENT/DEDENT with CPython's
// errors ("unindent does not match any outer indentation level",
// "unexpected indent" comes from the parser, TabError for inconsistent
// tabs and spaces), joins lines inside brackets and after a backslash,
// recognises every number form (0x 0o 0b, underscores, floats, exponents,
// imaginary `j`), and whole string literals with any prefix (the parser
// decodes them). Errors are CompileError (diagnostics.h) with CPython's
// message, line and column; unterminated input at end of file (an open
// bracket, an unterminated triple-quoted string, a backslash continuation)
// sets `incomplete` so the REPL can ask for more.
//
// Columns are counted in code points. The source is UTF-8; a leading BOM is
// skipped.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "pywalk/token.h"

namespace pywalk {

struct LexerOptions {
  // Also emit COMMENT and NL tokens (for --dump-tokens); the parser's stream
  // never has them.
  bool keep_trivia = false;
};

class Lexer {
 public:
  Lexer(std::string_view source, std::string filename, LexerOptions options = {});
  // All tokens, ending with NEWLINE (if the last line had content), the
  // closing DEDENTs and ENDMARKER. Throws CompileError.
  std::vector<Token> tokenize();

 private:
  struct Impl;
  std::string_view source_;
  std::string filename_;
  LexerOptions options_;
};

// The tokens in the layout of `python3 -m tokenize` (without its ENCODING
// line), one per line: "1,0-1,3:\tNAME\t'def'" columns padded as CPython.
std::string dump_tokens(const std::vector<Token>& tokens);

}  // namespace pywalk
