// The `math` module, part 1: constants and the float functions (sqrt, exp,
// log, trigonometry, pow, ...), as CPython's mathmodule.c: libm computes
// (glibc, as CPython on this platform), and math_1/math_2 turn a NaN from a
// non-NaN argument into ValueError "math domain error" and an infinity from
// a finite one into OverflowError "math range error" (or a domain error for
// singularities such as log(0)). Integer functions are in math_int.cpp,
// sums and norms in math_sum.cpp.
#include "pywalk/modules/math.h"

#include <fmt/format.h>

#include <array>
#include <cerrno>
#include <cfloat>
#include <cmath>

#include "pywalk/builtins.h"
#include "pywalk/errors.h"
#include "pywalk/modules/native.h"
#include "pywalk/objects/int.h"
#include "pywalk/objects/list.h"
#include "pywalk/objects/module.h"
#include "pywalk/objects/str.h"
#include "pywalk/ops.h"

namespace pywalk {

namespace math_detail {

Value call_special(const Value& v, const char* name) {
  if (!v.is_obj() || v.obj()->type->id != TypeId::Instance) return Value();
  Value m = getattr_or_unbound(v, intern(name));
  if (m.is_unbound()) return Value();
  return call0(m);
}

double as_double(const Value& v) {
  if (v.is_float()) return v.as_float();
  if (is_int(v)) return to_double(v);
  Value r = call_special(v, "__float__");
  if (r.is_float()) return r.as_float();
  if (!r.is_unbound())
    raise_type_error(fmt::format("{}.__float__ returned non-float (type {})", type_name(v), type_name(r)));
  r = call_special(v, "__index__");
  if (is_int(r)) return to_double(r);
  raise_type_error(fmt::format("must be real number, not {}", type_name(v)));
}

double int_frexp(const Value& v, int64_t& e) {
  num::BigInt a = num::abs(to_bigint(v));
  int64_t n = static_cast<int64_t>(a.bit_length());
  // Keep 55 bits (53 + 2), the rest as a sticky bit, then round half-even to 53.
  uint64_t x;
  if (n <= 55) {
    x = static_cast<uint64_t>(num::lshift(a, 55 - n).to_int64());
  } else {
    num::BigInt top = num::rshift(a, n - 55);
    x = static_cast<uint64_t>(top.to_int64());
    if (num::lshift(top, n - 55) != a) x |= 1;
  }
  static const int kHalfEvenCorrection[8] = {0, -1, -2, 1, 0, -1, 2, 1};
  x = static_cast<uint64_t>(static_cast<int64_t>(x) + kHalfEvenCorrection[x & 7]);
  double dx = std::ldexp(static_cast<double>(x), -55);
  e = n;
  if (dx == 1.0) {
    dx = 0.5;
    e += 1;
  }
  return to_bigint(v).is_negative() ? -dx : dx;
}

}  // namespace math_detail

namespace {

using math_detail::as_double;

[[noreturn]] void domain_error() {
  raise_value_error("math domain error");
}
[[noreturn]] void range_error() {
  raise_overflow("math range error");
}

// One argument, CPython's METH_O message: "math.sqrt() takes exactly one argument (0 given)".
const Value& one_arg(const char* qualname, CallArgs args) {
  ArgParser(qualname, args).no_keywords().positional(1, 1);
  return args.positional[0];
}

// Two positional arguments: "math.atan2() takes no keyword arguments", "atan2 expected 2 arguments, got 1".
void two_args(const char* qualname, CallArgs args) {
  if (!args.kw_names.empty()) raise_type_error(fmt::format("{}() takes no keyword arguments", qualname));
  check_positional(qualname + 5, args.positional.size(), 2, 2);
}

// math_1: libm's result with CPython's error checks.
Value math_1(double x, double (*fn)(double), bool can_overflow) {
  double r = fn(x);
  if (std::isnan(r) && !std::isnan(x)) domain_error();
  if (std::isinf(r) && std::isfinite(x)) {
    if (can_overflow) range_error();
    domain_error();
  }
  return Value::floating(r);
}

// math_2: two-argument functions (atan2, copysign, remainder, fmod-like).
Value math_2(double x, double y, double r) {
  if (std::isnan(r) && !std::isnan(x) && !std::isnan(y)) domain_error();
  if (std::isinf(r) && std::isfinite(x) && std::isfinite(y)) range_error();
  return Value::floating(r);
}

#define PYWALK_MATH_1(NAME, FN, OVERFLOW)                                 \
  Value math_##NAME(const Value&, CallArgs args) {                        \
    return math_1(as_double(one_arg("math." #NAME, args)), FN, OVERFLOW); \
  }

double m_log1p(double x) {
  return x == 0.0 ? x : std::log1p(x);
}

PYWALK_MATH_1(acos, ::acos, false)
PYWALK_MATH_1(acosh, ::acosh, false)
PYWALK_MATH_1(asin, ::asin, false)
PYWALK_MATH_1(asinh, ::asinh, false)
PYWALK_MATH_1(atan, ::atan, false)
PYWALK_MATH_1(atanh, ::atanh, false)
PYWALK_MATH_1(cbrt, ::cbrt, false)
PYWALK_MATH_1(cos, ::cos, false)
PYWALK_MATH_1(cosh, ::cosh, true)
PYWALK_MATH_1(exp, ::exp, true)
PYWALK_MATH_1(exp2, ::exp2, true)
PYWALK_MATH_1(expm1, ::expm1, true)
PYWALK_MATH_1(fabs, ::fabs, false)
PYWALK_MATH_1(log1p, m_log1p, false)
PYWALK_MATH_1(sin, ::sin, false)
PYWALK_MATH_1(sinh, ::sinh, true)
PYWALK_MATH_1(sqrt, ::sqrt, false)
PYWALK_MATH_1(tan, ::tan, false)
PYWALK_MATH_1(tanh, ::tanh, false)

#undef PYWALK_MATH_1

// erf/erfc never fail (math_1a).
Value math_erf(const Value&, CallArgs args) {
  return Value::floating(std::erf(as_double(one_arg("math.erf", args))));
}
Value math_erfc(const Value&, CallArgs args) {
  return Value::floating(std::erfc(as_double(one_arg("math.erfc", args))));
}

// ------------------------------------------------------------------- logs

double m_log(double x) {
  if (std::isfinite(x)) {
    if (x > 0.0) return std::log(x);
    return x == 0.0 ? -HUGE_VAL : NAN;
  }
  if (std::isnan(x) || x > 0.0) return x;
  return NAN;
}

double m_log2(double x) {
  if (!std::isfinite(x)) {
    if (std::isnan(x) || x > 0.0) return x;
    return NAN;
  }
  if (x > 0.0) return std::log2(x);
  return x == 0.0 ? -HUGE_VAL : NAN;
}

double m_log10(double x) {
  if (std::isfinite(x)) {
    if (x > 0.0) return std::log10(x);
    return x == 0.0 ? -HUGE_VAL : NAN;
  }
  if (std::isnan(x) || x > 0.0) return x;
  return NAN;
}

// loghelper: ints (any size) are handled exactly; anything else through math_1.
double loghelper(const Value& arg, double (*fn)(double)) {
  if (is_int(arg)) {
    bool positive = is_big_int(arg) ? !to_bigint(arg).is_negative() : arg.as_int() > 0;
    if (!positive) domain_error();
    if (!is_big_int(arg) || to_bigint(arg).bit_length() <= 1000) return fn(to_double(arg));
    try {
      return fn(to_double(arg));
    } catch (PyException& e) {
      if (!type_of(e.exc)->is_subtype_of(exc::OverflowError)) throw;
    }
    int64_t ex;
    double x = math_detail::int_frexp(arg, ex);
    return fn(x) + fn(2.0) * static_cast<double>(ex);
  }
  return math_1(as_double(arg), fn, false).as_float();
}

Value math_log(const Value&, CallArgs args) {
  if (!args.kw_names.empty()) raise_type_error("log() takes no keyword arguments");
  size_t n = args.positional.size();
  if (n < 1 || n > 2) raise_type_error("math.log requires 1 to 2 arguments");
  double num = loghelper(args.positional[0], m_log);
  if (n == 1) return Value::floating(num);
  double den = loghelper(args.positional[1], m_log);
  if (den == 0.0) raise_zero_division("float division by zero");
  return Value::floating(num / den);
}

Value math_log2(const Value&, CallArgs args) {
  return Value::floating(loghelper(one_arg("math.log2", args), m_log2));
}
Value math_log10(const Value&, CallArgs args) {
  return Value::floating(loghelper(one_arg("math.log10", args), m_log10));
}

// --------------------------------------------------------- two arguments

Value math_atan2(const Value&, CallArgs args) {
  two_args("math.atan2", args);
  double y = as_double(args.positional[0]), x = as_double(args.positional[1]);
  return math_2(y, x, std::atan2(y, x));
}

Value math_copysign(const Value&, CallArgs args) {
  two_args("math.copysign", args);
  double x = as_double(args.positional[0]), y = as_double(args.positional[1]);
  return math_2(x, y, std::copysign(x, y));
}

Value math_fmod(const Value&, CallArgs args) {
  two_args("math.fmod", args);
  double x = as_double(args.positional[0]), y = as_double(args.positional[1]);
  if (std::isinf(y) && std::isfinite(x)) return Value::floating(x);
  double r = std::fmod(x, y);
  if (std::isnan(r) && !std::isnan(x) && !std::isnan(y)) domain_error();
  return Value::floating(r);
}

Value math_remainder(const Value&, CallArgs args) {
  two_args("math.remainder", args);
  double x = as_double(args.positional[0]), y = as_double(args.positional[1]);
  double r;
  if (std::isfinite(x) && std::isfinite(y))
    r = y == 0.0 ? NAN : std::remainder(x, y);
  else if (std::isnan(x))
    r = x;
  else if (std::isnan(y))
    r = y;
  else if (std::isinf(x))
    r = NAN;
  else
    r = x;
  return math_2(x, y, r);
}

Value math_pow(const Value&, CallArgs args) {
  two_args("math.pow", args);
  double x = as_double(args.positional[0]), y = as_double(args.positional[1]);
  double r = 0.0;
  int err = 0;
  if (!std::isfinite(x) || !std::isfinite(y)) {
    if (std::isnan(x)) {
      r = y == 0.0 ? 1.0 : x;
    } else if (std::isnan(y)) {
      r = x == 1.0 ? 1.0 : y;
    } else if (std::isinf(x)) {
      bool odd_y = std::isfinite(y) && std::fmod(std::fabs(y), 2.0) == 1.0;
      if (y > 0.0)
        r = odd_y ? x : std::fabs(x);
      else if (y == 0.0)
        r = 1.0;
      else
        r = odd_y ? std::copysign(0.0, x) : 0.0;
    } else {
      if (std::fabs(x) == 1.0)
        r = 1.0;
      else if (y > 0.0 && std::fabs(x) > 1.0)
        r = y;
      else if (y < 0.0 && std::fabs(x) < 1.0)
        r = -y;
      else
        r = 0.0;
    }
  } else {
    r = std::pow(x, y);
    if (std::isnan(r))
      err = EDOM;
    else if (std::isinf(r))
      err = x == 0.0 ? EDOM : ERANGE;
  }
  if (err == EDOM) domain_error();
  if (err == ERANGE && std::fabs(r) >= 1.5) range_error();
  return Value::floating(r);
}

Value math_nextafter(const Value&, CallArgs args) {
  two_args("math.nextafter", args);
  return Value::floating(std::nextafter(as_double(args.positional[0]), as_double(args.positional[1])));
}

Value math_ulp(const Value&, CallArgs args) {
  double x = as_double(one_arg("math.ulp", args));
  if (std::isnan(x)) return Value::floating(x);
  x = std::fabs(x);
  if (std::isinf(x)) return Value::floating(x);
  double x2 = std::nextafter(x, HUGE_VAL);
  if (std::isinf(x2)) return Value::floating(x - std::nextafter(x, -HUGE_VAL));
  return Value::floating(x2 - x);
}

// ------------------------------------------------------------ the others

Value math_degrees(const Value&, CallArgs args) {
  return Value::floating(as_double(one_arg("math.degrees", args)) * (180.0 / M_PI));
}

Value math_radians(const Value&, CallArgs args) {
  return Value::floating(as_double(one_arg("math.radians", args)) * (M_PI / 180.0));
}

Value math_isfinite(const Value&, CallArgs args) {
  return Value::boolean(std::isfinite(as_double(one_arg("math.isfinite", args))));
}
Value math_isinf(const Value&, CallArgs args) {
  return Value::boolean(std::isinf(as_double(one_arg("math.isinf", args))));
}
Value math_isnan(const Value&, CallArgs args) {
  return Value::boolean(std::isnan(as_double(one_arg("math.isnan", args))));
}

Value math_isclose(const Value&, CallArgs args) {
  static constexpr std::array<const char*, 4> kNames = {"a", "b", "rel_tol", "abs_tol"};
  Value a[4];
  unpack_args("isclose", args, kNames, 0, 2, 2, a);
  double x = as_double(a[0]), y = as_double(a[1]);
  double rel_tol = a[2].is_unbound() ? 1e-09 : as_double(a[2]);
  double abs_tol = a[3].is_unbound() ? 0.0 : as_double(a[3]);
  if (rel_tol < 0.0 || abs_tol < 0.0) raise_value_error("tolerances must be non-negative");
  if (x == y) return Value::boolean(true);
  if (std::isinf(x) || std::isinf(y)) return Value::boolean(false);
  double diff = std::fabs(y - x);
  return Value::boolean(diff <= std::fabs(rel_tol * y) || diff <= std::fabs(rel_tol * x) || diff <= abs_tol);
}

Value math_modf(const Value&, CallArgs args) {
  double x = as_double(one_arg("math.modf", args));
  if (std::isinf(x)) return make_tuple({Value::floating(std::copysign(0.0, x)), Value::floating(x)});
  double ip;
  double frac = std::modf(x, &ip);
  return make_tuple({Value::floating(frac), Value::floating(ip)});
}

Value math_frexp(const Value&, CallArgs args) {
  double x = as_double(one_arg("math.frexp", args));
  int e = 0;
  double m = x;
  if (!std::isnan(x) && !std::isinf(x) && x != 0.0) m = std::frexp(x, &e);
  return make_tuple({Value::floating(m), Value::integer(e)});
}

Value math_ldexp(const Value&, CallArgs args) {
  two_args("math.ldexp", args);
  double x = as_double(args.positional[0]);
  const Value& i = args.positional[1];
  if (!is_int(i)) raise_type_error("Expected an int as second argument to ldexp.");
  int64_t exp;
  if (is_big_int(i))
    exp = to_bigint(i).is_negative() ? INT64_MIN : INT64_MAX;
  else
    exp = i.as_int();
  if (x == 0.0 || !std::isfinite(x)) return Value::floating(x);
  if (exp > INT32_MAX) range_error();
  if (exp < INT32_MIN) return Value::floating(std::copysign(0.0, x));
  double r = std::ldexp(x, static_cast<int>(exp));
  if (std::isinf(r)) range_error();
  return Value::floating(r);
}

}  // namespace

void init_math_module(ModuleObject* m) {
  using modules::def;
  modules::set_attr(m, "pi", Value::floating(M_PI));
  modules::set_attr(m, "e", Value::floating(M_E));
  modules::set_attr(m, "tau", Value::floating(2 * M_PI));
  modules::set_attr(m, "inf", Value::floating(HUGE_VAL));
  modules::set_attr(m, "nan", Value::floating(NAN));
  def(m, "acos", &math_acos);
  def(m, "acosh", &math_acosh);
  def(m, "asin", &math_asin);
  def(m, "asinh", &math_asinh);
  def(m, "atan", &math_atan);
  def(m, "atan2", &math_atan2);
  def(m, "atanh", &math_atanh);
  def(m, "cbrt", &math_cbrt);
  def(m, "copysign", &math_copysign);
  def(m, "cos", &math_cos);
  def(m, "cosh", &math_cosh);
  def(m, "degrees", &math_degrees);
  def(m, "erf", &math_erf);
  def(m, "erfc", &math_erfc);
  def(m, "exp", &math_exp);
  def(m, "exp2", &math_exp2);
  def(m, "expm1", &math_expm1);
  def(m, "fabs", &math_fabs);
  def(m, "fmod", &math_fmod);
  def(m, "frexp", &math_frexp);
  def(m, "isclose", &math_isclose);
  def(m, "isfinite", &math_isfinite);
  def(m, "isinf", &math_isinf);
  def(m, "isnan", &math_isnan);
  def(m, "ldexp", &math_ldexp);
  def(m, "log", &math_log);
  def(m, "log10", &math_log10);
  def(m, "log1p", &math_log1p);
  def(m, "log2", &math_log2);
  def(m, "modf", &math_modf);
  def(m, "nextafter", &math_nextafter);
  def(m, "pow", &math_pow);
  def(m, "radians", &math_radians);
  def(m, "remainder", &math_remainder);
  def(m, "sin", &math_sin);
  def(m, "sinh", &math_sinh);
  def(m, "sqrt", &math_sqrt);
  def(m, "tan", &math_tan);
  def(m, "tanh", &math_tanh);
  def(m, "ulp", &math_ulp);
  init_math_int(m);
  init_math_sum(m);
}

}  // namespace pywalk
