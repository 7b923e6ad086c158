// Shared helpers of the built-in modules: native types and native
// iterators (see modules/native.h).
#include "pywalk/modules/native.h"

#include <fmt/format.h>

#include <map>

#include "pywalk/errors.h"
#include "pywalk/gc.h"
#include "pywalk/objects/class.h"
#include "pywalk/objects/dict.h"
#include "pywalk/objects/list.h"
#include "pywalk/objects/method.h"
#include "pywalk/objects/module.h"
#include "pywalk/objects/str.h"
#include "pywalk/ops.h"

namespace pywalk::modules {

TypeObject* make_native_type(const char* name, TypeId id, TypeObject* base) {
  TypeObject* t = types::make_type(name, id, base ? base : types::object);
  if (t->dict.is_unbound()) t->dict = make_dict();
  return t;
}

void set_attr(ModuleObject* m, const char* name, Value v) {
  m->ns()->set_str(intern(name), v);
}

void def(ModuleObject* m, const char* name, BuiltinFn fn) {
  set_attr(m, name, make_builtin(name, fn));
}

namespace {

Value engine_next_slot(const Value& self) {
  return self.as<NativeIter>()->next_item();
}

std::string iter_repr(const Value& self) {
  NativeIter* e = native_iter_engine(self);
  std::string s = e ? e->repr_text() : std::string();
  if (!s.empty()) return s;
  return fmt::format("<{} object at {}>", self.obj()->type->name, static_cast<const void*>(self.obj()));
}

Value iter_next_method(const Value& self, CallArgs args) {
  ArgParser("__next__", args).no_keywords().positional(0, 0);
  Value v = next(self);
  if (v.is_unbound()) raise_stop_iteration();
  return v;
}

Value iter_iter_method(const Value& self, CallArgs args) {
  ArgParser("__iter__", args).no_keywords().positional(0, 0);
  return self;
}

}  // namespace

NativeIter::NativeIter(TypeObject* type) : Object(type) {
  gc_track(this);
}

TypeObject* make_native_iter_type(const char* name) {
  TypeObject* t = make_native_type(name);
  t->next_slot = &engine_next_slot;
  t->repr_slot = &iter_repr;
  add_method(t, "__next__", &iter_next_method);
  add_method(t, "__iter__", &iter_iter_method);
  return t;
}

Value make_native_iterator(Ref<NativeIter> engine) {
  return engine.value();
}

NativeIter* native_iter_engine(const Value& v) {
  if (!v.is_obj() || v.obj()->type->next_slot != &engine_next_slot) return nullptr;
  return v.as<NativeIter>();
}

namespace {

TypeObject* native_method_type = nullptr;

struct NativeMethodObject : Object {
  NativeMethodObject(std::string n, BuiltinFn f) : Object(native_method_type), name(std::move(n)), fn(f) {}
  std::string name;
  BuiltinFn fn;
};

Value native_method_call(const Value& self, CallArgs args) {
  auto* m = self.as<NativeMethodObject>();
  if (args.positional.empty())
    raise_type_error(fmt::format("{}() missing 1 required positional argument: 'self'", m->name));
  return m->fn(args.positional[0], CallArgs{args.positional.subspan(1), args.kw_values, args.kw_names});
}

Value native_method_getattr(const Value& self, StrObject* name) {
  auto* m = self.as<NativeMethodObject>();
  if (name->view() == "__name__" || name->view() == "__qualname__") return make_str(m->name);
  return Value();
}

std::string native_method_repr(const Value& self) {
  return fmt::format("<function {} at {}>", self.as<NativeMethodObject>()->name, static_cast<const void*>(self.obj()));
}

}  // namespace

Value bind_like_function(const Value& descr, const Value& obj, const Value&) {
  if (obj.is_none() || obj.is_unbound()) return descr;
  return make_method(descr, obj);
}

Value make_native_method(std::string name, BuiltinFn fn) {
  if (!native_method_type) {
    native_method_type = make_native_type("function");
    native_method_type->call_slot = &native_method_call;
    native_method_type->getattr_slot = &native_method_getattr;
    native_method_type->repr_slot = &native_method_repr;
    native_method_type->descr_get_slot = &bind_like_function;
  }
  return make<NativeMethodObject>(std::move(name), fn).value();
}


namespace {

struct StructSeqInfo {
  std::string display;
  std::vector<std::string> fields;
};

std::map<const TypeObject*, StructSeqInfo>& struct_seq_info() {
  static auto* m = new std::map<const TypeObject*, StructSeqInfo>();
  return *m;
}

// The field descriptors: item `index` of the tuple.
TypeObject* field_type = nullptr;

struct FieldObject : Object {
  explicit FieldObject(int64_t i) : Object(field_type), index(i) {}
  int64_t index;
};

Value field_get(const Value& descr, const Value& obj, const Value&) {
  if (obj.is_none() || obj.is_unbound()) return descr;
  return getitem(obj, Value::integer(descr.as<FieldObject>()->index));
}

void field_set(const Value&, const Value&, const Value&) {
  raise_attribute_error("readonly attribute");
}

Value struct_seq_repr(const Value& self, CallArgs args) {
  ArgParser("__repr__", args).no_keywords().positional(0, 0);
  TypeObject* t = type_of(self);
  while (t && !struct_seq_info().count(t)) t = t->base;
  const StructSeqInfo& info = struct_seq_info()[t];
  const auto& items = self.as<TupleObject>()->items;
  std::string s = info.display + "(";
  for (size_t i = 0; i < info.fields.size() && i < items.size(); ++i) {
    if (i > 0) s += ", ";
    s += info.fields[i] + "=" + repr(items[i]);
  }
  return make_str(s + ")");
}

}  // namespace

TypeObject* make_struct_seq_type(const char* module, const char* name, std::string display,
                                 std::vector<std::string> fields, bool namedtuple) {
  if (!field_type) {
    field_type = make_native_type("_tuplegetter");
    field_type->descr_get_slot = &field_get;
    field_type->descr_set_slot = &field_set;
  }
  Value ns = make_dict();
  DictObject* d = as_dict(ns);
  d->set_str(intern("__module__"), make_str(module));
  d->set_str(intern("__qualname__"), make_str(name));
  d->set_str(intern("__slots__"), empty_tuple());
  d->set_str(intern("__repr__"), make_native_method("__repr__", &struct_seq_repr));
  std::vector<Value> names;
  for (size_t i = 0; i < fields.size(); ++i) {
    d->set_str(intern(fields[i]), make<FieldObject>(static_cast<int64_t>(i)).value());
    names.push_back(make_str(fields[i]));
  }
  if (namedtuple) d->set_str(intern("_fields"), make_tuple(std::move(names)));
  Value tuple_type(static_cast<Object*>(types::tuple));
  Value cls = build_class(intern(name), {tuple_type}, d, CallArgs{});
  static std::vector<Value>* keep = new std::vector<Value>();  // the classes live for the whole run
  keep->push_back(cls);
  TypeObject* t = cls.as<TypeObject>();
  struct_seq_info()[t] = StructSeqInfo{std::move(display), std::move(fields)};
  return t;
}

Value make_struct_seq(TypeObject* type, std::vector<Value> items) {
  Value argv[1] = {make_tuple(std::move(items))};
  return type_call(type, CallArgs{std::span<const Value>(argv, 1), {}, {}});
}

void bind_py_args(std::string_view fname, CallArgs args, std::span<const char* const> names, size_t nrequired,
                  Value* out, size_t implicit) {
  size_t n = names.size();
  size_t npos = args.positional.size();
  if (npos > n) {
    size_t shown = n + implicit, given = npos + implicit;
    if (nrequired == n)
      raise_type_error(fmt::format("{}() takes {} positional argument{} but {} {} given", fname, shown,
                                   shown == 1 ? "" : "s", given, given == 1 ? "was" : "were"));
    raise_type_error(fmt::format("{}() takes from {} to {} positional arguments but {} {} given", fname,
                                 nrequired + implicit, shown, given, given == 1 ? "was" : "were"));
  }
  for (size_t i = 0; i < n; ++i) out[i] = i < npos ? args.positional[i] : Value();
  for (size_t k = 0; k < args.kw_names.size(); ++k) {
    std::string_view kw = args.kw_names[k]->view();
    size_t i = 0;
    while (i < n && kw != names[i]) ++i;
    if (i == n) raise_type_error(fmt::format("{}() got an unexpected keyword argument '{}'", fname, kw));
    if (!out[i].is_unbound()) raise_type_error(fmt::format("{}() got multiple values for argument '{}'", fname, kw));
    out[i] = args.kw_values[k];
  }
  std::vector<std::string> missing;
  for (size_t i = 0; i < nrequired; ++i)
    if (out[i].is_unbound()) missing.push_back(fmt::format("'{}'", names[i]));
  if (missing.empty()) return;
  std::string list;
  for (size_t i = 0; i < missing.size(); ++i) {
    if (i > 0) list += missing.size() == 2 ? " and " : (i + 1 == missing.size() ? ", and " : ", ");
    list += missing[i];
  }
  raise_type_error(fmt::format("{}() missing {} required positional argument{}: {}", fname, missing.size(),
                               missing.size() == 1 ? "" : "s", list));
}

void ArgBuffer::add_keywords(const DictObject* d) {
  for (const DictEntry& e : d->entries) {
    if (e.key.is_unbound()) continue;
    if (!is_str(e.key)) raise_type_error("keywords must be strings");
    kw_names.push_back(intern(e.key.as<StrObject>()->view()));
    kw_values.push_back(e.value);
  }
}

}  // namespace pywalk::modules
