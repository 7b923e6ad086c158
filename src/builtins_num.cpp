// Numeric builtins: abs, divmod, pow, round, hex, oct, bin, chr, ord.
#include <fmt/format.h>

#include <array>
#include <cmath>

#include "pywalk/builtins.h"
#include "pywalk/errors.h"
#include "pywalk/num/float_format.h"
#include "pywalk/objects/float.h"
#include "pywalk/objects/int.h"
#include "pywalk/objects/list.h"
#include "pywalk/objects/str.h"
#include "pywalk/ops.h"
#include "pywalk/objects/class.h"
#include "ops_heap.h"

namespace pywalk {

namespace {

Value one_arg(const char* name, CallArgs args) {
  ArgParser(name, args).no_keywords().positional(1, 1);
  return args.positional[0];
}

[[noreturn]] void not_an_integer(const Value& v) {
  raise_type_error(fmt::format("'{}' object cannot be interpreted as an integer", type_name(v)));
}

Value builtin_abs(const Value&, CallArgs args) {
  Value v = one_arg("abs", args);
  if (has_heap_type(v)) {
    Value f = lookup_user_special(v.obj()->type, names::abs);
    if (!f.is_unbound()) return call_special0(f, v);
    if (is_big_int(v)) v = index_value(v);
  }
  if (v.is_int() || v.is_bool()) {
    int64_t x = v.as_int();
    if (x == INT64_MIN) return normalize(num::neg(num::BigInt(x)));
    return Value::integer(x < 0 ? -x : x);
  }
  if (v.is_float()) return Value::floating(std::fabs(v.as_float()));
  if (is_big_int(v)) return normalize(num::abs(v.as<IntObject>()->value));
  raise_type_error(fmt::format("bad operand type for abs(): '{}'", type_name(v)));
}

Value builtin_divmod(const Value&, CallArgs args) {
  ArgParser("divmod", args).no_keywords();
  check_positional("divmod", args.positional.size(), 2, 2);
  const Value& a = args.positional[0];
  const Value& b = args.positional[1];
  if (has_heap_type(a) || has_heap_type(b)) {
    Value r = heap_binary_special(names::divmod, names::rdivmod, a, b);
    if (!r.is_unbound()) return r;
    if (is_int(a) && is_int(b)) {
      Value argv[2] = {index_value(a), index_value(b)};
      return builtin_divmod(Value(), CallArgs{std::span<const Value>(argv, 2), {}, {}});
    }
  }
  if (is_int(a) && is_int(b)) {
    if ((a.is_int() || a.is_bool()) && (b.is_int() || b.is_bool())) {
      int64_t x = a.as_int(), y = b.as_int();
      if (y != 0 && !(x == INT64_MIN && y == -1)) {
        int64_t q = x / y, r = x % y;
        if (r != 0 && ((r < 0) != (y < 0))) {
          r += y;
          --q;
        }
        return make_tuple({Value::integer(q), Value::integer(r)});
      }
    }
    try {
      auto [q, r] = num::divmod(to_bigint(a), to_bigint(b));
      return make_tuple({normalize(std::move(q)), normalize(std::move(r))});
    } catch (const num::NumError& e) {
      raise_num_error(e);
    }
  }
  if (is_number(a) && is_number(b)) {
    try {
      auto [q, r] = num::float_divmod(to_double(a), to_double(b));
      return make_tuple({Value::floating(q), Value::floating(r)});
    } catch (const num::NumError& e) {
      raise_num_error(e);
    }
  }
  raise_type_error(fmt::format("unsupported operand type(s) for divmod(): '{}' and '{}'", type_name(a), type_name(b)));
}

Value builtin_pow(const Value&, CallArgs args) {
  static constexpr std::array<const char*, 3> kParams = {"base", "exp", "mod"};
  Value p[3];
  unpack_args("pow", args, kParams, 0, 2, 3, p);
  const Value &base = p[0], &exp = p[1], &mod = p[2];
  if (mod.is_unbound() || mod.is_none()) return binary_op(BinOpKind::Pow, base, exp);
  // Three-argument pow calls the base's __pow__(exp, mod), never __rpow__ (CPython's slot_nb_power).
  if (has_heap_type(base)) {
    Value f = lookup_user_special(base.obj()->type, names::binop[static_cast<int>(BinOpKind::Pow)]);
    if (!f.is_unbound()) {
      Value argv[2] = {exp, mod};
      Value r = call_special(f, base, CallArgs{std::span<const Value>(argv, 2), {}, {}});
      if (!r.is(not_implemented_value())) return r;
    }
  }
  if (is_number(base) && is_number(exp) && is_number(mod)) {
    if (!is_int(base) || !is_int(exp) || !is_int(mod))
      raise_type_error("pow() 3rd argument not allowed unless all arguments are integers");
    try {
      return normalize(num::pow_mod(to_bigint(base), to_bigint(exp), to_bigint(mod)));
    } catch (const num::NumError& e) {
      raise_num_error(e);
    }
  }
  raise_type_error(fmt::format("unsupported operand type(s) for ** or pow(): '{}', '{}', '{}'", type_name(base),
                               type_name(exp), type_name(mod)));
}

// round(int, ndigits) for ndigits < 0: round half to even at 10**-ndigits.
Value round_int(const Value& x, const Value& ndigits) {
  num::BigInt n = num::neg(to_bigint(ndigits));  // > 0
  num::BigInt v = to_bigint(x);
  // |v| < 10**digits; when 10**n > 2 * |v| the result is 0.
  size_t digits = mpz_sizeinbase(num::abs(v).raw(), 10);
  if (n > num::BigInt(static_cast<int64_t>(digits) + 1)) return Value::integer(0);
  num::BigInt p = num::pow(num::BigInt(10), n);
  auto [q, r] = num::divmod(v, p);
  int c = num::lshift(r, int64_t(1)).compare(p);
  if (c > 0 || (c == 0 && mpz_odd_p(q.raw()))) q = num::add(q, num::BigInt(1));
  return normalize(num::mul(q, p));
}

Value builtin_round(const Value&, CallArgs args) {
  static constexpr std::array<const char*, 2> kParams = {"number", "ndigits"};
  Value p[2];
  unpack_args("round", args, kParams, 0, 1, 2, p);
  Value x = p[0];
  bool has_ndigits = !p[1].is_unbound() && !p[1].is_none();
  if (has_ndigits && has_heap_type(p[1])) p[1] = index_value(p[1]);
  if (has_heap_type(x)) {
    Value f = lookup_user_special(x.obj()->type, names::round);
    if (!f.is_unbound()) {
      if (p[1].is_unbound()) return call_special0(f, x);
      return call_special1(f, x, p[1]);
    }
    if (is_big_int(x)) x = index_value(x);
  }
  if (is_int(x)) {
    Value self = x.is_bool() ? Value::integer(x.as_int()) : x;
    if (!has_ndigits) return self;
    if (!is_int(p[1])) not_an_integer(p[1]);
    if (int_compare(p[1], Value::integer(0)) >= 0) return self;
    try {
      return round_int(self, p[1]);
    } catch (const num::NumError& e) {
      raise_num_error(e);
    }
  }
  if (x.is_float()) {
    double d = x.as_float();
    try {
      if (!has_ndigits) {
        double r = num::float_round_half_even(d);
        if (r > -9.2e18 && r < 9.2e18) return Value::integer(static_cast<int64_t>(r));
        return normalize(num::BigInt::from_double(r));
      }
      if (!is_int(p[1])) not_an_integer(p[1]);
      int64_t nd;
      if (is_big_int(p[1]))
        nd = p[1].as<IntObject>()->value.is_negative() ? INT64_MIN : INT64_MAX;
      else
        nd = p[1].as_int();
      return Value::floating(num::float_round(d, nd));
    } catch (const num::NumError& e) {
      raise_num_error(e);
    }
  }
  raise_type_error(fmt::format("type {} doesn't define __round__ method", type_name(x)));
}

// hex/oct/bin: "0x1f", "-0x1f".
Value int_with_prefix(const char* name, CallArgs args, int base, const char* prefix) {
  Value v = one_arg(name, args);
  if (has_heap_type(v)) v = index_value(v);
  if (!is_int(v)) not_an_integer(v);
  std::string digits;
  bool negative;
  if (v.is_int() || v.is_bool()) {
    int64_t x = v.as_int();
    negative = x < 0;
    uint64_t m = negative ? 0 - static_cast<uint64_t>(x) : static_cast<uint64_t>(x);
    digits = base == 16 ? fmt::format("{:x}", m) : base == 8 ? fmt::format("{:o}", m) : fmt::format("{:b}", m);
  } else {
    const num::BigInt& b = v.as<IntObject>()->value;
    negative = b.is_negative();
    digits = num::abs(b).to_string(base);
  }
  return make_str(fmt::format("{}{}{}", negative ? "-" : "", prefix, digits));
}

Value builtin_hex(const Value&, CallArgs args) {
  return int_with_prefix("hex", args, 16, "0x");
}
Value builtin_oct(const Value&, CallArgs args) {
  return int_with_prefix("oct", args, 8, "0o");
}
Value builtin_bin(const Value&, CallArgs args) {
  return int_with_prefix("bin", args, 2, "0b");
}

Value builtin_chr(const Value&, CallArgs args) {
  Value v = one_arg("chr", args);
  if (!is_int(v)) not_an_integer(v);
  if (is_big_int(v) || v.as_int() > INT32_MAX || v.as_int() < INT32_MIN)
    raise_overflow("Python int too large to convert to C int");
  int64_t c = v.as_int();
  if (c < 0 || c > 0x10FFFF) raise_value_error("chr() arg not in range(0x110000)");
  return str_from_codepoint(static_cast<char32_t>(c));
}

Value builtin_ord(const Value&, CallArgs args) {
  Value v = one_arg("ord", args);
  if (!is_str(v)) raise_type_error(fmt::format("ord() expected string of length 1, but {} found", type_name(v)));
  StrObject* s = as_str(v);
  if (s->length != 1)
    raise_type_error(fmt::format("ord() expected a character, but string of length {} found", s->length));
  return Value::integer(static_cast<int64_t>(s->at(0)));
}

}  // namespace

void register_builtins_num(DictObject* b) {
  add_builtin(b, "abs", &builtin_abs);
  add_builtin(b, "divmod", &builtin_divmod);
  add_builtin(b, "pow", &builtin_pow);
  add_builtin(b, "round", &builtin_round);
  add_builtin(b, "hex", &builtin_hex);
  add_builtin(b, "oct", &builtin_oct);
  add_builtin(b, "bin", &builtin_bin);
  add_builtin(b, "chr", &builtin_chr);
  add_builtin(b, "ord", &builtin_ord);
}

}  // namespace pywalk
