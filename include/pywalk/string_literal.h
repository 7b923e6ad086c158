// String literals: splitting a STRING token and decoding its escapes.
//
// The lexer only finds where a literal ends; the parser calls
// split_string_literal() on the token text to learn the prefix (r, b, f, u
// in any case and order CPython accepts), the quote length and the body,
// then decode_string_body() on the body (or on each literal part of an
// f-string) unless the literal is raw. Decoding follows CPython 3.11:
// \newline, \\, \', \", \a \b \f \n \r \t \v, octal \ooo, \xhh, and for
// str also \uXXXX, \UXXXXXXXX and \N{NAME} (a small built-in table of
// names; unknown names are an error as in CPython). Unrecognised escapes
// such as `\d` are kept verbatim (CPython only warns). Malformed escapes
// throw StringDecodeError with CPython's message, e.g. "(unicode error)
// 'unicodeescape' codec can't decode bytes in position 0-1: truncated
// \xXX escape"; the parser turns it into a SyntaxError at the token.
#pragma once

#include <string>
#include <string_view>

namespace pywalk {

struct StringPrefix {
  bool raw = false;
  bool bytes = false;
  bool fstring = false;
};

struct StringParts {
  StringPrefix prefix;
  size_t prefix_len = 0;  // bytes of prefix text
  size_t quote_len = 1;   // 1 or 3
  std::string_view body;  // the raw source text between the quotes
};

struct StringDecodeError {
  std::string message;
};

// token_text is a whole STRING token (prefix, quotes and body).
StringParts split_string_literal(std::string_view token_text);
// Decodes the escapes of a non-raw body; the result is UTF-8 (for bytes,
// each byte value 0-255 as one char). Throws StringDecodeError.
//
// Error positions are CPython's: for str, positions in the body after
// CPython's preprocessing (each non-ASCII character counts 10 bytes, as its
// \UXXXXXXXX form). A lone surrogate (\ud800) is encoded as its 3-byte
// UTF-8-like form. A bytes body with a non-ASCII character throws
// kBytesNonAsciiMessage: CPython reports that one over the whole STRING
// token (also for raw bytes, which the parser must check with
// is_ascii_body), not at the position of the other decode errors.
std::string decode_string_body(std::string_view body, bool is_bytes);

inline constexpr const char* kBytesNonAsciiMessage = "bytes can only contain ASCII literal characters";
bool is_ascii_body(std::string_view body);

// \N{...} names: true and the code point for a known name (any case, as
// CPython), the control-character aliases and CJK UNIFIED IDEOGRAPH-XXXX.
// The table is a generated subset of Unicode (scripts/gen_unicode_names.py).
bool lookup_unicode_name(std::string_view name, char32_t& code);

}  // namespace pywalk
