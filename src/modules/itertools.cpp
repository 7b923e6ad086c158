// The `itertools` module, part 1: count, cycle, repeat, accumulate, chain
// and compress, and the module's init. Each iterator is a NativeIter
// (modules/native.h) whose next_item() is the C function of CPython's
// itertoolsmodule.c, with its argument checks, messages and reprs
// (`count(5)`, `repeat('a', 2)`). The filtering and slicing iterators are in
// itertools_filter.cpp, the combinatoric ones in itertools_comb.cpp.
#include "pywalk/modules/itertools.h"

#include <fmt/format.h>

#include <array>

#include "pywalk/builtins.h"
#include "pywalk/errors.h"
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
using itertools_detail::no_keywords;
using itertools_detail::short_name;
using itertools_detail::SimpleIter;
using modules::NativeIter;

bool is_number_like(const Value& v) {
  if (is_number(v)) return true;
  if (v.is_obj() && v.obj()->type->id == TypeId::Instance)
    for (const char* m : {"__index__", "__int__", "__float__", "__complex__"})
      if (!getattr_or_unbound(v, intern(m)).is_unbound()) return true;
  return false;
}

// ------------------------------------------------------------------ count

struct CountIter : NativeIter {
  CountIter(TypeObject* t, Value c, Value s) : NativeIter(t), cnt(std::move(c)), step(std::move(s)) {}
  Value cnt, step;  // strong
  Value next_item() override {
    Value r = cnt;
    cnt = binary_op(BinOpKind::Add, cnt, step);
    return r;
  }
  std::string repr_text() override {
    if (is_int(step) && !is_big_int(step) && step.as_int() == 1)
      return fmt::format("{}({})", short_name(type), repr(cnt));
    return fmt::format("{}({}, {})", short_name(type), repr(cnt), repr(step));
  }
  void traverse(GcVisitor& v) const override {
    v.visit(cnt);
    v.visit(step);
  }
  void clear_refs() override {
    Value a = std::move(cnt), b = std::move(step);
    cnt = step = Value::integer(0);
  }
};

Value count_new(TypeObject* t, CallArgs args) {
  static constexpr std::array<const char*, 2> kNames = {"start", "step"};
  Value a[2];
  unpack_args("count", args, kNames, 0, 0, 2, a);
  Value start = a[0].is_unbound() ? Value::integer(0) : a[0];
  Value step = a[1].is_unbound() ? Value::integer(1) : a[1];
  if (!is_number_like(start) || !is_number_like(step)) raise_type_error("a number is required");
  return modules::make_native_iterator(make<CountIter>(t, start, step));
}

// ------------------------------------------------------------------ cycle

struct CycleIter : SimpleIter {
  CycleIter(TypeObject* t, Value it) : SimpleIter(t, 1) { v[0] = std::move(it); }
  std::vector<Value> saved;  // strong
  size_t index = 0;
  Value next_item() override {
    if (!v[0].is_unbound()) {
      Value item = next(v[0]);
      if (!item.is_unbound()) {
        saved.push_back(item);
        return item;
      }
      v[0] = Value();
    }
    if (saved.empty()) return Value();
    Value item = saved[index];
    if (++index >= saved.size()) index = 0;
    return item;
  }
  void traverse(GcVisitor& vis) const override {
    SimpleIter::traverse(vis);
    for (const Value& x : saved) vis.visit(x);
  }
  void clear_refs() override {
    SimpleIter::clear_refs();
    std::vector<Value> old;
    old.swap(saved);
  }
};

Value cycle_new(TypeObject* t, CallArgs args) {
  no_keywords("cycle", args);
  check_positional("cycle", args.positional.size(), 1, 1);
  return modules::make_native_iterator(make<CycleIter>(t, iter(args.positional[0])));
}

// ----------------------------------------------------------------- repeat

struct RepeatIter : SimpleIter {
  RepeatIter(TypeObject* t, Value e, int64_t n) : SimpleIter(t, 1), cnt(n) { v[0] = std::move(e); }
  int64_t cnt;  // -1: forever
  Value next_item() override {
    if (cnt == 0) return Value();
    if (cnt > 0) --cnt;
    return v[0];
  }
  std::string repr_text() override {
    if (cnt == -1) return fmt::format("{}({})", short_name(type), repr(v[0]));
    return fmt::format("{}({}, {})", short_name(type), repr(v[0]), cnt);
  }
};

Value repeat_new(TypeObject* t, CallArgs args) {
  static constexpr std::array<const char*, 2> kNames = {"object", "times"};
  Value a[2];
  unpack_args("repeat", args, kNames, 0, 1, 2, a);
  int64_t n = -1;
  if (!a[1].is_unbound()) {
    n = index_int64(a[1]);
    if (n < 0) n = 0;
  }
  return modules::make_native_iterator(make<RepeatIter>(t, a[0], n));
}

// ------------------------------------------------------------- accumulate

// v: iterator, binop (or None), total (Unbound until the first item), initial (None once used)
struct AccumulateIter : SimpleIter {
  explicit AccumulateIter(TypeObject* t) : SimpleIter(t, 4) {}
  Value next_item() override {
    if (!v[3].is_none()) {
      v[2] = v[3];
      v[3] = Value::none();
      return v[2];
    }
    Value val = next(v[0]);
    if (val.is_unbound()) return Value();
    if (v[2].is_unbound()) {
      v[2] = val;
      return val;
    }
    v[2] = v[1].is_none() ? binary_op(BinOpKind::Add, v[2], val) : call2(v[1], v[2], val);
    return v[2];
  }
};

Value accumulate_new(TypeObject* t, CallArgs args) {
  static constexpr std::array<const char*, 3> kNames = {"iterable", "func", "initial"};
  Value a[3];
  unpack_args("accumulate", args, kNames, 0, 1, 2, a);
  auto e = make<AccumulateIter>(t);
  e->v[0] = iter(a[0]);
  e->v[1] = a[1].is_unbound() ? Value::none() : a[1];
  e->v[3] = a[2].is_unbound() ? Value::none() : a[2];
  return modules::make_native_iterator(e);
}

// ------------------------------------------------------------------ chain

TypeObject* chain_type = nullptr;

// v: source iterator (Unbound when done), active iterator (Unbound between iterables)
struct ChainIter : SimpleIter {
  explicit ChainIter(TypeObject* t, Value source) : SimpleIter(t, 2) { v[0] = std::move(source); }
  Value next_item() override {
    while (!v[0].is_unbound()) {
      if (v[1].is_unbound()) {
        Value iterable = next(v[0]);
        if (iterable.is_unbound()) {
          v[0] = Value();
          return Value();
        }
        try {
          v[1] = iter(iterable);
        } catch (PyException&) {
          v[0] = Value();
          throw;
        }
      }
      Value item = next(v[1]);
      if (!item.is_unbound()) return item;
      v[1] = Value();
    }
    return Value();
  }
};

Value chain_new(TypeObject* t, CallArgs args) {
  no_keywords("chain", args);
  Value source = iter(make_tuple(std::vector<Value>(args.positional.begin(), args.positional.end())));
  return modules::make_native_iterator(make<ChainIter>(t, source));
}

Value chain_from_iterable(const Value&, CallArgs args) {
  ArgParser("chain.from_iterable", args).no_keywords().positional(1, 1);
  return modules::make_native_iterator(make<ChainIter>(chain_type, iter(args.positional[0])));
}

// --------------------------------------------------------------- compress

struct CompressIter : SimpleIter {
  CompressIter(TypeObject* t, Value d, Value s) : SimpleIter(t, 2) {
    v[0] = std::move(d);
    v[1] = std::move(s);
  }
  Value next_item() override {
    for (;;) {
      Value datum = next(v[0]);
      if (datum.is_unbound()) return Value();
      Value selector = next(v[1]);
      if (selector.is_unbound()) return Value();
      if (truthy(selector)) return datum;
    }
  }
};

Value compress_new(TypeObject* t, CallArgs args) {
  static constexpr std::array<const char*, 2> kNames = {"data", "selectors"};
  Value a[2];
  unpack_args("compress", args, kNames, 0, 2, 2, a);
  Value d = iter(a[0]);
  Value s = iter(a[1]);
  return modules::make_native_iterator(make<CompressIter>(t, d, s));
}

}  // namespace

namespace itertools_detail {

void SimpleIter::traverse(GcVisitor& vis) const {
  for (const Value& x : v) vis.visit(x);
}

void SimpleIter::clear_refs() {
  std::vector<Value> old;
  old.swap(v);
  v.resize(old.size());
}

const char* short_name(const TypeObject* t) {
  const std::string& n = t->name;
  size_t dot = n.rfind('.');
  return n.c_str() + (dot == std::string::npos ? 0 : dot + 1);
}

void no_keywords(const char* name, CallArgs args) {
  if (!args.kw_names.empty()) raise_type_error(fmt::format("{}() takes no keyword arguments", name));
}

TypeObject* iter_type(ModuleObject* m, const char* name, Value (*construct)(TypeObject*, CallArgs)) {
  TypeObject* t = modules::make_native_iter_type(fmt::format("itertools.{}", name).c_str());
  t->construct_slot = construct;
  modules::set_attr(m, name, Value(static_cast<Object*>(t)));
  return t;
}

}  // namespace itertools_detail

void init_itertools_module(ModuleObject* m) {
  iter_type(m, "accumulate", &accumulate_new);
  chain_type = iter_type(m, "chain", &chain_new);
  as_dict(chain_type->dict)->set_str(intern("from_iterable"), make_builtin("from_iterable", &chain_from_iterable));
  iter_type(m, "compress", &compress_new);
  iter_type(m, "count", &count_new);
  iter_type(m, "cycle", &cycle_new);
  iter_type(m, "repeat", &repeat_new);
  init_itertools_filter(m);
  init_itertools_comb(m);
}

}  // namespace pywalk
