// float: arithmetic with CPython's results and messages, float() and the
// float methods. Floats are inline Values; nothing here allocates except
// the tuples and big ints some methods return.
#include "pywalk/objects/float.h"

#include <fmt/format.h>

#include <cfloat>
#include <cmath>

#include "pywalk/errors.h"
#include "pywalk/num/float_format.h"
#include "pywalk/objects/builtin.h"
#include "pywalk/objects/int.h"
#include "pywalk/objects/list.h"
#include "pywalk/objects/str.h"
#include "pywalk/ops.h"

namespace pywalk {

namespace {

bool is_odd_integer(double x) {
  return std::fmod(std::fabs(x), 2.0) == 1.0;
}

// OverflowError(34, 'Numerical result out of range'): CPython reports a pow
// overflow through errno, so the exception carries (errno, strerror).
[[noreturn]] void raise_erange() {
  throw PyException{make_exception_args(exc::OverflowError,
                                        make_tuple({Value::integer(34), make_str("Numerical result out of range")}))};
}

// CPython's float_pow.
double float_pow(double iv, double iw) {
  if (iw == 0.0) return 1.0;
  if (std::isnan(iv)) return iv;
  if (std::isnan(iw)) return iv == 1.0 ? 1.0 : iw;
  if (std::isinf(iw)) {
    double a = std::fabs(iv);
    if (a == 1.0) return 1.0;
    if ((iw > 0.0) == (a > 1.0)) return std::fabs(iw);
    return 0.0;
  }
  if (std::isinf(iv)) {
    bool odd = is_odd_integer(iw);
    if (iw > 0.0) return odd ? iv : std::fabs(iv);
    return odd ? std::copysign(0.0, iv) : 0.0;
  }
  if (iv == 0.0) {
    bool odd = is_odd_integer(iw);
    if (iw < 0.0) raise_zero_division("0.0 cannot be raised to a negative power");
    return odd ? iv : 0.0;
  }
  bool negate = false;
  if (iv < 0.0) {
    if (iw != std::floor(iw)) raise(exc::NotImplementedError, "pywalk does not support complex numbers");
    iv = -iv;
    negate = is_odd_integer(iw);
  }
  if (iv == 1.0) return negate ? -1.0 : 1.0;
  double ix = std::pow(iv, iw);
  if (std::isinf(ix)) raise_erange();
  return negate ? -ix : ix;
}

}  // namespace

Value float_binary(BinOpKind op, double a, double b) {
  try {
    switch (op) {
      case BinOpKind::Add:
        return Value::floating(a + b);
      case BinOpKind::Sub:
        return Value::floating(a - b);
      case BinOpKind::Mult:
        return Value::floating(a * b);
      case BinOpKind::Div:
        return Value::floating(num::float_truediv(a, b));
      case BinOpKind::FloorDiv:
        return Value::floating(num::float_floordiv(a, b));
      case BinOpKind::Mod:
        return Value::floating(num::float_mod(a, b));
      case BinOpKind::Pow:
        return Value::floating(float_pow(a, b));
      case BinOpKind::MatMult:
      case BinOpKind::LShift:
      case BinOpKind::RShift:
      case BinOpKind::BitOr:
      case BinOpKind::BitXor:
      case BinOpKind::BitAnd:
        break;
    }
  } catch (const num::NumError& e) {
    raise_num_error(e);
  }
  raise_type_error(fmt::format("unsupported operand type(s) for {}: 'float' and 'float'", binop_symbol(op)));
}

Value float_new(CallArgs args) {
  ArgParser p("float", args);
  p.no_keywords().positional(0, 1);
  if (p.npos() == 0) return Value::floating(0.0);
  Value x = p.get(0);
  if (x.is_float()) return x;
  if (is_number(x)) return Value::floating(to_double(x));
  if (is_str(x)) {
    try {
      return Value::floating(num::parse_float(as_str(x)->view()));
    } catch (const num::NumError& e) {
      raise_num_error(e);
    }
  }
  raise_type_error(fmt::format("float() argument must be a string or a real number, not '{}'", type_name(x)));
}

// ---------------------------------------------------------------- methods

namespace {

void no_args(const char* name, CallArgs args) {
  ArgParser(name, args).no_keywords().positional(0, 0);
}

Value float_is_integer(const Value& self, CallArgs args) {
  no_args("float.is_integer", args);
  double x = self.as_float();
  return Value::boolean(std::isfinite(x) && std::floor(x) == x);
}

Value float_conjugate(const Value& self, CallArgs args) {
  no_args("float.conjugate", args);
  return self;
}

Value float_as_integer_ratio(const Value& self, CallArgs args) {
  no_args("float.as_integer_ratio", args);
  double x = self.as_float();
  if (std::isinf(x)) raise_overflow("cannot convert Infinity to integer ratio");
  if (std::isnan(x)) raise_value_error("cannot convert NaN to integer ratio");
  int e = 0;
  double m = std::frexp(x, &e);  // x == m * 2**e, 0.5 <= |m| < 1
  // Scale the mantissa to an integer: 53 bits are always enough.
  m = std::ldexp(m, 53);
  e -= 53;
  num::BigInt numerator = num::BigInt::from_double(m);
  num::BigInt denominator(1);
  if (numerator.is_zero()) return make_tuple({Value::integer(0), Value::integer(1)});
  // Drop common factors of two.
  size_t tz = mpz_scan1(numerator.raw(), 0);
  if (e < 0) {
    size_t k = std::min<size_t>(tz, static_cast<size_t>(-e));
    numerator = num::rshift(numerator, static_cast<int64_t>(k));
    e += static_cast<int>(k);
  }
  if (e > 0)
    numerator = num::lshift(numerator, static_cast<int64_t>(e));
  else if (e < 0)
    denominator = num::lshift(denominator, static_cast<int64_t>(-e));
  return make_tuple({normalize(std::move(numerator)), normalize(std::move(denominator))});
}

char hex_digit(int d) {
  return "0123456789abcdef"[d];
}

// CPython's float.hex.
Value float_hex(const Value& self, CallArgs args) {
  no_args("float.hex", args);
  double x = self.as_float();
  if (std::isnan(x) || std::isinf(x)) return make_str(num::float_repr(x));
  if (x == 0.0) return make_str(std::copysign(1.0, x) == -1.0 ? "-0x0.0p+0" : "0x0.0p+0");
  int e = 0;
  double m = std::frexp(std::fabs(x), &e);
  int shift = 1 - std::max(DBL_MIN_EXP - e, 0);
  m = std::ldexp(m, shift);
  e -= shift;
  std::string s;
  s += hex_digit(static_cast<int>(m));
  m -= static_cast<int>(m);
  s += '.';
  constexpr int kHexDigits = (DBL_MANT_DIG + 3 - (DBL_MANT_DIG + 2) % 4 - 1) / 4;  // 13
  for (int i = 0; i < kHexDigits; ++i) {
    m *= 16.0;
    s += hex_digit(static_cast<int>(m));
    m -= static_cast<int>(m);
  }
  char esign = '+';
  if (e < 0) {
    esign = '-';
    e = -e;
  }
  return make_str(fmt::format("{}0x{}p{}{}", x < 0 ? "-" : "", s, esign, e));
}

}  // namespace

Value float_getattr(double x, std::string_view name) {
  if (name == "real") return Value::floating(x);
  if (name == "imag") return Value::floating(0.0);
  return Value();
}

void init_float_type() {
  add_method(types::float_, "is_integer", &float_is_integer);
  add_method(types::float_, "conjugate", &float_conjugate);
  add_method(types::float_, "as_integer_ratio", &float_as_integer_ratio);
  add_method(types::float_, "hex", &float_hex);
}

}  // namespace pywalk
