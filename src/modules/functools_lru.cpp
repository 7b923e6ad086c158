// The `functools` module, part 2: lru_cache, cache, and the CacheInfo
// named tuple cache_info() returns.
//
// The lru_cache wrapper is CPython's C _lru_cache_wrapper: the key of a call
// is its arguments tuple, extended with a private marker and the keyword
// items when there are keywords, and with the argument types when typed; a
// call with one exact int or str argument (no keywords, not typed) uses the
// argument itself. The cache is a dict; with a bounded maxsize its
// insertion order is the recency order (a hit moves the entry to the end, a
// miss on a full cache evicts the first entry). Attributes set by
// update_wrapper (`__wrapped__`, `__name__`, ...) live in the wrapper's
// `__dict__`. Stored in a class, the wrapper binds to instances as a
// function does (the instance becomes part of the key).
#include <fmt/format.h>

#include <array>

#include "pywalk/builtins.h"
#include "pywalk/errors.h"
#include "pywalk/gc.h"
#include "pywalk/modules/functools.h"
#include "pywalk/modules/native.h"
#include "pywalk/objects/dict.h"
#include "pywalk/objects/int.h"
#include "pywalk/objects/list.h"
#include "pywalk/objects/module.h"
#include "pywalk/objects/str.h"
#include "pywalk/ops.h"

namespace pywalk {

namespace {

TypeObject* lru_type = nullptr;
TypeObject* cache_info_type = nullptr;

Value maxsize_value(int64_t maxsize) {
  return maxsize < 0 ? Value::none() : Value::integer(maxsize);
}

// --------------------------------------------------------------- the wrapper

struct LruObject : Object {
  LruObject(Value f, int64_t max, bool t)
      : Object(lru_type), fn(std::move(f)), cache(make_dict()), maxsize(max), typed(t) {
    gc_track(this);
  }
  Value fn;         // strong: the user function
  Value cache;      // strong: dict key -> result
  Value dict;       // strong: __dict__ (Unbound until used)
  int64_t maxsize;  // < 0: unbounded
  bool typed;
  int64_t hits = 0, misses = 0;
  void traverse(GcVisitor& v) const override {
    v.visit(fn);
    v.visit(cache);
    v.visit(dict);
  }
  void clear_refs() override {
    Value a = std::move(fn), b = std::move(cache), c = std::move(dict);
    fn = Value::none();
    cache = make_dict();
  }
};

Value& kwd_mark() {
  static Value* v = [] {
    auto* o = new Object(modules::make_native_type("object"));
    o->make_immortal();
    return new Value(o);
  }();
  return *v;
}

Value make_key(CallArgs args, bool typed) {
  if (!typed && args.kw_names.empty()) {
    if (args.positional.size() == 1) {
      const Value& k = args.positional[0];
      if (k.is_int() || is_big_int(k) || is_str(k)) return k;
    }
    return make_tuple(std::vector<Value>(args.positional.begin(), args.positional.end()));
  }
  std::vector<Value> key(args.positional.begin(), args.positional.end());
  if (!args.kw_names.empty()) {
    key.push_back(kwd_mark());
    for (size_t k = 0; k < args.kw_names.size(); ++k) {
      key.push_back(Value(static_cast<Object*>(args.kw_names[k])));
      key.push_back(args.kw_values[k]);
    }
  }
  if (typed) {
    for (const Value& v : args.positional) key.push_back(Value(static_cast<Object*>(type_of(v))));
    for (const Value& v : args.kw_values) key.push_back(Value(static_cast<Object*>(type_of(v))));
  }
  return make_tuple(std::move(key));
}

// Removes the least recently used entry (the first live one).
void evict_oldest(DictObject* d) {
  for (const DictEntry& e : d->entries) {
    if (e.key.is_unbound()) continue;
    Value k = e.key;
    d->remove(k);
    return;
  }
}

Value lru_call(const Value& self, CallArgs args) {
  Ref<LruObject> w(self.as<LruObject>());
  if (w->maxsize == 0) {
    ++w->misses;
    return call(w->fn, args);
  }
  Value key = make_key(args, w->typed);
  int64_t h = hash(key);
  Value cache = w->cache;
  DictObject* d = as_dict(cache);
  Value found = d->get_hashed(key, h);
  if (!found.is_unbound()) {
    ++w->hits;
    if (w->maxsize > 0) {  // most recently used: move to the end
      d->remove(key);
      d->set_hashed(key, h, found);
    }
    return found;
  }
  ++w->misses;
  Value result = call(w->fn, args);
  cache = w->cache;  // cache_clear() during the call replaces nothing, but stay safe
  d = as_dict(cache);
  if (w->maxsize > 0) {
    if (!d->get_hashed(key, h).is_unbound()) return result;  // a recursive call cached it already
    if (d->size() >= w->maxsize) evict_oldest(d);
  }
  d->set_hashed(key, h, result);
  return result;
}

Value lru_getattr(const Value& self, StrObject* name) {
  auto* w = self.as<LruObject>();
  if (name->view() == "__dict__") {
    if (w->dict.is_unbound()) w->dict = make_dict();
    return w->dict;
  }
  if (!w->dict.is_unbound()) return as_dict(w->dict)->get_str(name);
  return Value();
}

bool lru_setattr(const Value& self, StrObject* name, const Value& v) {
  auto* w = self.as<LruObject>();
  if (name->view() == "__dict__") {
    if (!is_dict(v)) raise_type_error(fmt::format("__dict__ must be set to a dictionary, not a '{}'", type_name(v)));
    w->dict = v;
    return true;
  }
  if (w->dict.is_unbound()) w->dict = make_dict();
  as_dict(w->dict)->set_str(name, v);
  return true;
}

Value lru_cache_info(const Value& self, CallArgs args) {
  ArgParser("cache_info", args).no_keywords().positional(0, 0);
  auto* w = self.as<LruObject>();
  int64_t cur = w->maxsize == 0 ? 0 : as_dict(w->cache)->size();
  return modules::make_struct_seq(cache_info_type, {Value::integer(w->hits), Value::integer(w->misses),
                                                    maxsize_value(w->maxsize), Value::integer(cur)});
}

Value lru_cache_clear(const Value& self, CallArgs args) {
  ArgParser("cache_clear", args).no_keywords().positional(0, 0);
  auto* w = self.as<LruObject>();
  w->hits = w->misses = 0;
  Value old = std::move(w->cache);  // released after the new one is in place
  w->cache = make_dict();
  return Value::none();
}

// cache_parameters(): self is a (maxsize, typed) tuple.
Value lru_cache_parameters(const Value& self, CallArgs args) {
  ArgParser("<lambda>", args).no_keywords().positional(0, 0);
  const auto& items = self.as<TupleObject>()->items;
  Value d = make_dict();
  as_dict(d)->set_str(intern("maxsize"), items[0]);
  as_dict(d)->set_str(intern("typed"), items[1]);
  return d;
}

Value make_lru_wrapper(const Value& fn, const Value& maxsize, bool typed) {
  int64_t max = maxsize.is_none() ? -1 : index_int64(maxsize);
  auto w = make<LruObject>(fn, max, typed);
  Value wv = w.value();
  Value params = make_tuple({maxsize, Value::boolean(typed)});
  Value cp =
      make<BuiltinFunctionObject>(types::builtin_function, "<lambda>", &lru_cache_parameters, nullptr, params).value();
  lru_setattr(wv, intern("cache_parameters"), cp);
  return functools_update_wrapper_of(wv, fn);
}

// decorating_function(user_function): self is a (maxsize, typed) tuple.
Value lru_decorating_function(const Value& self, CallArgs args) {
  static constexpr std::array<const char*, 1> kNames = {"user_function"};
  Value a[1];
  modules::bind_py_args("decorating_function", args, kNames, 1, a);
  const auto& items = self.as<TupleObject>()->items;
  return make_lru_wrapper(a[0], items[0], truthy(items[1]));
}

Value functools_lru_cache(const Value&, CallArgs args) {
  static constexpr std::array<const char*, 2> kNames = {"maxsize", "typed"};
  Value a[2];
  modules::bind_py_args("lru_cache", args, kNames, 0, a);
  Value maxsize = a[0].is_unbound() ? Value::integer(128) : a[0];
  Value typed = a[1].is_unbound() ? Value::boolean(false) : a[1];
  if (is_int(maxsize)) {
    if (is_big_int(maxsize) ? to_bigint(maxsize).is_negative() : maxsize.as_int() < 0) maxsize = Value::integer(0);
    if (maxsize.is_bool()) maxsize = Value::integer(maxsize.as_int());
  } else if (modules::is_callable(maxsize) && typed.is_bool()) {
    return make_lru_wrapper(maxsize, Value::integer(128), typed.as_bool());
  } else if (!maxsize.is_none()) {
    raise_type_error("Expected first argument to be an integer, a callable, or None");
  }
  Value params = make_tuple({maxsize, typed});
  return make<BuiltinFunctionObject>(types::builtin_function, "decorating_function", &lru_decorating_function, nullptr,
                                     params)
      .value();
}

Value functools_cache(const Value&, CallArgs args) {
  static constexpr std::array<const char*, 1> kNames = {"user_function"};
  Value a[1];
  modules::bind_py_args("cache", args, kNames, 1, a);
  return make_lru_wrapper(a[0], Value::none(), false);
}

}  // namespace

void init_functools_lru(ModuleObject* m) {
  if (!lru_type) {
    lru_type = modules::make_native_type("functools._lru_cache_wrapper");
    lru_type->call_slot = &lru_call;
    lru_type->getattr_slot = &lru_getattr;
    lru_type->setattr_slot = &lru_setattr;
    lru_type->descr_get_slot = &modules::bind_like_function;  // a method when stored in a class
    add_method(lru_type, "cache_info", &lru_cache_info);
    add_method(lru_type, "cache_clear", &lru_cache_clear);
    cache_info_type = modules::make_struct_seq_type("functools", "CacheInfo", "CacheInfo",
                                                    {"hits", "misses", "maxsize", "currsize"}, true);
  }
  modules::def(m, "lru_cache", &functools_lru_cache);
  modules::def(m, "cache", &functools_cache);
}

}  // namespace pywalk
