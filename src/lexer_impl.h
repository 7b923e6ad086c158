// Internals of the Lexer (lexer.h), shared by lexer.cpp (layout: lines,
// indentation, newlines, brackets, errors) and lexer_scan.cpp (names,
// numbers, strings, operators).
//
// The scanner is a transcription of CPython 3.11's tok_get() (Parser/
// tokenizer.c) over a byte buffer, with the same nextc()/backup() cursor, so
// that every error lands where CPython's does. `buf` is the source as
// CPython's tokenizer sees it: no BOM, "\r\n" and "\r" turned into "\n", and
// a final "\n" added when the last line has none. A line is "entered" (its
// number counted, its bytes checked for NUL and bad UTF-8) when nextc()
// first reads from it, as CPython reads lines on demand.
//
// Columns are code points: col_of() counts them from the line start with a
// cache, so a long line costs O(length) overall, not per token.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "pywalk/lexer.h"

namespace pywalk {

inline constexpr int kEof = -1;

// Unwinds the scanner once result.error is set.
struct LexStop {};

struct Lexer::Impl {
  Impl(std::string_view source, const std::string& filename, LexerOptions options);
  LexResult run();

  // ---- input
  std::string buf;
  const std::string& filename;
  bool trivia = false;
  bool missing_final_newline = false;  // the source's last line had no newline (one was added)
  bool had_bom = false;
  bool declared_encoding = false;      // BOM or coding comment: CPython's parser then reports code points
  bool has_cr = false;                 // the source had "\r": line_ending says what each line ended with
  std::vector<uint8_t> line_ending;    // [line] 0 "\n", 1 "\r\n", 2 "\r" (only when has_cr)
  size_t bad_pos = std::string::npos;  // first NUL or invalid UTF-8 byte
  bool bad_is_nul = false;

  // ---- cursor (CPython's tok->cur, tok->lineno, tok->line_start)
  size_t pos = 0;
  int lineno = 0;
  size_t line_start = 0;
  size_t next_line = 0;  // one past this line's '\n': where nextc() enters the next line
  size_t col_pos = 0;    // col_of() cache: col_val code points lie in [line_start, col_pos)
  int col_val = 0;
  // CPython's tok->buf: lines read while a token is open (a string, a
  // backslash continuation) join the previous buffer, and one error's
  // offset counts from there.
  size_t buf_start = 0;
  bool in_token = false;

  // ---- tokenizer state
  bool atbol = true;
  bool blankline = false;
  bool cont_line = false;  // a backslash joined this line to the previous one
  std::vector<int> indstack{0}, altindstack{0};
  int pendin = 0;  // > 0: INDENTs to emit, < 0: DEDENTs
  struct Bracket {
    char c;
    int line;
    int col;                // code points
    size_t byte_col;        // bytes from the line start
    size_t line_start_pos;  // for the error's source line
  };
  std::vector<Bracket> brackets;
  size_t comment_start = std::string::npos;  // a comment ended this line (NEWLINE starts there in CPython)

  LexResult result;

  // ---- cursor
  int nextc() {
    if (pos == next_line) {
      if (pos >= buf.size()) return kEof;
      enter_line();
    }
    return static_cast<unsigned char>(buf[pos++]);
  }
  void backup(int c) {
    if (c != kEof) --pos;
  }
  void enter_line();
  int col_of(size_t p);
  // Text of the line starting at byte `start`, without its newline.
  std::string_view line_text(size_t start) const;
  // "\n", "\r\n", "\r" or "" (the added final newline): what ended `line` in the source.
  std::string_view line_ending_text(int line) const;

  // ---- tokens
  void emit(TokenKind kind, size_t start, size_t end);  // both on the current line
  void emit_at(TokenKind kind, std::string text, int line, int col, int end_line, int end_col);
  bool get_token();  // emits the next token(s); false after ENDMARKER or an error
  void indentation();
  void emit_newline(bool logical);
  void emit_end_of_file();

  // ---- scanners (lexer_scan.cpp)
  void scan_name_or_string(size_t start, int c);
  void scan_string(size_t start, int quote);
  void scan_number(size_t start, int c, bool fraction);
  int decimal_tail();
  void verify_end_of_number(int c, const char* kind);
  bool lookahead(const char* test);
  void scan_operator(size_t start, int c);
  void verify_identifier(size_t start);
  int continuation_line(bool in_indentation);

  // ---- errors (all throw LexStop)
  [[noreturn]] void fail(LexErrorKind kind, std::string type, std::string msg, int line, int offset, int end_line,
                         int end_offset, size_t text_line_start, bool incomplete = false);
  // An error CPython's parser raises from the tokenizer's state: `col` is
  // CPython's 1-based column in bytes from the line start, which it
  // converts to code points only when the file declares its encoding; the
  // source line shown keeps the BOM.
  [[noreturn]] void parser_error(LexErrorKind kind, std::string type, std::string msg, int line, size_t text_line_start,
                                 size_t col, int end_offset, bool incomplete = false);
  // CPython's syntaxerror(): at the current line, offset = code points up to the cursor.
  [[noreturn]] void syntax_error(std::string msg);
  [[noreturn]] void unclosed_bracket();
  [[noreturn]] void unexpected_eof(bool at_line_start);
};

inline bool is_potential_identifier_start(int c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c >= 128;
}
inline bool is_potential_identifier_char(int c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c >= 128;
}
inline bool is_digit(int c) {
  return c >= '0' && c <= '9';
}

}  // namespace pywalk
