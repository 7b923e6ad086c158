// The Lexer's token scanners: names (and string prefixes), numbers,
// strings and operators, each a transcription of the matching part of
// CPython 3.11's tok_get() so that errors land at CPython's positions.
#include <fmt/format.h>

#include "lexer_impl.h"
#include "pywalk/objects/str.h"
#include "pywalk/objects/unicode.h"

namespace pywalk {

namespace {

bool is_xdigit(int c) {
  return is_digit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

}  // namespace

// ------------------------------------------------------------------ names

void Lexer::Impl::scan_name_or_string(size_t start, int c) {
  // String prefixes: any order of b/r, f/r, or a lone u (any case).
  bool saw_b = false, saw_r = false, saw_u = false, saw_f = false;
  for (;;) {
    if (!(saw_b || saw_u || saw_f) && (c == 'b' || c == 'B')) {
      saw_b = true;
    } else if (!(saw_b || saw_u || saw_r || saw_f) && (c == 'u' || c == 'U')) {
      saw_u = true;
    } else if (!(saw_r || saw_u) && (c == 'r' || c == 'R')) {
      saw_r = true;
    } else if (!(saw_f || saw_b || saw_u) && (c == 'f' || c == 'F')) {
      saw_f = true;
    } else {
      break;
    }
    c = nextc();
    if (c == '"' || c == '\'') {
      scan_string(start, c);
      return;
    }
  }
  bool nonascii = false;
  while (is_potential_identifier_char(c)) {
    if (c >= 128) nonascii = true;
    c = nextc();
  }
  backup(c);
  if (nonascii) verify_identifier(start);
  emit(TokenKind::Name, start, pos);
}

// A name with non-ASCII characters must be XID_Start XID_Continue*; else
// CPython points at the first bad character.
void Lexer::Impl::verify_identifier(size_t start) {
  std::string_view text(buf.data() + start, pos - start);
  size_t i = 0;
  bool first = true;
  while (i < text.size()) {
    char32_t ch = utf8_decode(text, i);
    bool ok = first ? unicode::has(ch, unicode::kXidStart) : unicode::has(ch, unicode::kXidContinue);
    first = false;
    if (ok) continue;
    pos = start + i;  // just after the bad character
    std::string hex = fmt::format("{:04X}", static_cast<uint32_t>(ch));
    if (is_printable(ch)) {
      std::string s;
      utf8_append(s, ch);
      syntax_error(fmt::format("invalid character '{}' (U+{})", s, hex));
    }
    syntax_error(fmt::format("invalid non-printable character U+{}", hex));
  }
}

// ------------------------------------------------------------------ strings

void Lexer::Impl::scan_string(size_t start, int quote) {
  const int first_line = lineno;
  const size_t first_line_start = line_start;
  const int first_col = col_of(start);
  int quote_size = 1, end_quote_size = 0;
  int c = nextc();
  if (c == quote) {
    c = nextc();
    if (c == quote) {
      quote_size = 3;
    } else {
      end_quote_size = 1;  // empty string
    }
  }
  if (c != quote) backup(c);
  in_token = true;
  while (end_quote_size != quote_size) {
    c = nextc();
    if (c == kEof || (quote_size == 1 && c == '\n')) {
      // CPython reports it at the start of the literal, on its first line.
      int detected = lineno;
      std::string msg = quote_size == 3
                            ? fmt::format("unterminated triple-quoted string literal (detected at line {})", detected)
                            : fmt::format("unterminated string literal (detected at line {})", detected);
      fail(LexErrorKind::Overriding, "SyntaxError", std::move(msg), first_line, first_col + 1, first_line,
           first_col + 1, first_line_start, c == kEof);
    }
    if (c == quote) {
      ++end_quote_size;
    } else {
      end_quote_size = 0;
      if (c == '\\') nextc();  // skip the escaped character
    }
  }
  in_token = false;
  int end_col = col_of(pos);
  std::string text(buf.data() + start, pos - start);
  if (trivia && has_cr && first_line != lineno) {
    // tokenize shows the source's own line endings inside the literal.
    std::string raw;
    int line = first_line;
    for (char ch : text) {
      if (ch == '\n')
        raw += line_ending_text(line++);
      else
        raw += ch;
    }
    text = std::move(raw);
  }
  emit_at(TokenKind::String, std::move(text), first_line, first_col, lineno, end_col);
}

// ------------------------------------------------------------------ numbers

// CPython's tok_decimal_tail: the digits (with single underscores) after a
// digit already read; returns the character after them.
int Lexer::Impl::decimal_tail() {
  int c;
  for (;;) {
    do {
      c = nextc();
    } while (is_digit(c));
    if (c != '_') break;
    c = nextc();
    if (!is_digit(c)) {
      backup(c);
      syntax_error("invalid decimal literal");
    }
  }
  return c;
}

// CPython's lookahead(): the next characters are `test` and then no
// identifier character; the cursor does not move.
bool Lexer::Impl::lookahead(const char* test) {
  const char* s = test;
  for (;;) {
    int c = nextc();
    bool res = false;
    if (*s == 0) {
      res = !is_potential_identifier_char(c);
    } else if (c == static_cast<unsigned char>(*s)) {
      ++s;
      continue;
    }
    backup(c);
    while (s != test) backup(static_cast<unsigned char>(*--s));
    return res;
  }
}

// A number may be followed by a keyword that can follow it in valid code
// (`1if x else y`: a SyntaxWarning), but not by another name character.
void Lexer::Impl::verify_end_of_number(int c, const char* kind) {
  bool r = false;
  if (c == 'a') {
    r = lookahead("nd");
  } else if (c == 'e') {
    r = lookahead("lse");
  } else if (c == 'f') {
    r = lookahead("or");
  } else if (c == 'i') {
    int c2 = nextc();
    if (c2 == 'f' || c2 == 'n' || c2 == 's') r = true;
    backup(c2);
  } else if (c == 'o') {
    r = lookahead("r");
  } else if (c == 'n') {
    r = lookahead("ot");
  }
  if (r) {
    result.warnings.push_back(LexWarning{lineno, fmt::format("invalid {} literal", kind), result.tokens.size()});
  } else if (c < 128 && is_potential_identifier_char(c)) {
    // (A non-ASCII character just ends the number: CPython 3.11 then reads a name.)
    backup(c);
    syntax_error(fmt::format("invalid {} literal", kind));
  }
}

// `c` is the first digit (already read); `fraction`: the number started
// with '.', and `c` is the digit after it.
void Lexer::Impl::scan_number(size_t start, int c, bool fraction) {
  if (fraction) goto fraction;
  if (c == '0') {
    c = nextc();
    if (c == 'x' || c == 'X') {
      c = nextc();
      do {
        if (c == '_') c = nextc();
        if (!is_xdigit(c)) {
          backup(c);
          syntax_error("invalid hexadecimal literal");
        }
        do {
          c = nextc();
        } while (is_xdigit(c));
      } while (c == '_');
      verify_end_of_number(c, "hexadecimal");
    } else if (c == 'o' || c == 'O') {
      c = nextc();
      do {
        if (c == '_') c = nextc();
        if (c < '0' || c >= '8') {
          if (is_digit(c)) syntax_error(fmt::format("invalid digit '{}' in octal literal", static_cast<char>(c)));
          backup(c);
          syntax_error("invalid octal literal");
        }
        do {
          c = nextc();
        } while ('0' <= c && c < '8');
      } while (c == '_');
      if (is_digit(c)) syntax_error(fmt::format("invalid digit '{}' in octal literal", static_cast<char>(c)));
      verify_end_of_number(c, "octal");
    } else if (c == 'b' || c == 'B') {
      c = nextc();
      do {
        if (c == '_') c = nextc();
        if (c != '0' && c != '1') {
          if (is_digit(c)) syntax_error(fmt::format("invalid digit '{}' in binary literal", static_cast<char>(c)));
          backup(c);
          syntax_error("invalid binary literal");
        }
        do {
          c = nextc();
        } while (c == '0' || c == '1');
      } while (c == '_');
      if (is_digit(c)) syntax_error(fmt::format("invalid digit '{}' in binary literal", static_cast<char>(c)));
      verify_end_of_number(c, "binary");
    } else {
      bool nonzero = false;
      // Old-style octal is an error, but "0", "00" and "0_0" are fine.
      for (;;) {
        if (c == '_') {
          c = nextc();
          if (!is_digit(c)) {
            backup(c);
            syntax_error("invalid decimal literal");
          }
        }
        if (c != '0') break;
        c = nextc();
      }
      size_t zeros_end = pos;
      if (is_digit(c)) {
        nonzero = true;
        c = decimal_tail();
      }
      if (c == '.') {
        c = nextc();
        goto fraction;
      }
      if (c == 'e' || c == 'E') goto exponent;
      if (c == 'j' || c == 'J') goto imaginary;
      if (nonzero) {
        backup(c);
        // CPython gives this range in bytes from the line start.
        int offset = static_cast<int>(start - line_start) + 1;
        int end_offset = static_cast<int>(zeros_end - line_start);
        fail(LexErrorKind::Overriding, "SyntaxError",
             "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers", lineno,
             offset, lineno, end_offset, line_start);
      }
      verify_end_of_number(c, "decimal");
    }
    backup(c);
    emit(TokenKind::Number, start, pos);
    return;
  }
  c = decimal_tail();
  if (c == '.') {
    c = nextc();
  fraction:
    if (is_digit(c)) c = decimal_tail();
  }
  if (c == 'e' || c == 'E') {
  exponent:
    int e = c;
    c = nextc();
    if (c == '+' || c == '-') {
      c = nextc();
      if (!is_digit(c)) {
        backup(c);
        syntax_error("invalid decimal literal");
      }
    } else if (!is_digit(c)) {
      // Not an exponent after all: the number ends before the 'e'.
      backup(c);
      verify_end_of_number(e, "decimal");
      backup(e);
      emit(TokenKind::Number, start, pos);
      return;
    }
    c = decimal_tail();
  }
  if (c == 'j' || c == 'J') {
  imaginary:
    c = nextc();
    verify_end_of_number(c, "imaginary");
  } else {
    verify_end_of_number(c, "decimal");
  }
  backup(c);
  emit(TokenKind::Number, start, pos);
}

// ------------------------------------------------------------------ operators

namespace {

TokenKind one_char(int c) {
  switch (c) {
    case '%':
      return TokenKind::Percent;
    case '&':
      return TokenKind::Amper;
    case '(':
      return TokenKind::LPar;
    case ')':
      return TokenKind::RPar;
    case '*':
      return TokenKind::Star;
    case '+':
      return TokenKind::Plus;
    case ',':
      return TokenKind::Comma;
    case '-':
      return TokenKind::Minus;
    case '.':
      return TokenKind::Dot;
    case '/':
      return TokenKind::Slash;
    case ':':
      return TokenKind::Colon;
    case ';':
      return TokenKind::Semi;
    case '<':
      return TokenKind::Less;
    case '=':
      return TokenKind::Equal;
    case '>':
      return TokenKind::Greater;
    case '@':
      return TokenKind::At;
    case '[':
      return TokenKind::LSqb;
    case ']':
      return TokenKind::RSqb;
    case '^':
      return TokenKind::Circumflex;
    case '{':
      return TokenKind::LBrace;
    case '|':
      return TokenKind::VBar;
    case '}':
      return TokenKind::RBrace;
    case '~':
      return TokenKind::Tilde;
    default:
      return TokenKind::Exclamation;  // CPython's generic OP: `!`, `$`, `?`, `` ` ``
  }
}

// CPython's PyToken_TwoChars; EndMarker when `c1 c2` is no operator.
TokenKind two_chars(int c1, int c2) {
  switch (c1) {
    case '!':
      return c2 == '=' ? TokenKind::NotEqual : TokenKind::EndMarker;
    case '%':
      return c2 == '=' ? TokenKind::PercentEqual : TokenKind::EndMarker;
    case '&':
      return c2 == '=' ? TokenKind::AmperEqual : TokenKind::EndMarker;
    case '*':
      return c2 == '*' ? TokenKind::DoubleStar : c2 == '=' ? TokenKind::StarEqual : TokenKind::EndMarker;
    case '+':
      return c2 == '=' ? TokenKind::PlusEqual : TokenKind::EndMarker;
    case '-':
      return c2 == '=' ? TokenKind::MinEqual : c2 == '>' ? TokenKind::RArrow : TokenKind::EndMarker;
    case '/':
      return c2 == '/' ? TokenKind::DoubleSlash : c2 == '=' ? TokenKind::SlashEqual : TokenKind::EndMarker;
    case ':':
      return c2 == '=' ? TokenKind::ColonEqual : TokenKind::EndMarker;
    case '<':
      if (c2 == '<') return TokenKind::LeftShift;
      if (c2 == '=') return TokenKind::LessEqual;
      if (c2 == '>') return TokenKind::Exclamation;  // `<>`: NOTEQUAL that 3.11's parser rejects
      return TokenKind::EndMarker;
    case '=':
      return c2 == '=' ? TokenKind::EqEqual : TokenKind::EndMarker;
    case '>':
      return c2 == '=' ? TokenKind::GreaterEqual : c2 == '>' ? TokenKind::RightShift : TokenKind::EndMarker;
    case '@':
      return c2 == '=' ? TokenKind::AtEqual : TokenKind::EndMarker;
    case '^':
      return c2 == '=' ? TokenKind::CircumflexEqual : TokenKind::EndMarker;
    case '|':
      return c2 == '=' ? TokenKind::VBarEqual : TokenKind::EndMarker;
    default:
      return TokenKind::EndMarker;
  }
}

// CPython's PyToken_ThreeChars (after a two-character operator).
TokenKind three_chars(TokenKind two, int c3) {
  if (c3 != '=') return TokenKind::EndMarker;
  switch (two) {
    case TokenKind::DoubleStar:
      return TokenKind::DoubleStarEqual;
    case TokenKind::DoubleSlash:
      return TokenKind::DoubleSlashEqual;
    case TokenKind::LeftShift:
      return TokenKind::LeftShiftEqual;
    case TokenKind::RightShift:
      return TokenKind::RightShiftEqual;
    default:
      return TokenKind::EndMarker;
  }
}

constexpr size_t kMaxLevel = 200;  // CPython's MAXLEVEL

}  // namespace

void Lexer::Impl::scan_operator(size_t start, int c) {
  int c2 = nextc();
  TokenKind kind = two_chars(c, c2);
  if (kind != TokenKind::EndMarker) {
    int c3 = nextc();
    TokenKind kind3 = three_chars(kind, c3);
    if (kind3 != TokenKind::EndMarker)
      kind = kind3;
    else
      backup(c3);
    emit(kind, start, pos);
    return;
  }
  backup(c2);
  switch (c) {
    case '(':
    case '[':
    case '{':
      if (brackets.size() >= kMaxLevel) syntax_error("too many nested parentheses");
      brackets.push_back(Bracket{static_cast<char>(c), lineno, col_of(start), start - line_start, line_start});
      break;
    case ')':
    case ']':
    case '}': {
      if (brackets.empty()) syntax_error(fmt::format("unmatched '{}'", static_cast<char>(c)));
      Bracket open = brackets.back();
      brackets.pop_back();
      if (!((open.c == '(' && c == ')') || (open.c == '[' && c == ']') || (open.c == '{' && c == '}'))) {
        if (open.line != lineno)
          syntax_error(fmt::format("closing parenthesis '{}' does not match opening parenthesis '{}' on line {}",
                                   static_cast<char>(c), open.c, open.line));
        syntax_error(fmt::format("closing parenthesis '{}' does not match opening parenthesis '{}'",
                                 static_cast<char>(c), open.c));
      }
      break;
    }
    default:
      break;
  }
  if (c < 0x20 || c == 0x7F) syntax_error(fmt::format("invalid non-printable character U+{:04X}", c));
  emit(one_char(c), start, pos);
}

}  // namespace pywalk
