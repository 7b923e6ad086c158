// int: arithmetic, comparison, conversion to text, the int() constructor
// and the int methods.
//
// Every operation first tries the inline int64 path (no allocation), and
// falls back to num::BigInt on overflow or when an operand is already an
// IntObject; normalize() turns results that fit back into inline Values.
#include "pywalk/objects/int.h"

#include <fmt/format.h>

#include <array>
#include <cmath>

#include "pywalk/builtins.h"
#include "pywalk/errors.h"
#include "pywalk/objects/builtin.h"
#include "pywalk/objects/float.h"
#include "pywalk/objects/list.h"
#include "pywalk/objects/str.h"
#include "pywalk/ops.h"

namespace pywalk {

IntObject::IntObject(num::BigInt v) : Object(types::int_), value(std::move(v)) {}

Value normalize(num::BigInt v) {
  if (v.fits_int64()) return Value::integer(v.to_int64());
  return make<IntObject>(std::move(v)).value();
}

num::BigInt to_bigint(const Value& v) {
  if (v.is_int() || v.is_bool()) return num::BigInt(v.as_int());
  if (is_big_int(v)) return v.as<IntObject>()->value;
  raise_type_error(fmt::format("'{}' object cannot be interpreted as an integer", type_name(v)));
}

namespace {

// A borrowed view of an int-like value as a BigInt (no copy for IntObjects).
class BigView {
 public:
  explicit BigView(const Value& v) {
    if (is_big_int(v)) {
      p_ = &v.as<IntObject>()->value;
    } else {
      tmp_ = num::BigInt(v.as_int());
      p_ = &tmp_;
    }
  }
  const num::BigInt& operator*() const { return *p_; }

 private:
  num::BigInt tmp_;
  const num::BigInt* p_;
};

bool is_small(const Value& v) {
  return v.is_int() || v.is_bool();
}

// |v| < 2**53: exactly representable as a double.
bool fits_double(int64_t v) {
  return v > -(int64_t(1) << 53) && v < (int64_t(1) << 53);
}

Value big_binary(BinOpKind op, const Value& a, const Value& b) {
  BigView x(a), y(b);
  switch (op) {
    case BinOpKind::Add:
      return normalize(num::add(*x, *y));
    case BinOpKind::Sub:
      return normalize(num::sub(*x, *y));
    case BinOpKind::Mult:
      return normalize(num::mul(*x, *y));
    case BinOpKind::Div:
      return Value::floating(num::BigInt::true_divide(*x, *y));
    case BinOpKind::FloorDiv:
      return normalize(num::floordiv(*x, *y));
    case BinOpKind::Mod:
      return normalize(num::mod(*x, *y));
    case BinOpKind::Pow:
      if ((*y).is_negative()) return float_binary(op, to_double(a), to_double(b));
      return normalize(num::pow(*x, *y));
    case BinOpKind::LShift:
      return normalize(num::lshift(*x, *y));
    case BinOpKind::RShift:
      return normalize(num::rshift(*x, *y));
    case BinOpKind::BitOr:
      return normalize(num::bit_or(*x, *y));
    case BinOpKind::BitXor:
      return normalize(num::bit_xor(*x, *y));
    case BinOpKind::BitAnd:
      return normalize(num::bit_and(*x, *y));
    case BinOpKind::MatMult:
      break;
  }
  raise_type_error(
      fmt::format("unsupported operand type(s) for {}: '{}' and '{}'", binop_symbol(op), type_name(a), type_name(b)));
}

// x ** y for inline ints, y >= 0; Unbound on overflow.
Value small_pow(int64_t x, int64_t y) {
  int64_t result = 1;
  for (;;) {
    if (y & 1) {
      if (__builtin_mul_overflow(result, x, &result)) return Value();
    }
    y >>= 1;
    if (y == 0) break;
    if (__builtin_mul_overflow(x, x, &x)) return Value();
  }
  return Value::integer(result);
}

Value small_binary(BinOpKind op, int64_t x, int64_t y) {
  int64_t r;
  switch (op) {
    case BinOpKind::Add:
      if (!__builtin_add_overflow(x, y, &r)) return Value::integer(r);
      return Value();
    case BinOpKind::Sub:
      if (!__builtin_sub_overflow(x, y, &r)) return Value::integer(r);
      return Value();
    case BinOpKind::Mult:
      if (!__builtin_mul_overflow(x, y, &r)) return Value::integer(r);
      return Value();
    case BinOpKind::Div:
      if (y == 0) raise_zero_division("division by zero");
      if (fits_double(x) && fits_double(y)) return Value::floating(static_cast<double>(x) / static_cast<double>(y));
      return Value();
    case BinOpKind::FloorDiv: {
      if (y == 0) raise_zero_division("integer division or modulo by zero");
      if (x == INT64_MIN && y == -1) return Value();
      int64_t q = x / y;
      if (x % y != 0 && ((x < 0) != (y < 0))) --q;
      return Value::integer(q);
    }
    case BinOpKind::Mod: {
      if (y == 0) raise_zero_division("integer modulo by zero");
      if (y == -1) return Value::integer(0);
      int64_t m = x % y;
      if (m != 0 && ((m < 0) != (y < 0))) m += y;
      return Value::integer(m);
    }
    case BinOpKind::Pow:
      if (y < 0) return float_binary(op, static_cast<double>(x), static_cast<double>(y));
      return small_pow(x, y);
    case BinOpKind::LShift:
      if (y < 0) raise_value_error("negative shift count");
      if (x == 0) return Value::integer(0);
      if (y < 63) {
        int64_t shifted = static_cast<int64_t>(static_cast<uint64_t>(x) << y);
        if ((shifted >> y) == x) return Value::integer(shifted);
      }
      return Value();
    case BinOpKind::RShift:
      if (y < 0) raise_value_error("negative shift count");
      if (y >= 64) return Value::integer(x < 0 ? -1 : 0);
      return Value::integer(x >> y);
    case BinOpKind::BitOr:
      return Value::integer(x | y);
    case BinOpKind::BitXor:
      return Value::integer(x ^ y);
    case BinOpKind::BitAnd:
      return Value::integer(x & y);
    case BinOpKind::MatMult:
      return Value();
  }
  return Value();
}

}  // namespace

Value int_binary(BinOpKind op, const Value& a, const Value& b) {
  if (is_small(a) && is_small(b)) {
    if (a.is_bool() && b.is_bool()) {
      // bool & | ^ bool stays a bool
      if (op == BinOpKind::BitAnd) return Value::boolean(a.as_bool() && b.as_bool());
      if (op == BinOpKind::BitOr) return Value::boolean(a.as_bool() || b.as_bool());
      if (op == BinOpKind::BitXor) return Value::boolean(a.as_bool() != b.as_bool());
    }
    Value r = small_binary(op, a.as_int(), b.as_int());
    if (!r.is_unbound()) return r;
  }
  try {
    return big_binary(op, a, b);
  } catch (const num::NumError& e) {
    raise_num_error(e);
  }
}

int int_compare(const Value& a, const Value& b) {
  if (is_small(a) && is_small(b)) {
    int64_t x = a.as_int(), y = b.as_int();
    return x < y ? -1 : (x > y ? 1 : 0);
  }
  BigView x(a), y(b);
  return (*x).compare(*y);
}

std::string int_to_string(const Value& v) {
  if (is_small(v)) return fmt::format("{}", v.as_int());
  try {
    return v.as<IntObject>()->value.to_string(10);
  } catch (const num::NumError& e) {
    raise_num_error(e);
  }
}

// ------------------------------------------------------------------ int()

namespace {

Value int_from_value(const Value& x) {
  if (is_small(x)) return Value::integer(x.as_int());
  if (is_big_int(x)) return x;
  if (x.is_float()) {
    double d = x.as_float();
    if (d > -9.2e18 && d < 9.2e18) return Value::integer(static_cast<int64_t>(d));
    try {
      return normalize(num::BigInt::from_double(d));
    } catch (const num::NumError& e) {
      raise_num_error(e);
    }
  }
  if (is_str(x)) {
    try {
      return normalize(num::BigInt::from_string(as_str(x)->view(), 10));
    } catch (const num::NumError& e) {
      raise_num_error(e);
    }
  }
  raise_type_error(
      fmt::format("int() argument must be a string, a bytes-like object or a real number, not '{}'", type_name(x)));
}

}  // namespace

Value int_new(CallArgs args) {
  static constexpr std::array<const char*, 2> kParams = {"x", "base"};
  Value p[2];
  unpack_args("int", args, kParams, 1, 0, 2, p);
  const Value& x = p[0];
  const Value& base_arg = p[1];
  if (base_arg.is_unbound()) {
    if (x.is_unbound()) return Value::integer(0);
    return int_from_value(x);
  }
  if (x.is_unbound()) raise_type_error("int() missing string argument");
  int64_t base;
  if (is_small(base_arg)) {
    base = base_arg.as_int();
  } else if (is_big_int(base_arg)) {
    base = -1;  // out of range either way
  } else {
    raise_type_error(fmt::format("'{}' object cannot be interpreted as an integer", type_name(base_arg)));
  }
  if (base != 0 && (base < 2 || base > 36)) raise_value_error("int() base must be >= 2 and <= 36, or 0");
  if (!is_str(x)) raise_type_error("int() can't convert non-string with explicit base");
  try {
    return normalize(num::BigInt::from_string(as_str(x)->view(), static_cast<int>(base)));
  } catch (const num::NumError& e) {
    raise_num_error(e);
  }
}

// ---------------------------------------------------------------- methods

namespace {

void no_args(const char* name, CallArgs args) {
  ArgParser(name, args).no_keywords().positional(0, 0);
}

Value int_bit_length(const Value& self, CallArgs args) {
  no_args("int.bit_length", args);
  if (is_small(self)) {
    int64_t v = self.as_int();
    uint64_t m = v < 0 ? 0 - static_cast<uint64_t>(v) : static_cast<uint64_t>(v);
    return Value::integer(m == 0 ? 0 : 64 - __builtin_clzll(m));
  }
  return Value::integer(static_cast<int64_t>(self.as<IntObject>()->value.bit_length()));
}

Value int_bit_count(const Value& self, CallArgs args) {
  no_args("int.bit_count", args);
  if (is_small(self)) {
    int64_t v = self.as_int();
    uint64_t m = v < 0 ? 0 - static_cast<uint64_t>(v) : static_cast<uint64_t>(v);
    return Value::integer(__builtin_popcountll(m));
  }
  num::BigInt a = num::abs(self.as<IntObject>()->value);
  return Value::integer(static_cast<int64_t>(mpz_popcount(a.raw())));
}

Value int_conjugate(const Value& self, CallArgs args) {
  no_args("int.conjugate", args);
  return is_small(self) ? Value::integer(self.as_int()) : self;
}

Value int_as_integer_ratio(const Value& self, CallArgs args) {
  no_args("int.as_integer_ratio", args);
  return make_tuple({is_small(self) ? Value::integer(self.as_int()) : self, Value::integer(1)});
}

}  // namespace

Value int_getattr(const Value& v, std::string_view name) {
  if (name == "real" || name == "numerator") return is_small(v) ? Value::integer(v.as_int()) : v;
  if (name == "imag") return Value::integer(0);
  if (name == "denominator") return Value::integer(1);
  return Value();
}

void init_int_type() {
  add_method(types::int_, "bit_length", &int_bit_length);
  add_method(types::int_, "bit_count", &int_bit_count);
  add_method(types::int_, "conjugate", &int_conjugate);
  add_method(types::int_, "as_integer_ratio", &int_as_integer_ratio);
}

}  // namespace pywalk
