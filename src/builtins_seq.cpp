// Builtins over iterables: sorted, min, max, sum, any, all.
#include <fmt/format.h>

#include <array>

#include "pywalk/builtins.h"
#include "pywalk/errors.h"
#include "pywalk/objects/int.h"
#include "pywalk/objects/list.h"
#include "pywalk/objects/str.h"
#include "pywalk/ops.h"

namespace pywalk {

namespace {

// list.sort's `reverse` (an int converter: bools and ints only).
bool reverse_flag(const Value& v) {
  if (v.is_unbound()) return false;
  if (v.is_int() || v.is_bool()) return v.as_int() != 0;
  if (is_big_int(v)) raise_overflow("Python int too large to convert to C int");
  raise_type_error(fmt::format("'{}' object cannot be interpreted as an integer", type_name(v)));
}

Value builtin_sorted(const Value&, CallArgs args) {
  check_positional("sorted", args.positional.size(), 1, 1);
  Value result = make_list(to_vector(args.positional[0]));
  // Keywords are checked by list.sort in CPython, hence "sort()" in messages.
  static constexpr std::array<const char*, 2> kKeywords = {"key", "reverse"};
  Value kw[2];
  unpack_keywords("sort", args, kKeywords, kw);
  Value key = kw[0].is_unbound() ? Value::none() : kw[0];
  sort_values(result.as<ListObject>()->items, key, reverse_flag(kw[1]));
  return result;
}

Value min_max(CallArgs args, bool is_max) {
  const char* name = is_max ? "max" : "min";
  size_t npos = args.positional.size();
  if (npos == 0) raise_type_error(fmt::format("{} expected at least 1 argument, got 0", name));
  static constexpr std::array<const char*, 2> kKeywords = {"key", "default"};
  Value kw[2];
  unpack_keywords(name, args, kKeywords, kw);
  Value key = kw[0].is_none() ? Value() : kw[0];
  const Value& dflt = kw[1];
  if (npos > 1 && !dflt.is_unbound())
    raise_type_error(fmt::format("Cannot specify a default for {}() with multiple positional arguments", name));
  CmpOpKind op = is_max ? CmpOpKind::Gt : CmpOpKind::Lt;
  Value best, best_key;
  auto consider = [&](const Value& item) {
    Value k = key.is_unbound() ? item : call1(key, item);
    if (best_key.is_unbound() || compare_bool(k, best_key, op)) {
      best = item;
      best_key = std::move(k);
    }
  };
  if (npos == 1) {
    Value it = iter(args.positional[0]);
    for (;;) {
      Value item = next(it);
      if (item.is_unbound()) break;
      consider(item);
    }
  } else {
    for (const Value& item : args.positional) consider(item);
  }
  if (!best.is_unbound()) return best;
  if (!dflt.is_unbound()) return dflt;
  raise_value_error(fmt::format("{}() arg is an empty sequence", name));
}

Value builtin_min(const Value&, CallArgs args) {
  return min_max(args, false);
}
Value builtin_max(const Value&, CallArgs args) {
  return min_max(args, true);
}

Value builtin_sum(const Value&, CallArgs args) {
  static constexpr std::array<const char*, 2> kParams = {"iterable", "start"};
  Value p[2];
  unpack_args("sum", args, kParams, 1, 1, 2, p);
  Value result = p[1].is_unbound() ? Value::integer(0) : p[1];
  if (is_str(result)) raise_type_error("sum() can't sum strings [use ''.join(seq) instead]");
  Value it = iter(p[0]);
  for (;;) {
    Value item = next(it);
    if (item.is_unbound()) break;
    int64_t r;
    if (result.is_int() && item.is_int() && !__builtin_add_overflow(result.as_int(), item.as_int(), &r))
      result = Value::integer(r);
    else if (result.is_float() && item.is_float())
      result = Value::floating(result.as_float() + item.as_float());
    else
      result = binary_op(BinOpKind::Add, result, item);
  }
  return result;
}

Value any_all(const char* name, CallArgs args, bool want) {
  ArgParser(name, args).no_keywords().positional(1, 1);
  Value it = iter(args.positional[0]);
  for (;;) {
    Value item = next(it);
    if (item.is_unbound()) return Value::boolean(!want);
    if (truthy(item) == want) return Value::boolean(want);
  }
}

Value builtin_any(const Value&, CallArgs args) {
  return any_all("any", args, true);
}
Value builtin_all(const Value&, CallArgs args) {
  return any_all("all", args, false);
}

}  // namespace

void register_builtins_seq(DictObject* b) {
  add_builtin(b, "sorted", &builtin_sorted);
  add_builtin(b, "min", &builtin_min);
  add_builtin(b, "max", &builtin_max);
  add_builtin(b, "sum", &builtin_sum);
  add_builtin(b, "any", &builtin_any);
  add_builtin(b, "all", &builtin_all);
}

}  // namespace pywalk
