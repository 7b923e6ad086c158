// Float <-> text conversion and float arithmetic helpers with CPython 3.11
// semantics.
//
// Formatting follows CPython's PyOS_double_to_string / format_float_short:
// the decimal digits are produced correctly rounded (shortest round-trip
// digits via std::to_chars for repr, glibc printf for fixed precisions, which
// is exact), and then laid out with CPython's rules for exponent vs
// positional notation, trailing-zero removal, '#', and the ".0" suffix. The
// results are plain ASCII strings with a leading '-' for negative values
// (never for nan); infinities and nans are "inf"/"nan" ("INF"/"NAN" when
// upper). Errors are thrown as NumError (see bigint.h) with CPython's exact
// message text.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <utility>

#include "pywalk/num/bigint.h"

namespace pywalk::num {

// repr(x) / str(x).
std::string float_repr(double x);
// '%.{precision}f'
std::string float_format_fixed(double x, int precision);
// '%.{precision}e' ('E' when upper)
std::string float_format_exp(double x, int precision, bool upper);
// '%.{precision}g' ('G' when upper, '#' when alternate); precision 0 acts as 1.
std::string float_format_general(double x, int precision, bool upper, bool alternate);

// Options of the generic CPython formatter underneath the functions above.
struct FloatFormatOptions {
  char code = 'r';           // 'e', 'f', 'g', 'r' (repr; precision ignored)
  int precision = 0;         // digits after the point ('e','f') / significant ('g')
  bool upper = false;        // 'E', 'F', 'G': upper-case 'E', "INF", "NAN"
  bool always_sign = false;  // '+' for non-negative values
  bool add_dot_0 = false;    // append ".0" to integral positional results
  bool alternate = false;    // '#': keep the point and trailing zeros
  bool no_neg_0 = false;     // 'z': drop the sign of a value that rounds to zero
};
// CPython's PyOS_double_to_string.
std::string format_double(double x, const FloatFormatOptions& options);

// round(x, ndigits), correctly rounded like CPython (round(2.675, 2) == 2.67).
// OverflowError "rounded value too large to represent".
double float_round(double x, int64_t ndigits);
// round(x) without ndigits: nearest integer, ties to even (as a double; the
// caller converts to int and reports inf/nan).
double float_round_half_even(double x);

// x / y; ZeroDivisionError "float division by zero".
double float_truediv(double x, double y);
// x // y; ZeroDivisionError "float floor division by zero".
double float_floordiv(double x, double y);
// x % y; ZeroDivisionError "float modulo".
double float_mod(double x, double y);
// divmod(x, y); ZeroDivisionError "float divmod()".
std::pair<double, double> float_divmod(double x, double y);

// float(text): whitespace, underscores between digits, inf/infinity/nan in
// any case with optional sign, Unicode digits. ValueError
// "could not convert string to float: 'abc'".
double parse_float(std::string_view text);

}  // namespace pywalk::num
