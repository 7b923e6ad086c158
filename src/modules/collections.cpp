// The `collections` module: defaultdict and OrderedDict (here), Counter
// (collections_counter.cpp), deque (collections_deque.cpp) and namedtuple
// (collections_namedtuple.cpp).
//
// Each class is a real class built by build_class() (see
// modules/collections.h): defaultdict and OrderedDict derive from dict, so
// their instances are dicts with everything dicts do; only the methods that
// differ are C++ native methods in the class namespace. Pywalk's dicts keep
// insertion order, which is all OrderedDict needs beyond move_to_end(),
// popitem(last=) and its order-sensitive ==.
#include <fmt/format.h>

#include <array>

#include "pywalk/errors.h"
#include "pywalk/interpreter.h"
#include "pywalk/modules/collections.h"
#include "pywalk/objects/class.h"
#include "pywalk/objects/descriptor.h"
#include "pywalk/objects/dict.h"
#include "pywalk/objects/list.h"
#include "pywalk/objects/module.h"
#include "pywalk/objects/str.h"
#include "pywalk/ops.h"

namespace pywalk {

namespace modules {

Value make_class_method(const char* name, BuiltinFn fn, MethodKind kind) {
  Value m = make_native_method(name, fn);
  switch (kind) {
    case MethodKind::Method: return m;
    case MethodKind::Class: return make_classmethod(m);
    case MethodKind::Static: return make_staticmethod(m);
  }
  return m;
}

Value make_native_class(const char* module, const char* name, TypeObject* base, std::initializer_list<MethodDef> methods,
                        std::vector<std::string> slots, bool no_dict) {
  Value ns = make_dict();
  DictObject* d = as_dict(ns);
  d->set_str(intern("__module__"), make_str(module));
  for (const MethodDef& m : methods) d->set_str(intern(m.name), make_class_method(m.name, m.fn, m.kind));
  if (!slots.empty() || no_dict) {
    std::vector<Value> names;
    for (const std::string& s : slots) names.push_back(make_str(s));
    d->set_str(intern("__slots__"), make_tuple(std::move(names)));
  }
  return build_class(intern(name), {Value(static_cast<Object*>(base))}, d, CallArgs{});
}

std::vector<Value> prepend(const Value& self, std::span<const Value> args) {
  std::vector<Value> v;
  v.reserve(args.size() + 1);
  v.push_back(self);
  v.insert(v.end(), args.begin(), args.end());
  return v;
}

Value caller_module_name() {
  Interpreter* in = Interpreter::current();
  const Frame* f = in ? in->current_frame() : nullptr;
  if (f && f->globals) {
    Value n = f->globals->get_str(intern("__name__"));
    if (!n.is_unbound()) return n;
  }
  return make_str("__main__");
}

}  // namespace modules

namespace {

using modules::MethodDef;

// dict.__init__ / dict.update semantics: one optional mapping or iterable
// of pairs, then the keywords.
void dict_fill(const Value& self, CallArgs args, const char* fname) {
  if (args.positional.size() > 1)
    raise_type_error(fmt::format("{} expected at most 1 argument, got {}", fname, args.positional.size()));
  DictObject* d = as_dict(self);
  if (!args.positional.empty()) dict_update(d, args.positional[0]);
  for (size_t i = 0; i < args.kw_names.size(); ++i) d->set_str(args.kw_names[i], args.kw_values[i]);
}

// ------------------------------------------------------------ defaultdict

StrObject* factory_name() { return intern("default_factory"); }

Value dd_init(const Value& self, CallArgs args) {
  Value factory = Value::none();
  CallArgs rest = args;
  if (!args.positional.empty()) {
    factory = args.positional[0];
    if (!factory.is_none() && !modules::is_callable(factory))
      raise_type_error("first argument must be callable or None");
    rest.positional = args.positional.subspan(1);
  }
  setattr(self, factory_name(), factory);
  dict_fill(self, rest, "defaultdict");
  return Value::none();
}

Value dd_missing(const Value& self, CallArgs args) {
  ArgParser("__missing__", args).no_keywords().positional(1, 1);
  Value factory = getattr(self, factory_name());
  if (factory.is_none()) raise_key_error(args.positional[0]);
  Value v = call0(factory);
  setitem(self, args.positional[0], v);
  return v;
}

Value dd_repr(const Value& self, CallArgs args) {
  ArgParser("__repr__", args).no_keywords().positional(0, 0);
  Value factory = getattr(self, factory_name());
  std::string f = factory.is_none() ? "None" : repr(factory);
  return make_str(fmt::format("{}({}, {})", type_of(self)->name, f, dict_repr(as_dict(self))));
}

Value dd_copy(const Value& self, CallArgs args) {
  ArgParser("copy", args).no_keywords().positional(0, 0);
  Value argv[2] = {getattr(self, factory_name()), self};
  return call(Value(static_cast<Object*>(type_of(self))), CallArgs{std::span<const Value>(argv, 2), {}, {}});
}

// ------------------------------------------------------------ OrderedDict

TypeObject* od_type = nullptr;  // borrowed: the module keeps the class alive

Value od_init(const Value& self, CallArgs args) {
  dict_fill(self, args, "OrderedDict");
  return Value::none();
}

Value od_repr(const Value& self, CallArgs args) {
  ArgParser("__repr__", args).no_keywords().positional(0, 0);
  DictObject* d = as_dict(self);
  const std::string& name = type_of(self)->name;
  if (d->size() == 0) return make_str(name + "()");
  if (repr_busy(d)) return make_str("...");
  std::vector<Value> items;
  for (const DictEntry& e : d->entries)
    if (!e.key.is_unbound()) items.push_back(make_tuple({e.key, e.value}));
  return make_str(fmt::format("{}({})", name, repr(make_list(std::move(items)))));
}

Value od_move_to_end(const Value& self, CallArgs args) {
  static constexpr std::array<const char*, 2> kNames = {"key", "last"};
  Value a[2];
  modules::bind_py_args("move_to_end", args, kNames, 1, a);
  bool last = a[1].is_unbound() || truthy(a[1]);
  DictObject* d = as_dict(self);
  Value v = d->pop(a[0]);
  if (v.is_unbound()) raise_key_error(a[0]);
  if (last) {
    d->set(a[0], v);
    return Value::none();
  }
  std::vector<std::pair<Value, Value>> rest;
  for (const DictEntry& e : d->entries)
    if (!e.key.is_unbound()) rest.emplace_back(e.key, e.value);
  d->clear();
  d->set(a[0], v);
  for (auto& [k, val] : rest) d->set(k, val);
  return Value::none();
}

Value od_popitem(const Value& self, CallArgs args) {
  static constexpr std::array<const char*, 1> kNames = {"last"};
  Value a[1];
  modules::bind_py_args("popitem", args, kNames, 0, a);
  bool last = a[0].is_unbound() || truthy(a[0]);
  DictObject* d = as_dict(self);
  if (d->size() == 0) raise_key_error(make_str("dictionary is empty"));
  Value k, v;
  if (last) {
    d->pop_last(k, v);
  } else {
    for (const DictEntry& e : d->entries)
      if (!e.key.is_unbound()) {
        k = e.key;
        break;
      }
    v = d->pop(k);
  }
  return make_tuple({k, v});
}

Value od_eq(const Value& self, CallArgs args) {
  ArgParser("__eq__", args).no_keywords().positional(1, 1);
  const Value& other = args.positional[0];
  if (!is_dict(other)) return not_implemented_value();
  DictObject* a = as_dict(self);
  DictObject* b = as_dict(other);
  if (!dict_eq(a, b)) return Value::boolean(false);
  // Order matters only when both are OrderedDicts.
  if (!type_of(other)->is_subtype_of(od_type)) return Value::boolean(true);
  std::vector<Value> ka, kb;
  for (const DictEntry& e : a->entries)
    if (!e.key.is_unbound()) ka.push_back(e.key);
  for (const DictEntry& e : b->entries)
    if (!e.key.is_unbound()) kb.push_back(e.key);
  return Value::boolean(sequence_eq(ka, kb));
}

Value od_ne(const Value& self, CallArgs args) {
  Value r = od_eq(self, args);
  if (!r.is_bool()) return r;
  return Value::boolean(!r.as_bool());
}

Value od_copy(const Value& self, CallArgs args) {
  ArgParser("copy", args).no_keywords().positional(0, 0);
  return call1(Value(static_cast<Object*>(type_of(self))), self);
}

}  // namespace

void init_collections_module(ModuleObject* m) {
  TypeObject* dict = types::dict;
  Value dd = modules::make_native_class("collections", "defaultdict", dict,
                                        {MethodDef{"__init__", &dd_init}, MethodDef{"__missing__", &dd_missing},
                                         MethodDef{"__repr__", &dd_repr}, MethodDef{"copy", &dd_copy},
                                         MethodDef{"__copy__", &dd_copy}},
                                        {"default_factory"});
  modules::set_attr(m, "defaultdict", dd);
  Value od = modules::make_native_class(
      "collections", "OrderedDict", dict,
      {MethodDef{"__init__", &od_init}, MethodDef{"__repr__", &od_repr}, MethodDef{"move_to_end", &od_move_to_end},
       MethodDef{"popitem", &od_popitem}, MethodDef{"__eq__", &od_eq}, MethodDef{"__ne__", &od_ne},
       MethodDef{"copy", &od_copy}, MethodDef{"__copy__", &od_copy}});
  od_type = od.as<TypeObject>();
  modules::set_attr(m, "OrderedDict", od);
  modules::set_attr(m, "Counter", modules::make_counter_class());
  modules::set_attr(m, "deque", modules::make_deque_class());
  modules::def(m, "namedtuple", &modules::namedtuple_factory);
}

}  // namespace pywalk
