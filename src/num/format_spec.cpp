#include "pywalk/num/format_spec.h"

#include <cmath>
#include <cstdio>
#include <string>

#include "pywalk/num/float_format.h"

namespace pywalk::num {

namespace {

[[noreturn]] void fail(Kind kind, std::string msg) { throw NumError{kind, std::move(msg)}; }
[[noreturn]] void value_error(std::string msg) { fail(Kind::ValueError, std::move(msg)); }

// Widths beyond this are refused like a failed allocation.
constexpr int64_t kMaxWidth = int64_t(1) << 31;

// Decodes the code point at s[i] (lenient: a malformed byte is itself).
char32_t next_cp(std::string_view s, size_t i, size_t& len) {
  unsigned char c = static_cast<unsigned char>(s[i]);
  int n = c < 0x80 ? 0 : (c & 0xE0) == 0xC0 ? 1 : (c & 0xF0) == 0xE0 ? 2 : (c & 0xF8) == 0xF0 ? 3 : -1;
  if (n <= 0) {
    len = 1;
    return c;
  }
  if (i + static_cast<size_t>(n) >= s.size()) {
    len = 1;
    return c;
  }
  char32_t cp = c & (0x3F >> n);
  for (int k = 1; k <= n; ++k) {
    unsigned char cc = static_cast<unsigned char>(s[i + k]);
    if ((cc & 0xC0) != 0x80) {
      len = 1;
      return c;
    }
    cp = (cp << 6) | (cc & 0x3F);
  }
  len = static_cast<size_t>(n) + 1;
  return cp;
}

size_t count_code_points(std::string_view s) {
  size_t n = 0;
  for (size_t i = 0; i < s.size();) {
    size_t len = 1;
    next_cp(s, i, len);
    i += len;
    ++n;
  }
  return n;
}

// Byte offset of the code point with index `count` (or s.size()).
size_t code_point_offset(std::string_view s, size_t count) {
  size_t i = 0;
  while (i < s.size() && count > 0) {
    size_t len = 1;
    next_cp(s, i, len);
    i += len;
    --count;
  }
  return i;
}

void append_utf8(std::string& out, char32_t cp) {
  if (cp < 0x80) {
    out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    out += static_cast<char>(0xC0 | (cp >> 6));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    out += static_cast<char>(0xE0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (cp >> 18));
    out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  }
}

std::string hex_lower(unsigned v) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%x", v);
  return buf;
}

// "'x'" or "'\xNN'" as CPython prints a presentation type in messages.
std::string type_char_text(char32_t t) {
  if (t > 32 && t < 128) return std::string(1, static_cast<char>(t));
  return "\\x" + hex_lower(static_cast<unsigned>(t));
}

[[noreturn]] void unknown_type(char32_t t, std::string_view type_name) {
  value_error("Unknown format code '" + type_char_text(t) + "' for object of type '" + std::string(type_name) +
              "'");
}

void check_invalid(const FormatSpec& spec, std::string_view type_name) {
  if (spec.invalid)
    value_error("Invalid format specifier '" + spec.text + "' for object of type '" + std::string(type_name) +
                "'");
}

void append_fill(std::string& out, const std::string& fill, int64_t n) {
  if (n > kMaxWidth) fail(Kind::MemoryError, "");
  for (int64_t i = 0; i < n; ++i) out += fill;
}

bool is_align(char32_t c) { return c == '<' || c == '>' || c == '=' || c == '^'; }

// get_integer(): consumes decimal digits; "Too many decimal digits in format string".
int consume_integer(std::string_view s, size_t& pos, int64_t& result) {
  int64_t acc = 0;
  int n = 0;
  while (pos < s.size() && s[pos] >= '0' && s[pos] <= '9') {
    int d = s[pos] - '0';
    if (acc > (INT64_MAX - d) / 10) value_error("Too many decimal digits in format string");
    acc = acc * 10 + d;
    ++pos;
    ++n;
  }
  result = acc;
  return n;
}

// _PyUnicode_InsertThousandsGrouping for one repeating group size (0: no
// grouping). Pads with '0' up to min_width characters.
std::string group_digits(std::string_view digits, int64_t min_width, int group, char sep) {
  std::string rev;  // built right to left
  int64_t remaining = static_cast<int64_t>(digits.size());
  size_t src = digits.size();
  if (group <= 0) {
    int64_t l = std::max<int64_t>(std::max<int64_t>(remaining, min_width), 1);
    if (l > kMaxWidth) fail(Kind::MemoryError, "");
    std::string out(static_cast<size_t>(l - remaining > 0 ? l - remaining : 0), '0');
    out += digits;
    return out;
  }
  if (min_width > kMaxWidth) fail(Kind::MemoryError, "");
  bool use_sep = false;
  for (;;) {
    int64_t l = std::min<int64_t>(std::max<int64_t>(std::max<int64_t>(remaining, min_width), 1), group);
    int64_t n_zeros = std::max<int64_t>(0, l - remaining);
    int64_t n_chars = std::max<int64_t>(0, std::min<int64_t>(remaining, l));
    if (use_sep) rev += sep;
    for (int64_t i = 0; i < n_chars; ++i) rev += digits[--src];
    rev.append(static_cast<size_t>(n_zeros), '0');
    use_sep = true;
    remaining -= n_chars;
    min_width -= l;
    if (remaining <= 0 && min_width <= 0) break;
    min_width -= 1;
  }
  return std::string(rev.rbegin(), rev.rend());
}

// calc_number_widths + fill_number: lays out
// <lpad><sign><prefix><spad><grouped digits><decimal><remainder><rpad>.
std::string layout_number(const FormatSpec& spec, bool negative, std::string_view prefix, std::string_view digits,
                          bool has_decimal, std::string_view remainder, int group, char sep) {
  char sign_char = '\0';
  switch (spec.sign) {
    case '+': sign_char = negative ? '-' : '+'; break;
    case ' ': sign_char = negative ? '-' : ' '; break;
    default:
      if (negative) sign_char = '-';
  }
  int64_t n_sign = sign_char ? 1 : 0;
  int64_t n_remainder = static_cast<int64_t>(count_code_points(remainder));
  int64_t n_non_digit = n_sign + static_cast<int64_t>(prefix.size()) + (has_decimal ? 1 : 0) + n_remainder;
  int64_t min_width = (spec.fill == "0" && spec.align == '=') ? spec.width - n_non_digit : 0;
  std::string grouped;
  if (!digits.empty()) grouped = group_digits(digits, min_width, group, sep);
  int64_t n_padding = spec.width - (n_non_digit + static_cast<int64_t>(grouped.size()));
  int64_t lpad = 0, spad = 0, rpad = 0;
  if (n_padding > 0) {
    switch (spec.align) {
      case '<': rpad = n_padding; break;
      case '^':
        lpad = n_padding / 2;
        rpad = n_padding - lpad;
        break;
      case '=': spad = n_padding; break;
      default: lpad = n_padding; break;
    }
  }
  std::string out;
  append_fill(out, spec.fill, lpad);
  if (sign_char) out += sign_char;
  out += prefix;
  append_fill(out, spec.fill, spad);
  out += grouped;
  if (has_decimal) out += '.';
  out += remainder;
  append_fill(out, spec.fill, rpad);
  return out;
}

int group_size(const FormatSpec& spec, char type) {
  if (!spec.grouping || type == 'n') return 0;
  if (spec.grouping == '_' && (type == 'b' || type == 'o' || type == 'x' || type == 'X')) return 4;
  return 3;
}

std::string format_int_digits(const BigInt& value, const FormatSpec& spec, std::string_view type_name) {
  check_invalid(spec, type_name);
  char32_t t = spec.type;
  switch (t) {
    case 'b': case 'c': case 'd': case 'o': case 'x': case 'X': case 'n':
      break;
    case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case '%':
      return format_float(value.to_double(), spec, type_name);
    default:
      unknown_type(t, type_name);
  }
  if (spec.precision != -1) value_error("Precision not allowed in integer format specifier");
  if (spec.no_neg_0) value_error("Negative zero coercion (z) not allowed in integer format specifier");
  char type = static_cast<char>(t);
  if (type == 'c') {
    if (spec.sign != '\0') value_error("Sign not allowed with integer format specifier 'c'");
    if (spec.alternate) value_error("Alternate form (#) not allowed with integer format specifier 'c'");
    if (!value.fits_int64()) fail(Kind::OverflowError, "Python int too large to convert to C long");
    int64_t x = value.to_int64();
    if (x < 0 || x > 0x10FFFF) fail(Kind::OverflowError, "%c arg not in range(0x110000)");
    std::string ch;
    append_utf8(ch, static_cast<char32_t>(x));
    return layout_number(spec, false, "", "", false, ch, 0, '\0');
  }
  int base = 10;
  const char* prefix = "";
  switch (type) {
    case 'b': base = 2; prefix = "0b"; break;
    case 'o': base = 8; prefix = "0o"; break;
    case 'x': base = 16; prefix = "0x"; break;
    case 'X': base = 16; prefix = "0X"; break;
    default: break;
  }
  std::string digits = value.to_string(base);
  bool negative = false;
  if (!digits.empty() && digits[0] == '-') {
    negative = true;
    digits.erase(0, 1);
  }
  if (type == 'X')
    for (char& c : digits)
      if (c >= 'a' && c <= 'f') c = static_cast<char>(c - 'a' + 'A');
  return layout_number(spec, negative, spec.alternate ? prefix : "", digits, false, "", group_size(spec, type),
                       spec.grouping ? spec.grouping : ',');
}

}  // namespace

// ---------------------------------------------------------------- parsing

FormatSpec parse_format_spec(std::string_view s, char default_type) {
  FormatSpec spec;
  spec.text = std::string(s);
  spec.type = static_cast<unsigned char>(default_type);
  const char default_align = default_type == 's' ? '<' : '>';
  spec.align = default_align;
  size_t pos = 0;

  // [[fill]align]
  if (!s.empty()) {
    size_t len0 = 1;
    next_cp(s, 0, len0);
    if (len0 < s.size() && is_align(static_cast<unsigned char>(s[len0]))) {
      spec.fill = std::string(s.substr(0, len0));
      spec.align = s[len0];
      spec.fill_specified = spec.align_specified = true;
      pos = len0 + 1;
    } else if (is_align(static_cast<unsigned char>(s[0]))) {
      spec.align = s[0];
      spec.align_specified = true;
      pos = 1;
    }
  }
  if (pos < s.size() && (s[pos] == ' ' || s[pos] == '+' || s[pos] == '-')) spec.sign = s[pos++];
  if (pos < s.size() && s[pos] == 'z') {
    spec.no_neg_0 = true;
    ++pos;
  }
  if (pos < s.size() && s[pos] == '#') {
    spec.alternate = true;
    ++pos;
  }
  if (!spec.fill_specified && pos < s.size() && s[pos] == '0') {
    spec.fill = "0";
    if (!spec.align_specified && default_align == '>') spec.align = '=';
    ++pos;
  }
  int64_t width = 0;
  if (consume_integer(s, pos, width) > 0) spec.width = width;
  if (pos < s.size() && s[pos] == ',') {
    spec.grouping = ',';
    ++pos;
  }
  if (pos < s.size() && s[pos] == '_') {
    if (spec.grouping) value_error("Cannot specify both ',' and '_'.");
    spec.grouping = '_';
    ++pos;
  }
  if (pos < s.size() && s[pos] == ',') value_error("Cannot specify both ',' and '_'.");
  if (pos < s.size() && s[pos] == '.') {
    ++pos;
    int64_t prec = 0;
    if (consume_integer(s, pos, prec) == 0) value_error("Format specifier missing precision");
    spec.precision = prec;
  }
  if (pos < s.size()) {
    size_t len = 1;
    char32_t t = next_cp(s, pos, len);
    if (pos + len < s.size()) {
      spec.invalid = true;
      return spec;
    }
    spec.type = t;
  }
  if (spec.grouping) {
    switch (spec.type) {
      case 'd': case 'e': case 'f': case 'g': case 'E': case 'G': case '%': case 'F': case '\0':
        break;
      case 'b': case 'o': case 'x': case 'X':
        if (spec.grouping == '_') break;
        [[fallthrough]];
      default:
        value_error(std::string("Cannot specify '") + spec.grouping + "' with '" + type_char_text(spec.type) +
                    "'.");
    }
  }
  return spec;
}

FormatSpec parse_format_spec(std::string_view spec, char default_type, std::string_view type_name) {
  FormatSpec r = parse_format_spec(spec, default_type);
  check_invalid(r, type_name);
  return r;
}

// ---------------------------------------------------------------- format()

std::string format_int(const BigInt& value, const FormatSpec& spec, std::string_view type_name) {
  return format_int_digits(value, spec, type_name);
}

std::string format_int(int64_t value, const FormatSpec& spec, std::string_view type_name) {
  return format_int_digits(BigInt(value), spec, type_name);
}

std::string format_float(double value, const FormatSpec& spec, std::string_view type_name) {
  check_invalid(spec, type_name);
  char32_t t = spec.type;
  switch (t) {
    case '\0': case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case 'n': case '%':
      break;
    default:
      unknown_type(t, type_name);
  }
  if (spec.precision > INT32_MAX) value_error("precision too big");
  FloatFormatOptions o;
  o.alternate = spec.alternate;
  o.no_neg_0 = spec.no_neg_0;
  int default_precision = 6;
  char type = static_cast<char>(t);
  if (type == '\0') {
    o.add_dot_0 = true;
    type = 'r';
    default_precision = 0;
  }
  if (type == 'n') type = 'g';
  bool add_pct = false;
  if (type == '%') {
    type = 'f';
    value *= 100;
    add_pct = true;
  }
  int precision = static_cast<int>(spec.precision);
  if (precision < 0)
    precision = default_precision;
  else if (type == 'r')
    type = 'g';
  if (type == 'E' || type == 'F' || type == 'G') {
    o.upper = true;
    type = static_cast<char>(type - 'A' + 'a');
  }
  o.code = type;
  o.precision = precision;
  std::string buf = format_double(value, o);
  if (add_pct) buf += '%';
  bool negative = false;
  std::string_view rest = buf;
  if (!rest.empty() && rest[0] == '-') {
    negative = true;
    rest.remove_prefix(1);
  }
  size_t ndig = 0;
  while (ndig < rest.size() && rest[ndig] >= '0' && rest[ndig] <= '9') ++ndig;
  bool has_decimal = ndig < rest.size() && rest[ndig] == '.';
  std::string_view remainder = rest.substr(ndig + (has_decimal ? 1 : 0));
  return layout_number(spec, negative, "", rest.substr(0, ndig), has_decimal, remainder,
                       spec.type == 'n' ? 0 : group_size(spec, 'f'), spec.grouping ? spec.grouping : ',');
}

std::string format_str(std::string_view utf8, const FormatSpec& spec, std::string_view type_name) {
  check_invalid(spec, type_name);
  if (spec.type != 's') unknown_type(spec.type, type_name);
  if (spec.sign == ' ') value_error("Space not allowed in string format specifier");
  if (spec.sign != '\0') value_error("Sign not allowed in string format specifier");
  if (spec.no_neg_0) value_error("Negative zero coercion (z) not allowed in string format specifier");
  if (spec.alternate) value_error("Alternate form (#) not allowed in string format specifier");
  if (spec.align == '=') value_error("'=' alignment not allowed in string format specifier");
  std::string_view body = utf8;
  int64_t len = static_cast<int64_t>(count_code_points(utf8));
  if (spec.precision >= 0 && len > spec.precision) {
    body = utf8.substr(0, code_point_offset(utf8, static_cast<size_t>(spec.precision)));
    len = spec.precision;
  }
  int64_t total = spec.width > len ? spec.width : len;
  int64_t lpad = 0;
  if (spec.align == '>')
    lpad = total - len;
  else if (spec.align == '^')
    lpad = (total - len) / 2;
  int64_t rpad = total - len - lpad;
  std::string out;
  append_fill(out, spec.fill, lpad);
  out += body;
  append_fill(out, spec.fill, rpad);
  return out;
}

// ---------------------------------------------------------------- printf style

namespace {
std::string percent_pad(char sign, std::string_view prefix, std::string_view body, const PercentFlags& f,
                        int64_t width) {
  int64_t len = (sign ? 1 : 0) + static_cast<int64_t>(prefix.size() + body.size());
  std::string out;
  if (width > len && !f.left && !f.zero) append_fill(out, " ", width - len);
  if (sign) out += sign;
  out += prefix;
  if (width > len && !f.left && f.zero) append_fill(out, "0", width - len);
  out += body;
  if (width > len && f.left) append_fill(out, " ", width - len);
  return out;
}
}  // namespace

std::string percent_format_int(const BigInt& value, char conv, const PercentFlags& f, int64_t width,
                               int64_t precision) {
  int base = 10;
  const char* prefix = "";
  switch (conv) {
    case 'o': base = 8; prefix = "0o"; break;
    case 'x': base = 16; prefix = "0x"; break;
    case 'X': base = 16; prefix = "0X"; break;
    default: break;
  }
  std::string digits = abs(value).to_string(base);
  if (conv == 'X')
    for (char& c : digits)
      if (c >= 'a' && c <= 'f') c = static_cast<char>(c - 'a' + 'A');
  if (precision > static_cast<int64_t>(digits.size())) {
    if (precision > kMaxWidth) fail(Kind::MemoryError, "");
    digits.insert(0, static_cast<size_t>(precision) - digits.size(), '0');
  }
  char sign = value.sign() < 0 ? '-' : f.plus ? '+' : f.space ? ' ' : '\0';
  return percent_pad(sign, f.alternate ? prefix : "", digits, f, width);
}

std::string percent_format_int(int64_t value, char conv, const PercentFlags& flags, int64_t width,
                               int64_t precision) {
  return percent_format_int(BigInt(value), conv, flags, width, precision);
}

std::string percent_format_float(double value, char conv, const PercentFlags& f, int64_t width,
                                 int64_t precision) {
  if (precision > INT32_MAX) value_error("precision too big");
  FloatFormatOptions o;
  o.precision = precision < 0 ? 6 : static_cast<int>(precision);
  o.alternate = f.alternate;
  o.upper = conv == 'E' || conv == 'F' || conv == 'G';
  o.code = (conv == 'E' || conv == 'F' || conv == 'G') ? static_cast<char>(conv - 'A' + 'a') : conv;
  std::string buf = format_double(value, o);
  std::string_view body = buf;
  char sign = f.plus ? '+' : f.space ? ' ' : '\0';
  if (!body.empty() && body[0] == '-') {
    sign = '-';
    body.remove_prefix(1);
  }
  return percent_pad(sign, "", body, f, width);
}

}  // namespace pywalk::num
