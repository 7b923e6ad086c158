#include "pywalk/num/float_format.h"

#include <charconv>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

namespace pywalk::num {

namespace {

[[noreturn]] void fail(Kind kind, std::string msg) { throw NumError{kind, std::move(msg)}; }

bool is_digit(char c) { return c >= '0' && c <= '9'; }

bool is_ascii_space(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r';
}

// printf's "%.*f" / "%.*e" into a std::string. Short results come from
// std::to_chars (exact, like glibc's printf, and much faster); very long
// ones from snprintf.
std::string printf_double(const char* fmt, int precision, double x) {
  char buf[128];
  auto style = fmt[3] == 'f' ? std::chars_format::fixed : std::chars_format::scientific;
  auto res = std::to_chars(buf, buf + sizeof buf, x, style, precision);
  if (res.ec == std::errc()) return std::string(buf, res.ptr);
  int n = std::snprintf(nullptr, 0, fmt, precision, x);
  if (n < 0) fail(Kind::ValueError, "precision too big");
  std::string out(static_cast<size_t>(n) + 1, '\0');
  std::snprintf(out.data(), out.size(), fmt, precision, x);
  out.resize(static_cast<size_t>(n));
  return out;
}

// The digit string and decimal point position of _Py_dg_dtoa: value =
// 0.DIGITS * 10**decpt, no trailing zeros, "0" with decpt 1 for zero.
struct Digits {
  std::string digits;
  int decpt = 1;
};

void strip_trailing_zeros(std::string& d) {
  while (d.size() > 1 && d.back() == '0') d.pop_back();
}

// Parses "d.ddde[+-]xx" (scientific output of to_chars / printf).
Digits parse_scientific(const std::string& s) {
  Digits r;
  size_t epos = s.find_first_of("eE");
  std::string mant = s.substr(0, epos);
  int exp = epos == std::string::npos ? 0 : std::atoi(s.c_str() + epos + 1);
  for (char c : mant)
    if (is_digit(c)) r.digits += c;
  strip_trailing_zeros(r.digits);
  if (r.digits == "0") {
    r.decpt = 1;
  } else {
    r.decpt = exp + 1;
  }
  return r;
}

Digits shortest_digits(double ax) {
  char buf[64];
  auto res = std::to_chars(buf, buf + sizeof buf, ax, std::chars_format::scientific);
  return parse_scientific(std::string(buf, res.ptr));
}

Digits significant_digits(double ax, int n) {  // mode 2, n >= 1
  return parse_scientific(printf_double("%.*e", n - 1, ax));
}

Digits fixed_digits(double ax, int ndigits) {  // mode 3, ndigits >= 0
  std::string s = printf_double("%.*f", ndigits, ax);
  Digits r;
  size_t dot = s.find('.');
  int int_len = static_cast<int>(dot == std::string::npos ? s.size() : dot);
  for (char c : s)
    if (is_digit(c)) r.digits += c;
  r.decpt = int_len;
  size_t lead = 0;
  while (lead < r.digits.size() && r.digits[lead] == '0') ++lead;
  r.digits.erase(0, lead);
  r.decpt -= static_cast<int>(lead);
  while (!r.digits.empty() && r.digits.back() == '0') r.digits.pop_back();
  if (r.digits.empty()) {
    r.digits = "0";
    r.decpt = 1;
  }
  return r;
}

}  // namespace

std::string format_double(double x, const FloatFormatOptions& o) {
  char code = o.code;
  int precision = o.precision;
  if (std::isnan(x)) {
    std::string out = o.always_sign ? "+" : "";
    return out + (o.upper ? "NAN" : "nan");
  }
  bool negative = std::signbit(x);
  if (std::isinf(x)) {
    std::string out = negative ? "-" : (o.always_sign ? "+" : "");
    return out + (o.upper ? "INF" : "inf");
  }
  double ax = std::fabs(x);
  Digits dg;
  switch (code) {
    case 'e':
      precision += 1;
      dg = significant_digits(ax, precision);
      break;
    case 'f':
      dg = fixed_digits(ax, precision);
      break;
    case 'g':
      if (precision == 0) precision = 1;
      dg = significant_digits(ax, precision);
      break;
    case 'r':
    default:
      code = 'r';
      dg = shortest_digits(ax);
      break;
  }
  const std::string& digits = dg.digits;
  const int digits_len = static_cast<int>(digits.size());
  int decpt = dg.decpt;
  if (o.no_neg_0 && negative && digits == "0") negative = false;

  bool use_exp = false;
  int exp = 0;
  int vdigits_end = digits_len;
  switch (code) {
    case 'e':
      use_exp = true;
      vdigits_end = precision;
      break;
    case 'f':
      vdigits_end = decpt + precision;
      break;
    case 'g':
      if (decpt <= -4 || decpt > (o.add_dot_0 ? precision - 1 : precision)) use_exp = true;
      if (o.alternate) vdigits_end = precision;
      break;
    case 'r':
      if (decpt <= -4 || decpt > 16) use_exp = true;
      break;
  }
  if (use_exp) {
    exp = decpt - 1;
    decpt = 1;
  }
  int vdigits_start = decpt <= 0 ? decpt - 1 : 0;
  if (!use_exp && o.add_dot_0)
    vdigits_end = vdigits_end > decpt ? vdigits_end : decpt + 1;
  else
    vdigits_end = vdigits_end > decpt ? vdigits_end : decpt;

  std::string out;
  out.reserve(static_cast<size_t>(vdigits_end - vdigits_start) + 16);
  if (negative)
    out += '-';
  else if (o.always_sign)
    out += '+';
  if (decpt <= 0) {
    out.append(static_cast<size_t>(decpt - vdigits_start), '0');
    out += '.';
    out.append(static_cast<size_t>(-decpt), '0');
  } else {
    out.append(static_cast<size_t>(-vdigits_start), '0');
  }
  if (0 < decpt && decpt <= digits_len) {
    out.append(digits, 0, static_cast<size_t>(decpt));
    out += '.';
    out.append(digits, static_cast<size_t>(decpt), std::string::npos);
  } else {
    out += digits;
  }
  if (digits_len < decpt) {
    out.append(static_cast<size_t>(decpt - digits_len), '0');
    out += '.';
    out.append(static_cast<size_t>(vdigits_end - decpt), '0');
  } else {
    out.append(static_cast<size_t>(vdigits_end - digits_len), '0');
  }
  if (out.back() == '.' && !o.alternate) out.pop_back();
  if (use_exp) {
    out += o.upper ? 'E' : 'e';
    char buf[16];
    std::snprintf(buf, sizeof buf, "%+.02d", exp);
    out += buf;
  }
  return out;
}

std::string float_repr(double x) {
  FloatFormatOptions o;
  o.code = 'r';
  o.add_dot_0 = true;
  return format_double(x, o);
}

std::string float_format_fixed(double x, int precision) {
  FloatFormatOptions o;
  o.code = 'f';
  o.precision = precision;
  return format_double(x, o);
}

std::string float_format_exp(double x, int precision, bool upper) {
  FloatFormatOptions o;
  o.code = 'e';
  o.precision = precision;
  o.upper = upper;
  return format_double(x, o);
}

std::string float_format_general(double x, int precision, bool upper, bool alternate) {
  FloatFormatOptions o;
  o.code = 'g';
  o.precision = precision;
  o.upper = upper;
  o.alternate = alternate;
  return format_double(x, o);
}

// ---------------------------------------------------------------- rounding

double float_round(double x, int64_t ndigits) {
  constexpr int64_t kNdigitsMax = 323;   // (DBL_MANT_DIG - DBL_MIN_EXP) * 0.30103
  constexpr int64_t kNdigitsMin = -308;  // -(DBL_MAX_EXP + 1) * 0.30103
  if (ndigits > kNdigitsMax) return x;
  if (ndigits < kNdigitsMin) return 0.0 * x;
  if (!std::isfinite(x) || x == 0.0) return x;
  if (ndigits >= 0) {
    std::string s = printf_double("%.*f", static_cast<int>(ndigits), x);
    return std::strtod(s.c_str(), nullptr);
  }
  // Round to a multiple of 10**k exactly: |x| = m * 2**e.
  int k = static_cast<int>(-ndigits);
  int ex = 0;
  double f = std::frexp(std::fabs(x), &ex);
  BigInt m = BigInt::from_double(std::ldexp(f, 53));
  int e = ex - 53;
  BigInt ten_k = pow(BigInt(10), BigInt(k));
  BigInt num = e >= 0 ? lshift(m, e) : m;
  BigInt den = e >= 0 ? ten_k : lshift(ten_k, -e);
  auto [q, r] = divmod(num, den);
  int c = lshift(r, 1).compare(den);
  if (c > 0 || (c == 0 && mpz_odd_p(q.raw()))) q = add(q, BigInt(1));
  double result;
  try {
    result = mul(q, ten_k).to_double();
  } catch (const NumError&) {
    fail(Kind::OverflowError, "rounded value too large to represent");
  }
  return std::copysign(result, x);
}

double float_round_half_even(double x) {
  double r = std::round(x);
  if (std::fabs(x - r) == 0.5) r = 2.0 * std::round(x / 2.0);
  return r;
}

// ---------------------------------------------------------------- arithmetic

double float_truediv(double x, double y) {
  if (y == 0.0) fail(Kind::ZeroDivisionError, "float division by zero");
  return x / y;
}

namespace {
// CPython's _float_div_mod.
void float_div_mod(double vx, double wx, double& floordiv, double& mod) {
  mod = std::fmod(vx, wx);
  double div = (vx - mod) / wx;
  if (mod != 0.0) {
    if ((wx < 0) != (mod < 0)) {
      mod += wx;
      div -= 1.0;
    }
  } else {
    mod = std::copysign(0.0, wx);
  }
  if (div != 0.0) {
    floordiv = std::floor(div);
    if (div - floordiv > 0.5) floordiv += 1.0;
  } else {
    floordiv = std::copysign(0.0, vx / wx);
  }
}
}  // namespace

double float_floordiv(double x, double y) {
  if (y == 0.0) fail(Kind::ZeroDivisionError, "float floor division by zero");
  double q, r;
  float_div_mod(x, y, q, r);
  return q;
}

double float_mod(double x, double y) {
  if (y == 0.0) fail(Kind::ZeroDivisionError, "float modulo");
  double mod = std::fmod(x, y);
  if (mod != 0.0) {
    if ((y < 0) != (mod < 0)) mod += y;
  } else {
    mod = std::copysign(0.0, y);
  }
  return mod;
}

std::pair<double, double> float_divmod(double x, double y) {
  if (y == 0.0) fail(Kind::ZeroDivisionError, "float divmod()");
  double q, r;
  float_div_mod(x, y, q, r);
  return {q, r};
}

// ---------------------------------------------------------------- parsing

namespace {
bool iequals(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (size_t i = 0; i < a.size(); ++i) {
    char c = a[i];
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    if (c != b[i]) return false;
  }
  return true;
}
}  // namespace

double parse_float(std::string_view original) {
  auto invalid = [&]() -> NumError {
    return NumError{Kind::ValueError, "could not convert string to float: " + py_repr_str(original)};
  };
  std::string text = transform_decimal_and_space(original);
  std::string_view s = text;
  while (!s.empty() && is_ascii_space(s.front())) s.remove_prefix(1);
  while (!s.empty() && is_ascii_space(s.back())) s.remove_suffix(1);
  if (s.empty()) throw invalid();

  // Underscores only between two digits; then drop them.
  std::string clean;
  clean.reserve(s.size());
  for (size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '_') {
      if (i == 0 || i + 1 >= s.size() || !is_digit(s[i - 1]) || !is_digit(s[i + 1])) throw invalid();
      continue;
    }
    clean += s[i];
  }
  std::string_view body = clean;
  bool negative = false;
  if (!body.empty() && (body[0] == '+' || body[0] == '-')) {
    negative = body[0] == '-';
    body.remove_prefix(1);
  }
  if (iequals(body, "inf") || iequals(body, "infinity")) return negative ? -HUGE_VAL : HUGE_VAL;
  if (iequals(body, "nan")) return negative ? -std::nan("") : std::nan("");
  size_t i = 0;
  size_t mant_digits = 0;
  while (i < body.size() && is_digit(body[i])) ++i, ++mant_digits;
  if (i < body.size() && body[i] == '.') {
    ++i;
    while (i < body.size() && is_digit(body[i])) ++i, ++mant_digits;
  }
  if (mant_digits == 0) throw invalid();
  if (i < body.size() && (body[i] == 'e' || body[i] == 'E')) {
    ++i;
    if (i < body.size() && (body[i] == '+' || body[i] == '-')) ++i;
    size_t exp_digits = 0;
    while (i < body.size() && is_digit(body[i])) ++i, ++exp_digits;
    if (exp_digits == 0) throw invalid();
  }
  if (i != body.size()) throw invalid();
  return std::strtod(clean.c_str(), nullptr);
}

}  // namespace pywalk::num
