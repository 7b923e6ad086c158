// The `math` module, part 2: the integer functions (factorial, gcd, lcm,
// isqrt, comb, perm) computed exactly with GMP, and floor/ceil/trunc, which
// return ints of any size.
#include <fmt/format.h>

#include <cmath>

#include "pywalk/builtins.h"
#include "pywalk/errors.h"
#include "pywalk/modules/math.h"
#include "pywalk/modules/native.h"
#include "pywalk/objects/int.h"
#include "pywalk/objects/module.h"
#include "pywalk/objects/str.h"
#include "pywalk/ops.h"

namespace pywalk {

namespace {

const Value& one_arg(const char* qualname, CallArgs args) {
  ArgParser(qualname, args).no_keywords().positional(1, 1);
  return args.positional[0];
}

// operator.index(v) as a BigInt: "'float' object cannot be interpreted as an integer".
num::BigInt index_big(const Value& v) {
  if (is_int(v)) return to_bigint(v);
  Value r = math_detail::call_special(v, "__index__");
  if (is_int(r)) return to_bigint(r);
  raise_type_error(fmt::format("'{}' object cannot be interpreted as an integer", type_name(v)));
}

Value from_double_int(double d) {
  try {
    return normalize(num::BigInt::from_double(d));
  } catch (const num::NumError& e) {
    raise_num_error(e);
  }
}

// Raises MemoryError for results of more than about 2**33 bits, as pywalk's ints do.
void check_result_bits(double bits) {
  if (bits > 8589934592.0) raise_memory_error();
}

Value math_floor(const Value&, CallArgs args) {
  const Value& x = one_arg("math.floor", args);
  if (x.is_float()) return from_double_int(std::floor(x.as_float()));
  if (x.is_bool()) return Value::integer(x.as_int());
  if (is_int(x)) return x;
  Value r = math_detail::call_special(x, "__floor__");
  if (!r.is_unbound()) return r;
  return from_double_int(std::floor(math_detail::as_double(x)));
}

Value math_ceil(const Value&, CallArgs args) {
  const Value& x = one_arg("math.ceil", args);
  if (x.is_float()) return from_double_int(std::ceil(x.as_float()));
  if (x.is_bool()) return Value::integer(x.as_int());
  if (is_int(x)) return x;
  Value r = math_detail::call_special(x, "__ceil__");
  if (!r.is_unbound()) return r;
  return from_double_int(std::ceil(math_detail::as_double(x)));
}

Value math_trunc(const Value&, CallArgs args) {
  const Value& x = one_arg("math.trunc", args);
  if (x.is_float()) return from_double_int(std::trunc(x.as_float()));
  if (x.is_bool()) return Value::integer(x.as_int());
  if (is_int(x)) return x;
  Value r = math_detail::call_special(x, "__trunc__");
  if (!r.is_unbound()) return r;
  raise_type_error(fmt::format("type {} doesn't define __trunc__ method", type_name(x)));
}

num::BigInt factorial_of(const num::BigInt& n) {
  if (!n.fits_int64()) raise_overflow("factorial() argument should not exceed 9223372036854775807");
  int64_t k = n.to_int64();
  if (k < 0) raise_value_error("factorial() not defined for negative values");
  if (k > 2) check_result_bits(static_cast<double>(k) * std::log2(static_cast<double>(k)));
  num::BigInt r;
  mpz_fac_ui(r.raw(), static_cast<unsigned long>(k));
  return r;
}

Value math_factorial(const Value&, CallArgs args) {
  const Value& x = one_arg("math.factorial", args);
  num::BigInt n = index_big(x);
  if (n.is_negative()) raise_value_error("factorial() not defined for negative values");
  return normalize(factorial_of(n));
}

Value math_gcd(const Value&, CallArgs args) {
  if (!args.kw_names.empty()) raise_type_error("math.gcd() takes no keyword arguments");
  if (args.positional.empty()) return Value::integer(0);
  num::BigInt r = num::abs(index_big(args.positional[0]));
  for (size_t i = 1; i < args.positional.size(); ++i) {
    num::BigInt x = index_big(args.positional[i]);
    if (r == num::BigInt(1)) continue;
    mpz_gcd(r.raw(), r.raw(), x.raw());
  }
  return normalize(std::move(r));
}

Value math_lcm(const Value&, CallArgs args) {
  if (!args.kw_names.empty()) raise_type_error("math.lcm() takes no keyword arguments");
  if (args.positional.empty()) return Value::integer(1);
  num::BigInt r = num::abs(index_big(args.positional[0]));
  for (size_t i = 1; i < args.positional.size(); ++i) {
    num::BigInt x = index_big(args.positional[i]);
    if (r.is_zero()) continue;
    mpz_lcm(r.raw(), r.raw(), x.raw());
  }
  return normalize(std::move(r));
}

Value math_isqrt(const Value&, CallArgs args) {
  num::BigInt n = index_big(one_arg("math.isqrt", args));
  if (n.is_negative()) raise_value_error("isqrt() argument must be nonnegative");
  mpz_sqrt(n.raw(), n.raw());
  return normalize(std::move(n));
}

// The product lo * (lo+1) * ... * hi (lo <= hi), by binary splitting.
num::BigInt range_product(const num::BigInt& lo, uint64_t count) {
  if (count == 0) return num::BigInt(1);
  if (count == 1) return lo;
  if (count <= 16) {
    num::BigInt r = lo;
    for (uint64_t i = 1; i < count; ++i) r = num::mul(r, num::add(lo, num::BigInt(static_cast<int64_t>(i))));
    return r;
  }
  uint64_t half = count / 2;
  return num::mul(range_product(lo, half),
                  range_product(num::add(lo, num::BigInt(static_cast<int64_t>(half))), count - half));
}

void two_int_args(const char* qualname, CallArgs args, size_t min) {
  if (!args.kw_names.empty()) raise_type_error(fmt::format("{}() takes no keyword arguments", qualname));
  check_positional(qualname + 5, args.positional.size(), min, 2);
}

Value math_comb(const Value&, CallArgs args) {
  two_int_args("math.comb", args, 2);
  num::BigInt n = index_big(args.positional[0]);
  num::BigInt k = index_big(args.positional[1]);
  if (n.is_negative()) raise_value_error("n must be a non-negative integer");
  if (k.is_negative()) raise_value_error("k must be a non-negative integer");
  if (k > n) return Value::integer(0);
  num::BigInt nk = num::sub(n, k);
  num::BigInt m = nk < k ? nk : k;
  if (!m.fits_int64()) raise_overflow("min(n - k, k) must not exceed 9223372036854775807");
  uint64_t mm = static_cast<uint64_t>(m.to_int64());
  if (mm > 1) {
    double nbits = static_cast<double>(n.bit_length());
    check_result_bits(static_cast<double>(mm) * nbits);
  }
  num::BigInt r;
  mpz_bin_ui(r.raw(), n.raw(), static_cast<unsigned long>(mm));
  return normalize(std::move(r));
}

Value math_perm(const Value&, CallArgs args) {
  two_int_args("math.perm", args, 1);
  num::BigInt n = index_big(args.positional[0]);
  if (args.positional.size() == 1 || args.positional[1].is_none()) {
    if (n.is_negative()) raise_value_error("factorial() not defined for negative values");
    return normalize(factorial_of(n));
  }
  num::BigInt k = index_big(args.positional[1]);
  if (n.is_negative()) raise_value_error("n must be a non-negative integer");
  if (k.is_negative()) raise_value_error("k must be a non-negative integer");
  if (k > n) return Value::integer(0);
  if (!k.fits_int64()) raise_overflow("k must not exceed 9223372036854775807");
  uint64_t kk = static_cast<uint64_t>(k.to_int64());
  if (kk > 1) check_result_bits(static_cast<double>(kk) * static_cast<double>(n.bit_length()));
  return normalize(range_product(num::add(num::sub(n, k), num::BigInt(1)), kk));
}

}  // namespace

void init_math_int(ModuleObject* m) {
  using modules::def;
  def(m, "ceil", &math_ceil);
  def(m, "comb", &math_comb);
  def(m, "factorial", &math_factorial);
  def(m, "floor", &math_floor);
  def(m, "gcd", &math_gcd);
  def(m, "isqrt", &math_isqrt);
  def(m, "lcm", &math_lcm);
  def(m, "perm", &math_perm);
  def(m, "trunc", &math_trunc);
}

}  // namespace pywalk
