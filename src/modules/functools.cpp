// The `functools` module, part 1: partial, reduce, update_wrapper, wraps,
// and the module's init. lru_cache and cache are in functools_lru.cpp;
// total_ordering, cmp_to_key and cached_property in functools_class.cpp.
//
// partial is CPython's C implementation: a partial of a partial (without
// a __dict__) is flattened at construction, the call appends the call's
// positional arguments to `args` and overrides `keywords` with the call's
// keywords, and the repr is `functools.partial(<fn>, 1, b=2)`.
#include "pywalk/modules/functools.h"

#include <fmt/format.h>

#include <array>

#include "pywalk/errors.h"
#include "pywalk/gc.h"
#include "pywalk/modules/native.h"
#include "pywalk/objects/dict.h"
#include "pywalk/objects/list.h"
#include "pywalk/objects/module.h"
#include "pywalk/objects/str.h"
#include "pywalk/ops.h"

namespace pywalk {

namespace {

TypeObject* partial_type = nullptr;

struct PartialObject : Object {
  PartialObject(Value f, Value a, Value k)
      : Object(partial_type), fn(std::move(f)), args(std::move(a)), kw(std::move(k)) {
    gc_track(this);
  }
  Value fn;    // strong: the callable
  Value args;  // strong: a tuple
  Value kw;    // strong: a dict
  Value dict;  // strong: __dict__, Unbound until used
  void traverse(GcVisitor& v) const override {
    v.visit(fn);
    v.visit(args);
    v.visit(kw);
    v.visit(dict);
  }
  void clear_refs() override {
    Value a = std::move(fn), b = std::move(args), c = std::move(kw), d = std::move(dict);
    fn = Value::none();
    args = empty_tuple();
    kw = make_dict();
  }
};

PartialObject* as_partial(const Value& v) {
  return v.as<PartialObject>();
}

Value partial_construct(TypeObject*, CallArgs args) {
  if (args.positional.empty()) raise_type_error("type 'partial' takes at least one argument");
  Value fn = args.positional[0];
  std::vector<Value> pargs;
  Value kw = make_dict();
  if (fn.is_obj() && fn.obj()->type == partial_type && as_partial(fn)->dict.is_unbound()) {
    PartialObject* inner = as_partial(fn);
    pargs = inner->args.as<TupleObject>()->items;
    dict_update(as_dict(kw), inner->kw);
    fn = inner->fn;
  }
  if (!modules::is_callable(fn)) raise_type_error("the first argument must be callable");
  for (size_t i = 1; i < args.positional.size(); ++i) pargs.push_back(args.positional[i]);
  for (size_t k = 0; k < args.kw_names.size(); ++k) as_dict(kw)->set_str(args.kw_names[k], args.kw_values[k]);
  return make<PartialObject>(fn, make_tuple(std::move(pargs)), kw).value();
}

Value partial_call(const Value& self, CallArgs args) {
  PartialObject* p = as_partial(self);
  Value fn = p->fn, pargs = p->args, pkw = p->kw;  // the call may change the partial's __dict__, not these
  const auto& stored = pargs.as<TupleObject>()->items;
  modules::ArgBuffer buf;
  buf.positional.reserve(stored.size() + args.positional.size());
  buf.positional.insert(buf.positional.end(), stored.begin(), stored.end());
  buf.positional.insert(buf.positional.end(), args.positional.begin(), args.positional.end());
  if (as_dict(pkw)->size() == 0) return call(fn, CallArgs{buf.positional, args.kw_values, args.kw_names});
  if (args.kw_names.empty()) {
    buf.add_keywords(as_dict(pkw));
  } else {
    Value merged = make_dict();
    dict_update(as_dict(merged), pkw);
    for (size_t k = 0; k < args.kw_names.size(); ++k) as_dict(merged)->set_str(args.kw_names[k], args.kw_values[k]);
    buf.add_keywords(as_dict(merged));
  }
  return call(fn, buf.view());
}

std::string partial_repr(const Value& self) {
  PartialObject* p = as_partial(self);
  if (repr_busy(p)) return "...";
  ReprBusyGuard guard(p);
  Value fn = p->fn, pargs = p->args, pkw = p->kw;
  std::string s = repr(fn);
  for (const Value& a : pargs.as<TupleObject>()->items) s += ", " + repr(a);
  // repr of a value may change the dict: walk a snapshot.
  std::vector<DictEntry> entries = as_dict(pkw)->entries;
  for (const DictEntry& e : entries)
    if (!e.key.is_unbound()) s += fmt::format(", {}={}", str(e.key), repr(e.value));
  return fmt::format("{}({})", self.obj()->type->name, s);
}

Value partial_getattr(const Value& self, StrObject* name) {
  PartialObject* p = as_partial(self);
  std::string_view n = name->view();
  if (n == "func") return p->fn;
  if (n == "args") return p->args;
  if (n == "keywords") return p->kw;
  if (n == "__dict__") {
    if (p->dict.is_unbound()) p->dict = make_dict();
    return p->dict;
  }
  if (!p->dict.is_unbound()) return as_dict(p->dict)->get_str(name);
  return Value();
}

bool partial_setattr(const Value& self, StrObject* name, const Value& v) {
  PartialObject* p = as_partial(self);
  std::string_view n = name->view();
  if (n == "func" || n == "args" || n == "keywords") raise_attribute_error("readonly attribute");
  if (n == "__dict__") {
    if (!is_dict(v)) raise_type_error(fmt::format("__dict__ must be set to a dictionary, not a '{}'", type_name(v)));
    p->dict = v;
    return true;
  }
  if (p->dict.is_unbound()) p->dict = make_dict();
  as_dict(p->dict)->set_str(name, v);
  return true;
}

// ------------------------------------------------------------------ reduce

Value functools_reduce(const Value&, CallArgs args) {
  ArgParser p("reduce", args);
  p.no_keywords().positional(2, 3);
  Value fn = p.get(0);
  Value it;
  try {
    it = iter(p.get(1));
  } catch (PyException& e) {
    if (type_of(e.exc)->is_subtype_of(exc::TypeError)) raise_type_error("reduce() arg 2 must support iteration");
    throw;
  }
  Value acc = p.npos() == 3 ? p.get(2) : Value();
  for (;;) {
    Value item = next(it);
    if (item.is_unbound()) break;
    acc = acc.is_unbound() ? item : call2(fn, acc, item);
  }
  if (acc.is_unbound()) raise_type_error("reduce() of empty iterable with no initial value");
  return acc;
}

// ---------------------------------------------------------- update_wrapper

Value& wrapper_assignments() {
  static Value* v = new Value(make_tuple({make_str("__module__"), make_str("__name__"), make_str("__qualname__"),
                                          make_str("__doc__"), make_str("__annotations__")}));
  return *v;
}

Value& wrapper_updates() {
  static Value* v = new Value(make_tuple({make_str("__dict__")}));
  return *v;
}

StrObject* attr_name(const Value& v) {
  if (!is_str(v)) raise_type_error(fmt::format("attribute name must be string, not '{}'", type_name(v)));
  return intern(v.as<StrObject>()->view());
}

Value functools_update_wrapper(const Value&, CallArgs args) {
  static constexpr std::array<const char*, 4> kNames = {"wrapper", "wrapped", "assigned", "updated"};
  Value a[4];
  modules::bind_py_args("update_wrapper", args, kNames, 2, a);
  const Value& wrapper = a[0];
  const Value& wrapped = a[1];
  Value assigned = a[2].is_unbound() ? wrapper_assignments() : a[2];
  Value updated = a[3].is_unbound() ? wrapper_updates() : a[3];
  for_each(assigned, [&](const Value& attr) {
    Value v;
    try {
      v = getattr(wrapped, attr_name(attr));
    } catch (PyException& e) {
      if (!type_of(e.exc)->is_subtype_of(exc::AttributeError)) throw;
      return;
    }
    setattr(wrapper, attr_name(attr), v);
  });
  for_each(updated, [&](const Value& attr) {
    StrObject* name = attr_name(attr);
    Value target = getattr(wrapper, name);
    Value source = getattr_or_unbound(wrapped, name);
    if (source.is_unbound()) source = make_dict();
    call1(getattr(target, intern("update")), source);
  });
  setattr(wrapper, intern("__wrapped__"), wrapped);
  return wrapper;
}

Value& update_wrapper_fn() {
  static Value* v = new Value(make_builtin("update_wrapper", &functools_update_wrapper));
  return *v;
}

Value functools_wraps(const Value&, CallArgs args) {
  static constexpr std::array<const char*, 3> kNames = {"wrapped", "assigned", "updated"};
  Value a[3];
  modules::bind_py_args("wraps", args, kNames, 1, a);
  std::vector<Value> kw_values = {a[0], a[1].is_unbound() ? wrapper_assignments() : a[1],
                                  a[2].is_unbound() ? wrapper_updates() : a[2]};
  std::vector<StrObject*> kw_names = {intern("wrapped"), intern("assigned"), intern("updated")};
  Value fn = update_wrapper_fn();
  return partial_construct(partial_type, CallArgs{std::span<const Value>(&fn, 1), kw_values, kw_names});
}

}  // namespace

Value functools_update_wrapper_of(const Value& wrapper, const Value& wrapped) {
  Value argv[2] = {wrapper, wrapped};
  return functools_update_wrapper(Value(), CallArgs{std::span<const Value>(argv, 2), {}, {}});
}

void init_functools_module(ModuleObject* m) {
  if (!partial_type) {
    partial_type = modules::make_native_type("functools.partial");
    partial_type->construct_slot = &partial_construct;
    partial_type->call_slot = &partial_call;
    partial_type->repr_slot = &partial_repr;
    partial_type->getattr_slot = &partial_getattr;
    partial_type->setattr_slot = &partial_setattr;
  }
  modules::set_attr(m, "partial", Value(static_cast<Object*>(partial_type)));
  modules::def(m, "reduce", &functools_reduce);
  modules::set_attr(m, "update_wrapper", update_wrapper_fn());
  modules::def(m, "wraps", &functools_wraps);
  modules::set_attr(m, "WRAPPER_ASSIGNMENTS", wrapper_assignments());
  modules::set_attr(m, "WRAPPER_UPDATES", wrapper_updates());
  init_functools_lru(m);
  init_functools_class(m);
}

}  // namespace pywalk
