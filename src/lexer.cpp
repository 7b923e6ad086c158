// The Lexer's layout half: the source buffer, lines, indentation, newlines,
// end of file and errors. Names, numbers, strings and operators are in
// lexer_scan.cpp; see lexer_impl.h for how the pieces fit.
#include "pywalk/lexer.h"

#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <cstring>

#include "lexer_impl.h"

namespace pywalk {

namespace {

// CPython's tokenizer limits (MAXINDENT: "too many levels of indentation").
constexpr size_t kMaxIndent = 100;
constexpr int kTabSize = 8;

// Length of the well-formed UTF-8 sequence at s[i] (strict: no overlong
// forms, surrogates or code points past U+10FFFF), or 0.
size_t utf8_sequence_length(std::string_view s, size_t i) {
  auto byte = [&](size_t k) -> unsigned { return k < s.size() ? static_cast<unsigned char>(s[k]) : 0; };
  unsigned c = byte(i);
  auto cont = [&](size_t k, unsigned lo = 0x80, unsigned hi = 0xBF) { return byte(k) >= lo && byte(k) <= hi; };
  if (c < 0x80) return 1;
  if (c >= 0xC2 && c <= 0xDF) return cont(i + 1) ? 2 : 0;
  if (c >= 0xE0 && c <= 0xEF) {
    unsigned lo = c == 0xE0 ? 0xA0 : 0x80, hi = c == 0xED ? 0x9F : 0xBF;
    return cont(i + 1, lo, hi) && cont(i + 2) ? 3 : 0;
  }
  if (c >= 0xF0 && c <= 0xF4) {
    unsigned lo = c == 0xF0 ? 0x90 : 0x80, hi = c == 0xF4 ? 0x8F : 0xBF;
    return cont(i + 1, lo, hi) && cont(i + 2) && cont(i + 3) ? 4 : 0;
  }
  return 0;
}

// Offset of the first byte that does not start a well-formed UTF-8 sequence.
size_t find_bad_utf8(std::string_view s) {
  size_t i = 0;
  while (i < s.size()) {
    if (static_cast<unsigned char>(s[i]) < 0x80) {
      ++i;
      continue;
    }
    size_t n = utf8_sequence_length(s, i);
    if (n == 0) return i;
    i += n;
  }
  return std::string::npos;
}

// A PEP 263 coding comment (`# -*- coding: utf-8 -*-`) on line 1, or on
// line 2 after a comment or blank line 1.
bool has_coding_comment(std::string_view s) {
  for (int line = 1; line <= 2 && !s.empty(); ++line) {
    std::string_view text = s.substr(0, s.find('\n'));
    size_t i = text.find_first_not_of(" \t\f");
    if (i == std::string_view::npos) {
      s.remove_prefix(std::min(s.size(), text.size() + 1));
      continue;
    }
    if (text[i] != '#') return false;
    for (size_t k = text.find("coding", i); k != std::string_view::npos; k = text.find("coding", k + 1)) {
      size_t j = k + 6;
      if (j >= text.size() || (text[j] != ':' && text[j] != '=')) continue;
      ++j;
      while (j < text.size() && (text[j] == ' ' || text[j] == '\t')) ++j;
      if (j < text.size() &&
          (std::isalnum(static_cast<unsigned char>(text[j])) || text[j] == '-' || text[j] == '_' || text[j] == '.'))
        return true;
    }
    s.remove_prefix(std::min(s.size(), text.size() + 1));
  }
  return false;
}

}  // namespace

Lexer::Impl::Impl(std::string_view source, const std::string& filename_, LexerOptions options)
    : filename(filename_), trivia(options.keep_trivia) {
  if (source.substr(0, 3) == "\xEF\xBB\xBF") {
    source.remove_prefix(3);
    had_bom = true;
  }
  has_cr = source.find('\r') != std::string_view::npos;
  if (!has_cr) {
    buf.reserve(source.size() + 1);
    buf.assign(source);
  } else {
    // CPython reads with universal newlines; the tokenize module (trivia)
    // shows the original endings, so remember them per line.
    buf.reserve(source.size() + 1);
    line_ending.push_back(0);  // lines are 1-based
    for (size_t i = 0; i < source.size(); ++i) {
      char c = source[i];
      if (c == '\r') {
        buf += '\n';
        if (i + 1 < source.size() && source[i + 1] == '\n') {
          ++i;
          line_ending.push_back(1);
        } else {
          line_ending.push_back(2);
        }
      } else {
        buf += c;
        if (c == '\n') line_ending.push_back(0);
      }
    }
  }
  if (!buf.empty() && buf.back() != '\n') {
    buf += '\n';
    missing_final_newline = true;
    if (has_cr) line_ending.push_back(0);
  }
  size_t nul = buf.find('\0');
  size_t bad = find_bad_utf8(std::string_view(buf).substr(0, nul));
  bad_pos = std::min(nul, bad);
  bad_is_nul = bad_pos != std::string::npos && bad_pos == nul;
  declared_encoding = had_bom || has_coding_comment(buf);
  result.tokens.reserve(buf.size() / 4 + 16);  // typical code has a token per 4-6 bytes
}

// ------------------------------------------------------------------ cursor

void Lexer::Impl::enter_line() {
  ++lineno;
  line_start = pos;
  const void* nl = std::memchr(buf.data() + pos, '\n', buf.size() - pos);
  next_line = nl ? static_cast<size_t>(static_cast<const char*>(nl) - buf.data()) + 1 : buf.size();
  col_pos = pos;
  col_val = 0;
  if (!in_token) buf_start = pos;
  if (bad_pos >= pos && bad_pos < next_line) {
    if (bad_is_nul) {
      // CPython cuts the line at the NUL (a C string) and points nowhere.
      pos = next_line;
      fail(LexErrorKind::Overriding, "SyntaxError", "source code cannot contain null bytes", lineno, 0, lineno, 0,
           line_start);
    }
    fail(LexErrorKind::Overriding, "SyntaxError",
         fmt::format("Non-UTF-8 code starting with '\\x{:02x}' in file {} on line {}, but no encoding declared; "
                     "see https://peps.python.org/pep-0263/ for details",
                     static_cast<unsigned char>(buf[bad_pos]), filename, lineno),
         0, 0, 0, 0, std::string::npos);
  }
}

int Lexer::Impl::col_of(size_t p) {
  if (p < col_pos) {
    col_pos = line_start;
    col_val = 0;
  }
  const char* d = buf.data();
  for (; col_pos < p; ++col_pos) col_val += (static_cast<unsigned char>(d[col_pos]) & 0xC0) != 0x80;
  return col_val;
}

std::string_view Lexer::Impl::line_text(size_t start) const {
  if (start >= buf.size()) return {};
  size_t end = buf.find('\n', start);
  if (end == std::string::npos) end = buf.size();
  std::string_view line(buf.data() + start, end - start);
  return line.substr(0, line.find('\0'));  // CPython's lines are C strings
}

std::string_view Lexer::Impl::line_ending_text(int line) const {
  if (missing_final_newline && line == lineno && next_line == buf.size()) return "";
  if (!has_cr || line <= 0 || static_cast<size_t>(line) >= line_ending.size()) return "\n";
  switch (line_ending[line]) {
    case 1:
      return "\r\n";
    case 2:
      return "\r";
    default:
      return "\n";
  }
}

// ------------------------------------------------------------------ tokens

void Lexer::Impl::emit(TokenKind kind, size_t start, size_t end) {
  int c1 = col_of(start);
  int c2 = col_of(end);
  result.tokens.push_back(Token{kind, std::string(buf.data() + start, end - start), Span{lineno, c1, lineno, c2}});
}

void Lexer::Impl::emit_at(TokenKind kind, std::string text, int line, int col, int end_line, int end_col) {
  result.tokens.push_back(Token{kind, std::move(text), Span{line, col, end_line, end_col}});
}

// The NEWLINE (logical) or NL at the '\n' just read.
void Lexer::Impl::emit_newline(bool logical) {
  size_t nl = pos - 1;
  if (!trivia) {
    if (!logical) return;
    // CPython's NEWLINE is empty, or covers the comment that ends the line.
    size_t start = comment_start != std::string::npos ? comment_start : nl;
    int c1 = col_of(start);
    emit_at(TokenKind::Newline, "", lineno, c1, lineno, col_of(nl));
    return;
  }
  std::string_view ending = line_ending_text(lineno);
  int col = col_of(nl);
  if (!logical) {
    // tokenize: a whitespace-only last line without newline ends the input
    // silently; a blank line's NL spans the rest of the line.
    if (ending.empty() && comment_start == std::string::npos && brackets.empty()) return;
    emit_at(TokenKind::NL, std::string(ending), lineno, col, lineno, col + static_cast<int>(ending.size()));
    return;
  }
  // A NEWLINE at a final line without newline is '' but one column wide.
  emit_at(TokenKind::Newline, std::string(ending), lineno, col, lineno,
          col + std::max<int>(1, static_cast<int>(ending.size())));
}

void Lexer::Impl::emit_end_of_file() {
  int line, col = 0;
  if (!trivia) {
    line = std::max(lineno, 1);  // CPython's tokenizer line at EOF: the last line
  } else {
    // tokenize: the line after the last; a last line of only whitespace and
    // no newline counts as that line.
    line = lineno + 1;
    if (missing_final_newline && lineno > 0 && !cont_line &&
        line_text(line_start).find_first_not_of(" \t\f") == std::string_view::npos)
      line = lineno;
  }
  for (; pendin < 0; ++pendin) emit_at(TokenKind::Dedent, "", line, col, line, col);
  emit_at(TokenKind::EndMarker, "", line, col, line, col);
}

// ------------------------------------------------------------------ errors

void Lexer::Impl::fail(LexErrorKind kind, std::string type, std::string msg, int line, int offset, int end_line,
                       int end_offset, size_t text_line_start, bool incomplete) {
  std::string text = text_line_start == std::string::npos ? std::string() : std::string(line_text(text_line_start));
  result.error.emplace(std::move(type), std::move(msg), filename, line, offset, end_line, end_offset, std::move(text),
                       incomplete);
  result.error_kind = kind;
  throw LexStop{};
}

void Lexer::Impl::syntax_error(std::string msg) {
  int offset = col_of(pos);
  fail(LexErrorKind::Overriding, "SyntaxError", std::move(msg), lineno, offset, lineno, offset, line_start);
}

void Lexer::Impl::parser_error(LexErrorKind kind, std::string type, std::string msg, int line, size_t text_line_start,
                               size_t col, int end_offset, bool incomplete) {
  std::string text(line_text(text_line_start));
  if (had_bom && line == 1) text.insert(0, "\xEF\xBB\xBF");
  int offset = static_cast<int>(col);
  if (declared_encoding) {
    // _PyPegen_byte_offset_to_character_offset on the line as read from the
    // file (with its newline, if any; one past its end counts one more).
    size_t raw_len = line_text(text_line_start).size();
    bool last_line = text_line_start + raw_len + 1 >= buf.size();
    size_t len = text.size() + (last_line && missing_final_newline ? 0 : 1);
    size_t n = std::min(col, len + 1);
    offset = 0;
    for (size_t i = 0; i < std::min(n, text.size()); ++i)
      offset += (static_cast<unsigned char>(text[i]) & 0xC0) != 0x80;
    offset += static_cast<int>(n > text.size() ? n - text.size() : 0);
  }
  result.error.emplace(std::move(type), std::move(msg), filename, line, offset, line, end_offset, std::move(text),
                       incomplete);
  result.error_kind = kind;
  throw LexStop{};
}

void Lexer::Impl::unclosed_bracket() {
  const Bracket& b = brackets.back();
  result.bracket_line = b.line;
  parser_error(LexErrorKind::UnclosedBracket, "SyntaxError", fmt::format("'{}' was never closed", b.c), b.line,
               b.line_start_pos, b.byte_col + 1, 0, true);
}

void Lexer::Impl::unexpected_eof(bool at_line_start) {
  // CPython points one past the end of the line (its '\n' included), or at
  // 0 when the backslash was in the indentation (its buffer was emptied).
  parser_error(LexErrorKind::WhenReached, "SyntaxError", "unexpected EOF while parsing", lineno, line_start,
               at_line_start ? 0 : next_line - line_start, -1, true);
}

// ------------------------------------------------------------------ layout

// CPython's indentation block at the beginning of a line (tok->atbol).
void Lexer::Impl::indentation() {
  atbol = false;
  cont_line = false;
  comment_start = std::string::npos;
  int col = 0, altcol = 0, cont_line_col = 0;
  int c;
  for (;;) {
    c = nextc();
    if (c == ' ') {
      ++col;
      ++altcol;
    } else if (c == '\t') {
      col = (col / kTabSize + 1) * kTabSize;
      ++altcol;  // ALTTABSIZE 1
    } else if (c == '\014') {
      col = altcol = 0;
    } else if (c == '\\' && !trivia) {
      // (The tokenize module instead takes the indentation up to the
      // backslash, and the main loop joins the lines.)
      cont_line_col = cont_line_col ? cont_line_col : col;
      c = continuation_line(true);
    } else {
      break;
    }
  }
  backup(c);
  blankline = c == '#' || c == '\n';
  if (blankline || !brackets.empty()) return;
  if (cont_line_col) col = altcol = cont_line_col;
  auto tab_error = [&] {
    parser_error(LexErrorKind::WhenReached, "TabError", "inconsistent use of tabs and spaces in indentation", lineno,
                 line_start, 1, 0);
  };
  if (col == indstack.back()) {
    if (altcol != altindstack.back()) tab_error();
  } else if (col > indstack.back()) {
    if (indstack.size() >= kMaxIndent)
      parser_error(LexErrorKind::WhenReached, "IndentationError", "too many levels of indentation", lineno, line_start,
                   1, 0);
    if (altcol <= altindstack.back()) tab_error();
    ++pendin;
    indstack.push_back(col);
    altindstack.push_back(altcol);
  } else {
    while (indstack.size() > 1 && col < indstack.back()) {
      --pendin;
      indstack.pop_back();
      altindstack.pop_back();
    }
    if (col != indstack.back()) {
      // CPython points one past the end of the line (its '\n' included).
      parser_error(LexErrorKind::WhenReached, "IndentationError", "unindent does not match any outer indentation level",
                   lineno, line_start, next_line - line_start, -1);
    }
    if (altcol != altindstack.back()) tab_error();
  }
}

bool Lexer::Impl::get_token() {
  if (atbol) indentation();
  // Pending INDENT/DEDENTs (at EOF they go with the ENDMARKER).
  if (pendin != 0 && pos < buf.size()) {
    if (pendin > 0) {
      // INDENT spans the indentation; CPython gives no column (-1).
      for (; pendin > 0; --pendin) emit(TokenKind::Indent, line_start, pos);
    } else {
      int col = col_of(pos);
      for (; pendin < 0; ++pendin) emit_at(TokenKind::Dedent, "", lineno, col, lineno, col);
    }
  }
  for (;;) {  // CPython's `again:` (after a backslash continuation)
    int c;
    do {
      c = nextc();
    } while (c == ' ' || c == '\t' || c == '\014');
    size_t start = pos - (c == kEof ? 0 : 1);

    if (c == '#') {
      while (c != kEof && c != '\n') c = nextc();
      size_t end = c == '\n' ? pos - 1 : pos;
      if (trivia) emit(TokenKind::Comment, start, end);
      comment_start = start;
    }
    if (c == kEof) {
      if (!brackets.empty()) unclosed_bracket();
      emit_end_of_file();
      return false;
    }
    if (is_potential_identifier_start(c)) {
      scan_name_or_string(start, c);
      return true;
    }
    if (c == '\n') {
      atbol = true;
      bool logical = !blankline && brackets.empty();
      emit_newline(logical);
      return true;
    }
    if (c == '.') {
      c = nextc();
      if (is_digit(c)) {
        scan_number(start, c, true);
        return true;
      }
      if (c == '.') {
        c = nextc();
        if (c == '.') {
          emit(TokenKind::Ellipsis, start, pos);
          return true;
        }
        backup(c);
        backup('.');
      } else {
        backup(c);
      }
      emit(TokenKind::Dot, start, pos);
      return true;
    }
    if (is_digit(c)) {
      scan_number(start, c, false);
      return true;
    }
    if (c == '\'' || c == '"') {
      scan_string(start, c);
      return true;
    }
    if (c == '\\') {
      continuation_line(false);
      cont_line = true;
      continue;
    }
    scan_operator(start, c);
    return true;
  }
}

// After a backslash: the next character must end the line (CPython's
// tok_continuation_line). Returns the first character of the next line.
int Lexer::Impl::continuation_line(bool in_indentation) {
  int c = nextc();
  if (c != '\n') {
    // CPython counts this column from the start of its buffer (tok->buf).
    parser_error(LexErrorKind::WhenReached, "SyntaxError", "unexpected character after line continuation character",
                 lineno, line_start, pos - buf_start, 0);
  }
  in_token = !in_indentation;
  c = nextc();
  in_token = false;
  if (c == kEof) {
    if (!brackets.empty()) unclosed_bracket();
    unexpected_eof(in_indentation);
  }
  backup(c);
  return c;
}

LexResult Lexer::Impl::run() {
  try {
    while (get_token()) {
    }
  } catch (const LexStop&) {
  }
  result.declared_encoding = declared_encoding;
  return std::move(result);
}

// ------------------------------------------------------------------ API

Lexer::Lexer(std::string_view source, std::string filename, LexerOptions options)
    : source_(source), filename_(std::move(filename)), options_(options) {}

LexResult Lexer::lex() {
  return Impl(source_, filename_, options_).run();
}

std::vector<Token> Lexer::tokenize() {
  LexResult r = lex();
  if (r.error) throw *r.error;
  return std::move(r.tokens);
}

}  // namespace pywalk
