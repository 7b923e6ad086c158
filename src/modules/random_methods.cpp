// The `random` module, part 2: random.Random's integer and sequence
// methods, Lib/random.py's algorithms step by step (randrange's checks,
// shuffle's Fisher-Yates from the end, sample's pool/set choice, choices'
// floor(random() * n) and bisect), so that the same seed draws the same
// values as CPython 3.11. Messages are those of the Python methods
// ("Random.randint() missing 1 required positional argument: 'b'").
#include <fmt/format.h>

#include <array>
#include <cmath>

#include "pywalk/errors.h"
#include "pywalk/modules/native.h"
#include "pywalk/modules/random.h"
#include "pywalk/objects/int.h"
#include "pywalk/objects/list.h"
#include "pywalk/objects/set.h"
#include "pywalk/objects/str.h"
#include "pywalk/ops.h"

namespace pywalk::random_detail {

namespace {

RandomObject* rng(const Value& self) {
  return self.as<RandomObject>();
}

Value random_random(const Value& self, CallArgs args) {
  ArgParser("Random.random", args).no_keywords().positional(0, 0);
  return Value::floating(rng(self)->random());
}

Value random_seed(const Value& self, CallArgs args) {
  static constexpr std::array<const char*, 2> kNames = {"a", "version"};
  Value a[2];
  modules::bind_py_args("Random.seed", args, kNames, 0, a, 1);
  int64_t version = 2;
  if (!a[1].is_unbound() && is_int(a[1]) && !is_big_int(a[1])) version = a[1].as_int();
  rng(self)->seed(a[0], version);
  return Value::none();
}

Value random_getrandbits(const Value& self, CallArgs args) {
  ArgParser("Random.getrandbits", args).no_keywords().positional(1, 1);
  int64_t k = index_int64(args.positional[0], "Python int too large to convert to C int");
  if (k > INT32_MAX) raise_overflow("Python int too large to convert to C int");
  if (k < 0) raise_value_error("number of bits must be non-negative");
  return rng(self)->getrandbits(static_cast<uint64_t>(k));
}

// _index(x), else int(x) with randrange's checks for non-integral floats.
Value range_arg(const Value& v, const char* which) {
  if (is_int(v)) return v.is_bool() ? Value::integer(v.as_int()) : v;
  Value argv[1] = {v};
  Value i = int_new(CallArgs{std::span<const Value>(argv, 1), {}, {}});
  if (!eq(i, v)) raise_value_error(fmt::format("non-integer {} for randrange()", which));
  return i;
}

bool positive(const Value& v) {
  return v.is_int() ? v.as_int() > 0 : to_bigint(v).sign() > 0;
}

Value add(const Value& a, const Value& b) {
  return binary_op(BinOpKind::Add, a, b);
}
Value mul(const Value& a, const Value& b) {
  return binary_op(BinOpKind::Mult, a, b);
}

Value randrange_impl(RandomObject* r, const Value& start, const Value& stop, const Value& step) {
  Value istart = range_arg(start, "arg 1");
  if (stop.is_unbound() || stop.is_none()) {
    if (!step.is_unbound()) raise_type_error("Missing a non-None stop argument");
    if (positive(istart)) return r->randbelow(istart);
    raise_value_error("empty range for randrange()");
  }
  Value istop = range_arg(stop, "stop");
  Value width = binary_op(BinOpKind::Sub, istop, istart);
  Value istep = step.is_unbound() ? Value::integer(1) : range_arg(step, "step");
  if (istep.is_int() && istep.as_int() == 1) {
    if (positive(width)) return add(istart, r->randbelow(width));
    raise_value_error(fmt::format("empty range for randrange() ({}, {}, {})", repr(istart), repr(istop), repr(width)));
  }
  Value n;
  if (positive(istep)) {
    n = binary_op(BinOpKind::FloorDiv, binary_op(BinOpKind::Sub, add(width, istep), Value::integer(1)), istep);
  } else if (istep.is_int() && istep.as_int() == 0) {
    raise_value_error("zero step for randrange()");
  } else {
    n = binary_op(BinOpKind::FloorDiv, add(add(width, istep), Value::integer(1)), istep);
  }
  if (!positive(n)) raise_value_error("empty range for randrange()");
  return add(istart, mul(istep, r->randbelow(n)));
}

Value random_randrange(const Value& self, CallArgs args) {
  static constexpr std::array<const char*, 3> kNames = {"start", "stop", "step"};
  Value a[3];
  modules::bind_py_args("Random.randrange", args, kNames, 1, a, 1);
  return randrange_impl(rng(self), a[0], a[1], a[2]);
}

Value random_randint(const Value& self, CallArgs args) {
  static constexpr std::array<const char*, 2> kNames = {"a", "b"};
  Value a[2];
  modules::bind_py_args("Random.randint", args, kNames, 2, a, 1);
  return randrange_impl(rng(self), a[0], add(a[1], Value::integer(1)), Value());
}

Value random_choice(const Value& self, CallArgs args) {
  static constexpr std::array<const char*, 1> kNames = {"seq"};
  Value a[1];
  modules::bind_py_args("Random.choice", args, kNames, 1, a, 1);
  int64_t n = len(a[0]);
  if (n == 0) throw PyException{make_exception(exc::IndexError, "Cannot choose from an empty sequence")};
  return getitem(a[0], Value::integer(rng(self)->randbelow(n)));
}

Value random_shuffle(const Value& self, CallArgs args) {
  static constexpr std::array<const char*, 1> kNames = {"x"};
  Value a[1];
  modules::bind_py_args("Random.shuffle", args, kNames, 1, a, 1);
  const Value& x = a[0];
  RandomObject* r = rng(self);
  for (int64_t i = len(x) - 1; i >= 1; --i) {
    int64_t j = r->randbelow(i + 1);
    if (is_list(x) && i < static_cast<int64_t>(x.as<ListObject>()->items.size()) &&
        j < static_cast<int64_t>(x.as<ListObject>()->items.size())) {
      std::swap(x.as<ListObject>()->items[i], x.as<ListObject>()->items[j]);
      continue;
    }
    Value vi = Value::integer(i), vj = Value::integer(j);
    Value xj = getitem(x, vj), xi = getitem(x, vi);
    setitem(x, vi, xj);
    setitem(x, vj, xi);
  }
  return Value::none();
}

bool is_sequence(const Value& v) {
  if (!v.is_obj()) return false;
  switch (v.obj()->type->id) {
    case TypeId::List:
    case TypeId::Tuple:
    case TypeId::Str:
    case TypeId::Range:
    case TypeId::Bytes:
      return true;
    default:
      return false;
  }
}

// bisect.bisect_right(a, x, lo, hi)
int64_t bisect_right(const std::vector<Value>& a, const Value& x, int64_t lo, int64_t hi) {
  while (lo < hi) {
    int64_t mid = (lo + hi) / 2;
    if (less_than(x, a[mid]))
      hi = mid;
    else
      lo = mid + 1;
  }
  return lo;
}

std::vector<Value> accumulate(const Value& iterable) {
  std::vector<Value> out;
  for_each(iterable, [&](const Value& x) { out.push_back(out.empty() ? x : add(out.back(), x)); });
  return out;
}

Value sample_impl(RandomObject* r, const Value& population, const Value& kv, const Value& counts);

Value random_sample(const Value& self, CallArgs args) {
  static constexpr std::array<const char*, 3> kNames = {"population", "k", "counts"};
  if (args.positional.size() > 2)
    raise_type_error(
        fmt::format("Random.sample() takes 3 positional arguments but {} were given", args.positional.size() + 1));
  Value a[3];
  modules::bind_py_args("Random.sample", args, kNames, 2, a, 1);
  return sample_impl(rng(self), a[0], a[1], a[2]);
}

Value sample_impl(RandomObject* r, const Value& population, const Value& kv, const Value& counts) {
  if (!is_sequence(population)) raise_type_error("Population must be a sequence.  For dicts or sets, use sorted(d).");
  int64_t n = len(population);
  if (!counts.is_unbound() && !counts.is_none()) {
    std::vector<Value> cum = accumulate(counts);
    if (static_cast<int64_t>(cum.size()) != n) raise_value_error("The number of counts does not match the population");
    Value total = cum.back();
    cum.pop_back();
    if (!is_int(total)) raise_type_error("Counts must be integers");
    if (!positive(total)) raise_value_error("Total of counts must be greater than zero");
    Value rng_range = call1(Value(static_cast<Object*>(types::range)), total);
    Value selections = sample_impl(r, rng_range, kv, Value());
    std::vector<Value> out;
    for (const Value& s : selections.as<ListObject>()->items)
      out.push_back(getitem(population, Value::integer(bisect_right(cum, s, 0, static_cast<int64_t>(cum.size())))));
    return make_list(std::move(out));
  }
  if (!is_int(kv)) {
    // `0 <= k <= n` with a non-int k: the comparison's own error.
    compare(Value::integer(0), kv, CmpOpKind::LtE);
  }
  if (is_big_int(kv) || !(0 <= index_int64(kv) && index_int64(kv) <= n))
    raise_value_error("Sample larger than population or is negative");
  int64_t k = index_int64(kv);
  std::vector<Value> result(static_cast<size_t>(k), Value::none());
  int64_t setsize = 21;
  if (k > 5) setsize += static_cast<int64_t>(std::pow(4.0, std::ceil(std::log(k * 3.0) / std::log(4.0))));
  if (n <= setsize) {
    std::vector<Value> pool = to_vector(population);
    for (int64_t i = 0; i < k; ++i) {
      int64_t j = r->randbelow(n - i);
      result[i] = pool[j];
      pool[j] = pool[n - i - 1];
    }
  } else {
    Value selected = make_set();
    auto* sel = selected.as<SetObject>();
    for (int64_t i = 0; i < k; ++i) {
      int64_t j = r->randbelow(n);
      while (sel->contains(Value::integer(j))) j = r->randbelow(n);
      sel->add(Value::integer(j));
      result[i] = getitem(population, Value::integer(j));
    }
  }
  return make_list(std::move(result));
}

Value random_choices(const Value& self, CallArgs args) {
  static constexpr std::array<const char*, 4> kNames = {"population", "weights", "cum_weights", "k"};
  if (args.positional.size() > 2)
    raise_type_error(fmt::format("Random.choices() takes from 2 to 3 positional arguments but {} were given",
                                 args.positional.size() + 1));
  Value a[4];
  modules::bind_py_args("Random.choices", args, kNames, 1, a, 1);
  RandomObject* r = rng(self);
  const Value& population = a[0];
  Value weights = a[1].is_unbound() ? Value::none() : a[1];
  Value cum_weights = a[2].is_unbound() ? Value::none() : a[2];
  Value kv = a[3].is_unbound() ? Value::integer(1) : a[3];
  int64_t n = len(population);
  std::vector<Value> cum;
  if (cum_weights.is_none()) {
    if (weights.is_none()) {
      double nf = static_cast<double>(n);
      std::vector<Value> out;
      int64_t k = index_int64(kv);
      for (int64_t i = 0; i < k; ++i)
        out.push_back(getitem(population, Value::integer(static_cast<int64_t>(std::floor(r->random() * nf)))));
      return make_list(std::move(out));
    }
    try {
      cum = accumulate(weights);
    } catch (PyException& e) {
      if (!type_of(e.exc)->is_subtype_of(exc::TypeError) || !is_int(weights)) throw;
      raise_type_error(fmt::format("The number of choices must be a keyword argument: k={}", repr(weights)));
    }
  } else if (!weights.is_none()) {
    raise_type_error("Cannot specify both weights and cumulative weights");
  } else {
    cum = to_vector(cum_weights);
  }
  if (static_cast<int64_t>(cum.size()) != n) raise_value_error("The number of weights does not match the population");
  if (cum.empty()) raise_index_error("list index out of range");
  Value total = add(cum.back(), Value::floating(0.0));
  if (!compare_bool(total, Value::floating(0.0), CmpOpKind::Gt))
    raise_value_error("Total of weights must be greater than zero");
  if (!total.is_float() || !std::isfinite(total.as_float())) raise_value_error("Total of weights must be finite");
  int64_t hi = n - 1;
  std::vector<Value> out;
  int64_t k = index_int64(kv);
  for (int64_t i = 0; i < k; ++i) {
    Value x = Value::floating(r->random() * total.as_float());
    out.push_back(getitem(population, Value::integer(bisect_right(cum, x, 0, hi))));
  }
  return make_list(std::move(out));
}

Value random_getstate(const Value& self, CallArgs args) {
  ArgParser("Random.getstate", args).no_keywords().positional(0, 0);
  RandomObject* r = rng(self);
  std::vector<Value> st;
  for (uint32_t w : r->mt) st.push_back(Value::integer(w));
  st.push_back(Value::integer(r->index));
  return make_tuple({Value::integer(3), make_tuple(std::move(st)), r->gauss_next});
}

Value random_setstate(const Value& self, CallArgs args) {
  static constexpr std::array<const char*, 1> kNames = {"state"};
  Value a[1];
  modules::bind_py_args("Random.setstate", args, kNames, 1, a, 1);
  RandomObject* r = rng(self);
  Value version = getitem(a[0], Value::integer(0));
  if (!eq(version, Value::integer(3)))
    raise_value_error(fmt::format("state with version {} passed to Random.setstate() of version 3", str(version)));
  std::vector<Value> parts = to_vector(a[0]);
  if (parts.size() != 3)
    raise_value_error(fmt::format("{} values to unpack (expected 3{})", parts.size() > 3 ? "too many" : "not enough",
                                  parts.size() > 3 ? "" : fmt::format(", got {}", parts.size())));
  const Value& internal = parts[1];
  if (!is_tuple(internal)) raise_type_error("state vector must be a tuple");
  const auto& items = internal.as<TupleObject>()->items;
  if (items.size() != 625) raise_value_error("state vector is the wrong size");
  std::array<uint32_t, 624> fresh;
  for (size_t i = 0; i < 624; ++i) fresh[i] = static_cast<uint32_t>(index_int64(items[i]));
  int64_t index = index_int64(items[624]);
  if (index < 0 || index > 624) raise_value_error("invalid state");
  r->mt = fresh;
  r->index = static_cast<int>(index);
  r->gauss_next = parts[2];
  return Value::none();
}

}  // namespace

void add_random_methods(TypeObject* t) {
  add_method(t, "random", &random_random);
  add_method(t, "seed", &random_seed);
  add_method(t, "getrandbits", &random_getrandbits);
  add_method(t, "randrange", &random_randrange);
  add_method(t, "randint", &random_randint);
  add_method(t, "choice", &random_choice);
  add_method(t, "shuffle", &random_shuffle);
  add_method(t, "sample", &random_sample);
  add_method(t, "choices", &random_choices);
  add_method(t, "getstate", &random_getstate);
  add_method(t, "setstate", &random_setstate);
}

}  // namespace pywalk::random_detail
