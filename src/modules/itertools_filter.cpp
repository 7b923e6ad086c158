// The `itertools` module, part 2: dropwhile, takewhile, filterfalse,
// starmap, islice, pairwise and zip_longest, as itertoolsmodule.c (islice's
// index checks and messages included).
#include <fmt/format.h>

#include "pywalk/builtins.h"
#include "pywalk/errors.h"
#include "pywalk/modules/itertools.h"
#include "pywalk/modules/native.h"
#include "pywalk/objects/int.h"
#include "pywalk/objects/list.h"
#include "pywalk/objects/module.h"
#include "pywalk/objects/str.h"
#include "pywalk/ops.h"

namespace pywalk {

namespace {

using itertools_detail::iter_type;
using itertools_detail::no_keywords;
using itertools_detail::short_name;
using itertools_detail::SimpleIter;

// ------------------------------------------- dropwhile, takewhile, filterfalse

enum class PredKind { DropWhile, TakeWhile, FilterFalse };

// v: predicate, iterator
struct PredIter : SimpleIter {
  PredIter(TypeObject* t, PredKind k, Value pred, Value it) : SimpleIter(t, 2), kind(k) {
    v[0] = std::move(pred);
    v[1] = std::move(it);
  }
  PredKind kind;
  bool done = false;  // dropwhile: started yielding; takewhile: stopped
  Value next_item() override {
    switch (kind) {
      case PredKind::DropWhile:
        for (;;) {
          Value item = next(v[1]);
          if (item.is_unbound()) return Value();
          if (done) return item;
          if (!truthy(call1(v[0], item))) {
            done = true;
            return item;
          }
        }
      case PredKind::TakeWhile: {
        if (done) return Value();
        Value item = next(v[1]);
        if (item.is_unbound()) return Value();
        if (truthy(call1(v[0], item))) return item;
        done = true;
        return Value();
      }
      case PredKind::FilterFalse:
        for (;;) {
          Value item = next(v[1]);
          if (item.is_unbound()) return Value();
          bool ok = v[0].is_none() ? truthy(item) : truthy(call1(v[0], item));
          if (!ok) return item;
        }
    }
    return Value();
  }
};

Value pred_new(TypeObject* t, CallArgs args, PredKind kind) {
  const char* name = short_name(t);
  no_keywords(name, args);
  check_positional(name, args.positional.size(), 2, 2);
  Value it = iter(args.positional[1]);
  return modules::make_native_iterator(make<PredIter>(t, kind, args.positional[0], it));
}

Value dropwhile_new(TypeObject* t, CallArgs args) {
  return pred_new(t, args, PredKind::DropWhile);
}
Value takewhile_new(TypeObject* t, CallArgs args) {
  return pred_new(t, args, PredKind::TakeWhile);
}
Value filterfalse_new(TypeObject* t, CallArgs args) {
  return pred_new(t, args, PredKind::FilterFalse);
}

// ---------------------------------------------------------------- starmap

struct StarmapIter : SimpleIter {
  StarmapIter(TypeObject* t, Value f, Value it) : SimpleIter(t, 2) {
    v[0] = std::move(f);
    v[1] = std::move(it);
  }
  Value next_item() override {
    Value args = next(v[1]);
    if (args.is_unbound()) return Value();
    std::vector<Value> argv = is_tuple(args) ? args.as<TupleObject>()->items : to_vector(args);
    return call(v[0], modules::positional_args(argv));
  }
};

Value starmap_new(TypeObject* t, CallArgs args) {
  no_keywords("starmap", args);
  check_positional("starmap", args.positional.size(), 2, 2);
  Value it = iter(args.positional[1]);
  return modules::make_native_iterator(make<StarmapIter>(t, args.positional[0], it));
}

// ----------------------------------------------------------------- islice

struct IsliceIter : SimpleIter {
  IsliceIter(TypeObject* t, Value it, int64_t n, int64_t s, int64_t st)
      : SimpleIter(t, 1), next_index(n), stop(s), step(st) {
    v[0] = std::move(it);
  }
  int64_t next_index, stop, step;
  int64_t cnt = 0;
  Value next_item() override {
    if (v[0].is_unbound()) return Value();
    while (cnt < next_index) {
      Value item = next(v[0]);
      if (item.is_unbound()) return empty();
      ++cnt;
    }
    if (stop != -1 && cnt >= stop) return empty();
    Value item = next(v[0]);
    if (item.is_unbound()) return empty();
    ++cnt;
    int64_t old = next_index;
    next_index = static_cast<int64_t>(static_cast<uint64_t>(next_index) + static_cast<uint64_t>(step));
    if (next_index < old || (stop != -1 && next_index > stop)) next_index = stop;
    return item;
  }
  Value empty() {
    v[0] = Value();
    return Value();
  }
};

// PyNumber_AsSsize_t(v, OverflowError) with the error cleared: -1 on failure.
int64_t ssize_or_minus1(const Value& v) {
  try {
    if (is_big_int(v)) return -1;
    return index_int64(v);
  } catch (PyException&) {
    return -1;
  }
}

Value islice_new(TypeObject* t, CallArgs args) {
  no_keywords("islice", args);
  size_t n = args.positional.size();
  check_positional("islice", n, 2, 4);
  const char* stop_msg = "Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.";
  int64_t start = 0, stop = -1, step = 1;
  const Value& a1 = args.positional[1];
  if (n == 2) {
    if (!a1.is_none()) {
      stop = ssize_or_minus1(a1);
      if (stop == -1) raise_value_error(stop_msg);
    }
  } else {
    const Value& a2 = args.positional[2];
    if (!a1.is_none()) start = ssize_or_minus1(a1);
    if (!a2.is_none()) {
      stop = ssize_or_minus1(a2);
      if (stop == -1) raise_value_error(stop_msg);
    }
  }
  if (start < 0 || stop < -1)
    raise_value_error("Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.");
  if (n == 4 && !args.positional[3].is_none()) step = ssize_or_minus1(args.positional[3]);
  if (step < 1) raise_value_error("Step for islice() must be a positive integer or None.");
  Value it = iter(args.positional[0]);
  return modules::make_native_iterator(make<IsliceIter>(t, it, start, stop, step));
}

// --------------------------------------------------------------- pairwise

// v: iterator (Unbound when done), old
struct PairwiseIter : SimpleIter {
  PairwiseIter(TypeObject* t, Value it) : SimpleIter(t, 2) { v[0] = std::move(it); }
  Value next_item() override {
    if (v[0].is_unbound()) return Value();
    if (v[1].is_unbound()) {
      v[1] = next(v[0]);
      if (v[1].is_unbound()) {
        v[0] = Value();
        return Value();
      }
    }
    Value fresh = next(v[0]);
    if (fresh.is_unbound()) {
      v[0] = Value();
      v[1] = Value();
      return Value();
    }
    Value result = make_tuple({v[1], fresh});
    v[1] = fresh;
    return result;
  }
};

Value pairwise_new(TypeObject* t, CallArgs args) {
  no_keywords("pairwise", args);
  check_positional("pairwise", args.positional.size(), 1, 1);
  return modules::make_native_iterator(make<PairwiseIter>(t, iter(args.positional[0])));
}

// ------------------------------------------------------------ zip_longest

// v: the iterators (Unbound once exhausted), then the fill value last
struct ZipLongestIter : SimpleIter {
  ZipLongestIter(TypeObject* t, size_t n) : SimpleIter(t, n + 1), numactive(n) {}
  size_t numactive;
  Value next_item() override {
    size_t n = v.size() - 1;
    if (n == 0 || numactive == 0) return Value();
    std::vector<Value> result;
    result.reserve(n);
    for (size_t i = 0; i < n; ++i) {
      if (v[i].is_unbound()) {
        result.push_back(v[n]);
        continue;
      }
      Value item;
      try {
        item = next(v[i]);
      } catch (PyException&) {
        numactive = 0;
        throw;
      }
      if (item.is_unbound()) {
        if (--numactive == 0) return Value();
        v[i] = Value();
        item = v[n];
      }
      result.push_back(item);
    }
    return make_tuple(std::move(result));
  }
};

Value zip_longest_new(TypeObject* t, CallArgs args) {
  Value fill = Value::none();
  for (size_t k = 0; k < args.kw_names.size(); ++k) {
    if (args.kw_names[k]->view() != "fillvalue" || args.kw_names.size() > 1)
      raise_type_error("zip_longest() got an unexpected keyword argument");
    fill = args.kw_values[k];
  }
  size_t n = args.positional.size();
  auto e = make<ZipLongestIter>(t, n);
  for (size_t i = 0; i < n; ++i) e->v[i] = iter(args.positional[i]);
  e->v[n] = fill;
  return modules::make_native_iterator(e);
}

}  // namespace

void init_itertools_filter(ModuleObject* m) {
  iter_type(m, "dropwhile", &dropwhile_new);
  iter_type(m, "filterfalse", &filterfalse_new);
  iter_type(m, "islice", &islice_new);
  iter_type(m, "pairwise", &pairwise_new);
  iter_type(m, "starmap", &starmap_new);
  iter_type(m, "takewhile", &takewhile_new);
  iter_type(m, "zip_longest", &zip_longest_new);
}

}  // namespace pywalk
