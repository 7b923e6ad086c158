// The format-spec mini-language of format()/str.format()/f-strings and the
// printf-style conversions used by the '%' operator, with CPython 3.11
// behaviour and error messages.
//
// parse_format_spec() turns "[[fill]align][sign][z][#][0][width][,|_][.prec][type]"
// into a FormatSpec, applying CPython's defaults (alignment '>' for numbers,
// '<' for strings; a leading '0' means fill '0' and, for numbers, '=' alignment).
// Errors CPython reports while parsing are thrown from parse_format_spec(),
// except "Invalid format specifier '...' for object of type '...'", which
// needs the type name: with the two-argument overload it is recorded in the
// FormatSpec and thrown by the format_* call. All strings are UTF-8; widths
// and precisions of strings count code points. The fill is one code point
// stored as its UTF-8 bytes. Errors are NumError (see bigint.h).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "pywalk/num/bigint.h"

namespace pywalk::num {

struct FormatSpec {
  std::string fill = " ";  // one code point, UTF-8 encoded
  char align = '>';        // '<', '>', '^', '=' (defaults resolved)
  char sign = '\0';        // '\0', '+', '-', ' '
  bool no_neg_0 = false;   // 'z'
  bool alternate = false;  // '#'
  int64_t width = -1;      // -1: not given
  char grouping = '\0';    // '\0', ',', '_'
  int64_t precision = -1;  // -1: not given
  char32_t type = '\0';    // presentation type or the default passed in
  bool fill_specified = false;
  bool align_specified = false;
  // Set when the spec had trailing garbage; format_* then throws
  // "Invalid format specifier '<spec>' for object of type '<type_name>'".
  bool invalid = false;
  std::string text;  // the spec as given (for that message)
};

// default_type: 'd' for int/bool, '\0' for float, 's' for str.
FormatSpec parse_format_spec(std::string_view spec, char default_type);
// Same, but throws the "Invalid format specifier" error immediately.
FormatSpec parse_format_spec(std::string_view spec, char default_type, std::string_view type_name);

// format(int, spec). type_name is used in messages ("int", "bool", ...).
std::string format_int(const BigInt& value, const FormatSpec& spec, std::string_view type_name = "int");
std::string format_int(int64_t value, const FormatSpec& spec, std::string_view type_name = "int");
// format(float, spec).
std::string format_float(double value, const FormatSpec& spec, std::string_view type_name = "float");
// format(str, spec); utf8 is the string's UTF-8 text.
std::string format_str(std::string_view utf8, const FormatSpec& spec, std::string_view type_name = "str");

// Flags of a printf-style conversion ('%-+ 0#').
struct PercentFlags {
  bool left = false;       // '-'
  bool plus = false;       // '+'
  bool space = false;      // ' '
  bool zero = false;       // '0'
  bool alternate = false;  // '#'
};

// '%d' '%i' '%u' '%o' '%x' '%X' of an int. width/precision -1 when absent.
std::string percent_format_int(const BigInt& value, char conv, const PercentFlags& flags, int64_t width,
                               int64_t precision);
std::string percent_format_int(int64_t value, char conv, const PercentFlags& flags, int64_t width,
                               int64_t precision);
// '%e' '%E' '%f' '%F' '%g' '%G' of a float. precision -1 means 6.
std::string percent_format_float(double value, char conv, const PercentFlags& flags, int64_t width,
                                 int64_t precision);

}  // namespace pywalk::num
