// String literals: splitting a STRING token, and decoding escapes exactly as
// CPython 3.11 (Parser/string_parser.c decode_unicode_with_escapes() and
// the unicode-escape codec for str, _PyBytes_DecodeEscape() for bytes).
#include "pywalk/string_literal.h"

#include <fmt/format.h>

#include "pywalk/objects/str.h"

namespace pywalk {

StringParts split_string_literal(std::string_view text) {
  StringParts parts;
  size_t i = 0;
  while (i < text.size() && text[i] != '\'' && text[i] != '"') {
    switch (text[i]) {
      case 'r':
      case 'R':
        parts.prefix.raw = true;
        break;
      case 'b':
      case 'B':
        parts.prefix.bytes = true;
        break;
      case 'f':
      case 'F':
        parts.prefix.fstring = true;
        break;
      default:  // u, U
        break;
    }
    ++i;
  }
  parts.prefix_len = i;
  std::string_view rest = text.substr(i);
  parts.quote_len = rest.size() >= 6 && rest[1] == rest[0] && rest[2] == rest[0] ? 3 : 1;
  size_t q = parts.quote_len;
  parts.body = rest.size() >= 2 * q ? rest.substr(q, rest.size() - 2 * q) : std::string_view();
  return parts;
}

bool is_ascii_body(std::string_view body) {
  for (char c : body)
    if (static_cast<unsigned char>(c) >= 0x80) return false;
  return true;
}

namespace {

int hex_value(unsigned char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

bool is_octal(char c) {
  return c >= '0' && c <= '7';
}

// CPython decodes a str body after rewriting it to ASCII: each non-ASCII
// character becomes "\UXXXXXXXX" (10 bytes) and a backslash before one (or
// at the very end) becomes "\u005c" (6 bytes). Error positions are in that
// rewritten text; this is the rewritten length of body[i:].
size_t rewritten_length(std::string_view body, size_t i) {
  size_t n = 0;
  while (i < body.size()) {
    unsigned char c = static_cast<unsigned char>(body[i]);
    if (c == '\\' && (i + 1 >= body.size() || static_cast<unsigned char>(body[i + 1]) >= 0x80)) {
      n += 6;
      ++i;
    } else if (c >= 0x80) {
      utf8_decode(body, i);
      n += 10;
    } else {
      ++n;
      ++i;
    }
  }
  return n;
}

[[noreturn]] void unicode_error(size_t start, size_t end, const char* reason) {
  // UnicodeDecodeError.__str__, prefixed as the parser does.
  if (end - start == 1)
    throw StringDecodeError{
        fmt::format("(unicode error) 'unicodeescape' codec can't decode byte 0x5c in position {}: {}", start, reason)};
  throw StringDecodeError{fmt::format("(unicode error) 'unicodeescape' codec can't decode bytes in position {}-{}: {}",
                                      start, end - 1, reason)};
}

std::string decode_str(std::string_view body) {
  std::string out;
  out.reserve(body.size());
  size_t i = 0;
  size_t vpos = 0;  // position in CPython's rewritten text
  const size_t n = body.size();
  while (i < n) {
    unsigned char b = static_cast<unsigned char>(body[i]);
    if (b != '\\') {
      if (b < 0x80) {
        out += static_cast<char>(b);
        ++i;
        ++vpos;
      } else {
        size_t start = i;
        utf8_decode(body, i);
        out.append(body.substr(start, i - start));
        vpos += 10;
      }
      continue;
    }
    if (i + 1 >= n || static_cast<unsigned char>(body[i + 1]) >= 0x80) {
      out += '\\';  // "\u005c": a plain backslash
      ++i;
      vpos += 6;
      continue;
    }
    const size_t start = vpos;
    char c = body[i + 1];
    i += 2;
    vpos += 2;
    switch (c) {
      case '\n':
        break;
      case '\\':
      case '\'':
      case '"':
        out += c;
        break;
      case 'b':
        out += '\b';
        break;
      case 'f':
        out += '\f';
        break;
      case 't':
        out += '\t';
        break;
      case 'n':
        out += '\n';
        break;
      case 'r':
        out += '\r';
        break;
      case 'v':
        out += '\v';
        break;
      case 'a':
        out += '\a';
        break;
      case '0':
      case '1':
      case '2':
      case '3':
      case '4':
      case '5':
      case '6':
      case '7': {
        char32_t ch = c - '0';
        for (int k = 0; k < 2 && i < n && is_octal(body[i]); ++k, ++i, ++vpos) ch = ch * 8 + (body[i] - '0');
        utf8_append(out, ch);
        break;
      }
      case 'x':
      case 'u':
      case 'U': {
        int count = c == 'x' ? 2 : c == 'u' ? 4 : 8;
        const char* reason = c == 'x'   ? "truncated \\xXX escape"
                             : c == 'u' ? "truncated \\uXXXX escape"
                                        : "truncated \\UXXXXXXXX escape";
        uint32_t ch = 0;
        for (; count; --count, ++i, ++vpos) {
          int d = i < n ? hex_value(static_cast<unsigned char>(body[i])) : -1;
          if (d < 0) unicode_error(start, vpos, reason);
          ch = (ch << 4) + static_cast<uint32_t>(d);
        }
        if (ch > 0x10FFFF) unicode_error(start, vpos, "illegal Unicode character");
        utf8_append(out, ch);
        break;
      }
      case 'N': {
        const char* malformed = "malformed \\N character escape";
        if (i >= n) unicode_error(start, vpos, malformed);
        if (body[i] != '{') unicode_error(start, vpos, malformed);
        ++i;
        ++vpos;
        size_t close = body.find('}', i);
        if (close == std::string_view::npos) unicode_error(start, vpos + rewritten_length(body, i), malformed);
        std::string_view name = body.substr(i, close - i);
        size_t name_vlen = rewritten_length(name, 0);
        if (name.empty()) unicode_error(start, vpos, malformed);
        i = close + 1;
        vpos += name_vlen + 1;
        char32_t code;
        if (!is_ascii_body(name) || !lookup_unicode_name(name, code))
          unicode_error(start, vpos, "unknown Unicode character name");
        utf8_append(out, code);
        break;
      }
      default:  // unrecognised escapes stay as they are (CPython only warns)
        out += '\\';
        out += c;
        break;
    }
  }
  return out;
}

std::string decode_bytes(std::string_view body) {
  if (!is_ascii_body(body)) throw StringDecodeError{kBytesNonAsciiMessage};
  std::string out;
  out.reserve(body.size());
  const size_t n = body.size();
  size_t i = 0;
  while (i < n) {
    char b = body[i];
    if (b != '\\') {
      out += b;
      ++i;
      continue;
    }
    ++i;
    if (i == n) throw StringDecodeError{"(value error) Trailing \\ in string"};
    char c = body[i++];
    switch (c) {
      case '\n':
        break;
      case '\\':
      case '\'':
      case '"':
        out += c;
        break;
      case 'b':
        out += '\b';
        break;
      case 'f':
        out += '\f';
        break;
      case 't':
        out += '\t';
        break;
      case 'n':
        out += '\n';
        break;
      case 'r':
        out += '\r';
        break;
      case 'v':
        out += '\v';
        break;
      case 'a':
        out += '\a';
        break;
      case '0':
      case '1':
      case '2':
      case '3':
      case '4':
      case '5':
      case '6':
      case '7': {
        int v = c - '0';
        for (int k = 0; k < 2 && i < n && is_octal(body[i]); ++k, ++i) v = v * 8 + (body[i] - '0');
        out += static_cast<char>(v & 0xFF);  // CPython keeps the low byte of \400..\777
        break;
      }
      case 'x': {
        int d1 = i + 1 < n ? hex_value(static_cast<unsigned char>(body[i])) : -1;
        int d2 = i + 1 < n ? hex_value(static_cast<unsigned char>(body[i + 1])) : -1;
        if (d1 < 0 || d2 < 0)
          throw StringDecodeError{fmt::format("(value error) invalid \\x escape at position {}", i - 2)};
        out += static_cast<char>(d1 * 16 + d2);
        i += 2;
        break;
      }
      default:  // kept verbatim
        out += '\\';
        --i;
        break;
    }
  }
  return out;
}

}  // namespace

std::string decode_string_body(std::string_view body, bool is_bytes) {
  return is_bytes ? decode_bytes(body) : decode_str(body);
}

}  // namespace pywalk
