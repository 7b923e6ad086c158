// The `itertools` module, part 2: the combinatoric iterators (product,
// permutations, combinations, combinations_with_replacement), which read
// their inputs into tuples first and then step index vectors exactly as
// itertoolsmodule.c does (so results come in CPython's order), and the
// iterators with shared state: groupby (a grouper yields only while it is
// its parent's current group) and tee (the copies share a linked list of
// buffered chunks, freed once every copy has passed them).
#include <fmt/format.h>

#include <array>

#include "pywalk/builtins.h"
#include "pywalk/errors.h"
#include "pywalk/gc.h"
#include "pywalk/modules/itertools.h"
#include "pywalk/modules/native.h"
#include "pywalk/objects/dict.h"
#include "pywalk/objects/int.h"
#include "pywalk/objects/list.h"
#include "pywalk/objects/module.h"
#include "pywalk/objects/str.h"
#include "pywalk/ops.h"

namespace pywalk {

namespace {

using itertools_detail::iter_type;
using modules::NativeIter;

// An engine over one pool of values with an index vector.
struct PoolIter : NativeIter {
  explicit PoolIter(TypeObject* t) : NativeIter(t) {}
  std::vector<Value> pool;    // strong
  std::vector<Value> result;  // strong: the previous result (empty before the first)
  std::vector<int64_t> indices;
  bool started = false;
  bool stopped = false;
  void traverse(GcVisitor& v) const override {
    for (const Value& x : pool) v.visit(x);
    for (const Value& x : result) v.visit(x);
  }
  void clear_refs() override {
    std::vector<Value> a, b;
    a.swap(pool);
    b.swap(result);
    stopped = true;
  }
  Value stop() {
    stopped = true;
    return Value();
  }
};

// ---------------------------------------------------------------- product

struct ProductIter : PoolIter {
  explicit ProductIter(TypeObject* t) : PoolIter(t) {}
  std::vector<size_t> offsets;  // pool i is pool[offsets[i] .. offsets[i+1])
  size_t size_of(size_t i) const { return offsets[i + 1] - offsets[i]; }
  Value next_item() override {
    if (stopped) return Value();
    size_t npools = offsets.size() - 1;
    if (!started) {
      started = true;
      result.clear();
      for (size_t i = 0; i < npools; ++i) {
        if (size_of(i) == 0) return stop();
        result.push_back(pool[offsets[i]]);
      }
      indices.assign(npools, 0);
      return make_tuple(result);
    }
    int64_t i;
    for (i = static_cast<int64_t>(npools) - 1; i >= 0; --i) {
      if (static_cast<size_t>(++indices[i]) == size_of(i)) {
        indices[i] = 0;
        result[i] = pool[offsets[i]];
      } else {
        result[i] = pool[offsets[i] + indices[i]];
        break;
      }
    }
    if (i < 0) return stop();
    return make_tuple(result);
  }
};

Value product_new(TypeObject* t, CallArgs args) {
  int64_t repeat = 1;
  for (size_t k = 0; k < args.kw_names.size(); ++k) {
    if (args.kw_names[k]->view() != "repeat")
      raise_type_error(fmt::format("'{}' is an invalid keyword argument for product()", args.kw_names[k]->view()));
    repeat = index_int64(args.kw_values[k]);
  }
  if (repeat < 0) raise_value_error("repeat argument cannot be negative");
  auto e = make<ProductIter>(t);
  std::vector<std::vector<Value>> pools;
  for (const Value& a : args.positional) pools.push_back(to_vector(a));
  if (!pools.empty() && repeat > 0) check_alloc(static_cast<uint64_t>(repeat) * pools.size(), sizeof(Value));
  e->offsets.push_back(0);
  for (int64_t r = 0; r < repeat; ++r) {
    for (const auto& p : pools) {
      e->pool.insert(e->pool.end(), p.begin(), p.end());
      e->offsets.push_back(e->pool.size());
    }
  }
  return modules::make_native_iterator(e);
}

// ----------------------------------------------------------- permutations

struct PermutationsIter : PoolIter {
  explicit PermutationsIter(TypeObject* t) : PoolIter(t) {}
  std::vector<int64_t> cycles;
  int64_t r = 0;
  Value next_item() override {
    if (stopped) return Value();
    int64_t n = static_cast<int64_t>(pool.size());
    if (!started) {
      started = true;
      result.clear();
      for (int64_t i = 0; i < r; ++i) result.push_back(pool[indices[i]]);
      return make_tuple(result);
    }
    if (n == 0) return stop();
    int64_t i;
    for (i = r - 1; i >= 0; --i) {
      if (--cycles[i] == 0) {
        int64_t index = indices[i];
        for (int64_t j = i; j < n - 1; ++j) indices[j] = indices[j + 1];
        indices[n - 1] = index;
        cycles[i] = n - i;
      } else {
        int64_t j = cycles[i];
        std::swap(indices[i], indices[n - j]);
        for (int64_t k = i; k < r; ++k) result[k] = pool[indices[k]];
        break;
      }
    }
    if (i < 0) return stop();
    return make_tuple(result);
  }
};

Value permutations_new(TypeObject* t, CallArgs args) {
  static constexpr std::array<const char*, 2> kNames = {"iterable", "r"};
  Value a[2];
  unpack_args("permutations", args, kNames, 0, 1, 2, a);
  auto e = make<PermutationsIter>(t);
  e->pool = to_vector(a[0]);
  int64_t n = static_cast<int64_t>(e->pool.size());
  int64_t r = n;
  if (!a[1].is_unbound() && !a[1].is_none()) {
    if (!is_int(a[1])) raise_type_error("Expected int as r");
    r = index_int64(a[1]);
    if (r < 0) raise_value_error("r must be non-negative");
  }
  e->r = r;
  if (r > n) {
    e->stopped = true;
  } else {
    for (int64_t i = 0; i < n; ++i) e->indices.push_back(i);
    for (int64_t i = 0; i < r; ++i) e->cycles.push_back(n - i);
  }
  return modules::make_native_iterator(e);
}

// ----------------------------------------------------------- combinations

struct CombinationsIter : PoolIter {
  CombinationsIter(TypeObject* t, bool repl) : PoolIter(t), replacement(repl) {}
  bool replacement;
  int64_t r = 0;
  Value next_item() override {
    if (stopped) return Value();
    int64_t n = static_cast<int64_t>(pool.size());
    if (!started) {
      started = true;
      result.clear();
      for (int64_t i = 0; i < r; ++i) result.push_back(pool[indices[i]]);
      return make_tuple(result);
    }
    int64_t i;
    if (!replacement) {
      for (i = r - 1; i >= 0 && indices[i] == i + n - r; --i) {
      }
      if (i < 0) return stop();
      ++indices[i];
      for (int64_t j = i + 1; j < r; ++j) indices[j] = indices[j - 1] + 1;
      for (; i < r; ++i) result[i] = pool[indices[i]];
    } else {
      for (i = r - 1; i >= 0 && indices[i] == n - 1; --i) {
      }
      if (i < 0) return stop();
      int64_t index = indices[i] + 1;
      for (; i < r; ++i) {
        indices[i] = index;
        result[i] = pool[index];
      }
    }
    return make_tuple(result);
  }
};

Value combinations_common(TypeObject* t, CallArgs args, bool replacement) {
  static constexpr std::array<const char*, 2> kNames = {"iterable", "r"};
  Value a[2];
  const char* name = replacement ? "combinations_with_replacement" : "combinations";
  unpack_args(name, args, kNames, 0, 2, 2, a);
  auto e = make<CombinationsIter>(t, replacement);
  e->pool = to_vector(a[0]);
  int64_t r = index_int64(a[1]);
  if (r < 0) raise_value_error("r must be non-negative");
  int64_t n = static_cast<int64_t>(e->pool.size());
  e->r = r;
  if (replacement) {
    if (n == 0 && r > 0)
      e->stopped = true;
    else
      e->indices.assign(static_cast<size_t>(r), 0);
  } else {
    if (r > n)
      e->stopped = true;
    else
      for (int64_t i = 0; i < r; ++i) e->indices.push_back(i);
  }
  return modules::make_native_iterator(e);
}

Value combinations_new(TypeObject* t, CallArgs args) {
  return combinations_common(t, args, false);
}
Value cwr_new(TypeObject* t, CallArgs args) {
  return combinations_common(t, args, true);
}

// ---------------------------------------------------------------- groupby

TypeObject* grouper_type = nullptr;
struct GrouperIter;

struct GroupbyIter : NativeIter {
  explicit GroupbyIter(TypeObject* t) : NativeIter(t) {}
  Value it, keyfunc, tgtkey, currkey, currvalue;  // strong; Unbound = NULL in CPython
  const GrouperIter* currgrouper = nullptr;       // borrowed: identity only
  void traverse(GcVisitor& v) const override {
    for (const Value* x : {&it, &keyfunc, &tgtkey, &currkey, &currvalue}) v.visit(*x);
  }
  void clear_refs() override {
    Value a = std::move(it), b = std::move(keyfunc), c = std::move(tgtkey), d = std::move(currkey),
          e = std::move(currvalue);
    keyfunc = Value::none();
  }
  // False at the end of the input.
  bool step() {
    if (it.is_unbound()) return false;
    Value value = next(it);
    if (value.is_unbound()) return false;
    Value key = keyfunc.is_none() ? value : call1(keyfunc, value);
    currvalue = value;
    currkey = key;
    return true;
  }
  Value next_item() override;
};

struct GrouperIter : NativeIter {
  GrouperIter(Ref<GroupbyIter> p, Value k) : NativeIter(grouper_type), parent(std::move(p)), tgtkey(std::move(k)) {}
  Ref<GroupbyIter> parent;  // strong
  Value tgtkey;             // strong
  void traverse(GcVisitor& v) const override {
    v.visit(parent.get());
    v.visit(tgtkey);
  }
  void clear_refs() override {
    Ref<GroupbyIter> p = std::move(parent);
    Value k = std::move(tgtkey);
  }
  Value next_item() override {
    if (!parent || parent->currgrouper != this) return Value();
    Ref<GroupbyIter> gbo = parent;
    if (gbo->currvalue.is_unbound() && !gbo->step()) return Value();
    if (!eq(tgtkey, gbo->currkey)) return Value();
    Value r = std::move(gbo->currvalue);
    gbo->currvalue = Value();
    gbo->currkey = Value();
    return r;
  }
};

Value GroupbyIter::next_item() {
  currgrouper = nullptr;
  for (;;) {
    if (currkey.is_unbound()) {
      // pass: step below
    } else if (tgtkey.is_unbound()) {
      break;
    } else if (!eq(tgtkey, currkey)) {
      break;
    }
    if (!step()) return Value();
  }
  tgtkey = currkey;
  auto g = make<GrouperIter>(Ref<GroupbyIter>(this), tgtkey);
  currgrouper = g.get();
  return make_tuple({currkey, modules::make_native_iterator(g)});
}

Value groupby_new(TypeObject* t, CallArgs args) {
  static constexpr std::array<const char*, 2> kNames = {"iterable", "key"};
  Value a[2];
  unpack_args("groupby", args, kNames, 0, 1, 2, a);
  auto e = make<GroupbyIter>(t);
  e->it = iter(a[0]);
  e->keyfunc = a[1].is_unbound() ? Value::none() : a[1];
  return modules::make_native_iterator(e);
}

// -------------------------------------------------------------------- tee

TypeObject* tee_type = nullptr;
constexpr size_t kLinkCells = 57;

// One chunk of buffered items, shared by the tee copies; `it` is the source.
struct TeeData : Object {
  explicit TeeData(Value source) : Object(types::object), it(std::move(source)) { gc_track(this); }
  Value it;                   // strong: the shared source iterator
  std::vector<Value> values;  // strong
  Ref<TeeData> nextlink;      // strong
  void traverse(GcVisitor& v) const override {
    v.visit(it);
    for (const Value& x : values) v.visit(x);
    v.visit(nextlink.get());
  }
  void clear_refs() override {
    Value a = std::move(it);
    std::vector<Value> b;
    b.swap(values);
    Ref<TeeData> c = std::move(nextlink);
  }
};

struct TeeIter : NativeIter {
  TeeIter(Ref<TeeData> d, size_t i) : NativeIter(tee_type), data(std::move(d)), index(i) {}
  Ref<TeeData> data;  // strong
  size_t index;
  void traverse(GcVisitor& v) const override { v.visit(data.get()); }
  void clear_refs() override { Ref<TeeData> d = std::move(data); }
  Value next_item() override {
    if (!data) return Value();
    if (index >= kLinkCells) {
      if (!data->nextlink) data->nextlink = make<TeeData>(data->it);
      data = data->nextlink;
      index = 0;
    }
    if (index < data->values.size()) return data->values[index++];
    if (data->it.is_unbound()) return Value();
    Value v = next(data->it);
    if (v.is_unbound()) return Value();
    data->values.push_back(v);
    ++index;
    return v;
  }
};

Value tee_copy(const Value& self, CallArgs args) {
  ArgParser("__copy__", args).no_keywords().positional(0, 0);
  auto* t = static_cast<TeeIter*>(modules::native_iter_engine(self));
  if (!t) raise_type_error("cannot copy an exhausted tee");
  return modules::make_native_iterator(make<TeeIter>(t->data, t->index));
}

Value itertools_tee(const Value&, CallArgs args) {
  if (!args.kw_names.empty()) raise_type_error("tee() takes no keyword arguments");
  check_positional("tee", args.positional.size(), 1, 2);
  int64_t n = args.positional.size() == 2 ? index_int64(args.positional[1]) : 2;
  if (n < 0) raise_value_error("n must be >= 0");
  Value it = iter(args.positional[0]);
  std::vector<Value> out;
  if (n == 0) return make_tuple({});
  TeeIter* existing = static_cast<TeeIter*>(modules::native_iter_engine(it));
  Ref<TeeData> data;
  size_t index = 0;
  if (existing && existing->type == tee_type && existing->data) {
    data = existing->data;
    index = existing->index;
  } else {
    data = make<TeeData>(it);
  }
  for (int64_t i = 0; i < n; ++i) out.push_back(modules::make_native_iterator(make<TeeIter>(data, index)));
  return make_tuple(std::move(out));
}

}  // namespace

void init_itertools_comb(ModuleObject* m) {
  iter_type(m, "product", &product_new);
  iter_type(m, "permutations", &permutations_new);
  iter_type(m, "combinations", &combinations_new);
  iter_type(m, "combinations_with_replacement", &cwr_new);
  iter_type(m, "groupby", &groupby_new);
  grouper_type = modules::make_native_iter_type("itertools._grouper");
  tee_type = modules::make_native_iter_type("itertools._tee");
  add_method(tee_type, "__copy__", &tee_copy);
  modules::def(m, "tee", &itertools_tee);
}

}  // namespace pywalk
