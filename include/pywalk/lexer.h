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
//
// Two layouts of the same tokens:
// * The parser's stream (default) has CPython's C tokenizer positions: a
//   NEWLINE is empty, at the end of its line (it starts at the `#` when a
//   comment ends the line: CPython's token covers the comment); \r\n and \r
//   count as \n (also inside string tokens); INDENT spans the indentation
//   and DEDENT is empty at the first token of its line (CPython gives both
//   col_offset -1: for "unexpected indent" it reports the INDENT's end
//   column); the DEDENTs and ENDMARKER at the end of the file sit at column
//   0 of the last line (CPython's tokenizer line at EOF, which it reports
//   with offset 0 in file mode).
// * With `keep_trivia` it is exactly what Python's tokenize module yields
//   (minus ENCODING): COMMENT and NL tokens, NEWLINE one character wide
//   with its text ('\n', '\r\n', or '' at a final line without newline),
//   raw \r\n in strings, the final DEDENTs and ENDMARKER on the line after
//   the last one.
//
// Errors: lex() stops at the first tokenizer error and returns the tokens
// before it with the error, tagged with how CPython 3.11 orders it against
// a syntax error the parser finds first (see LexErrorKind); tokenize() just
// throws it. Number literals directly followed by a keyword (`1if x else
// y`) are SyntaxWarnings, returned in LexResult::warnings.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "pywalk/diagnostics.h"
#include "pywalk/token.h"

namespace pywalk {

struct LexerOptions {
  // Also emit COMMENT and NL tokens (for --dump-tokens); the parser's stream
  // never has them.
  bool keep_trivia = false;
};

// How CPython 3.11 orders a tokenizer error against a syntax error that its
// parser finds earlier in the file. (After a parser error CPython tokenizes
// the rest of the file, up to the first tokenizer error; only the errors its
// tokenizer raises itself replace the parser's.)
enum class LexErrorKind : uint8_t {
  // Raised by the tokenizer itself: bad number literal, unterminated string,
  // unmatched or mismatched bracket, invalid character, too many nested
  // parentheses, null byte, non-UTF-8 byte. It wins over any parser error.
  Overriding,
  // Reported only when the parser asks for the token where it happened:
  // TabError, "unindent does not match any outer indentation level", "too
  // many levels of indentation", "unexpected character after line
  // continuation character", "unexpected EOF while parsing". A parser error
  // found before that point wins.
  WhenReached,
  // End of file inside brackets ("'(' was never closed"): like WhenReached,
  // but it also replaces an earlier parser error whose (first) line is after
  // the bracket's line (LexResult::bracket_line).
  UnclosedBracket,
};

// A SyntaxWarning CPython prints while tokenizing, as
// "FILE:LINE: SyntaxWarning: MESSAGE\n  <the source line, stripped>\n".
struct LexWarning {
  int line = 0;
  std::string message;     // "invalid decimal literal"
  size_t token_index = 0;  // the NUMBER token it is about (CPython warns when the parser reaches it)
};

struct LexResult {
  std::vector<Token> tokens;  // every token before the error; all of them (ENDMARKER last) without error
  std::optional<CompileError> error;
  LexErrorKind error_kind = LexErrorKind::Overriding;
  int bracket_line = 0;  // UnclosedBracket: the line of the innermost open bracket
  std::vector<LexWarning> warnings;
  // The file declares its encoding (a UTF-8 BOM, or a coding comment on line
  // 1 or 2). Running a file, CPython converts the offsets of the errors its
  // parser raises to code points only then; otherwise they stay UTF-8 byte
  // offsets (+1) from the line start. (With a BOM, line 1's conversion
  // counts the BOM as a character.) The lexer's own errors follow all this
  // already; token spans are always in code points.
  bool declared_encoding = false;
};

class Lexer {
 public:
  Lexer(std::string_view source, std::string filename, LexerOptions options = {});
  // All tokens, ending with NEWLINE (if the last line had content), the
  // closing DEDENTs and ENDMARKER. Throws CompileError.
  std::vector<Token> tokenize();
  // The tokens up to the first error, and the error. Never throws
  // CompileError.
  LexResult lex();

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
