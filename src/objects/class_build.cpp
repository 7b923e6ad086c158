// Making classes (CPython's type_new) and calling them (type_call).
#include <fmt/format.h>

#include <algorithm>

#include "pywalk/errors.h"
#include "pywalk/interpreter.h"
#include "pywalk/objects/builtin.h"
#include "pywalk/objects/class.h"
#include "pywalk/objects/descriptor.h"
#include "pywalk/objects/dict.h"
#include "pywalk/objects/function.h"
#include "pywalk/objects/instance.h"
#include "pywalk/objects/list.h"
#include "pywalk/objects/method.h"
#include "pywalk/objects/mro.h"
#include "pywalk/objects/str.h"
#include "pywalk/ops.h"

namespace pywalk {

bool object_new_is(const Value& v);   // slot_methods.cpp: v is object.__new__
bool object_init_is(const Value& v);  // ... object.__init__

namespace {

// Whether instances of b carry an attribute dict / weak references.
bool has_dict(const TypeObject* b) { return b->heap ? !b->no_instance_dict : b->id == TypeId::BaseException; }
bool has_weakref(const TypeObject* b) { return b->heap && (b->class_flags & kClassWeakref); }

// CPython accepts these builtin types as bases; pywalk lays out the ones it can extend.
void check_base(TypeObject* b) {
  if (b->heap) return;
  switch (b->id) {
    case TypeId::Object:
    case TypeId::Int:
    case TypeId::Str:
    case TypeId::List:
    case TypeId::Tuple:
    case TypeId::Dict:
    case TypeId::Set:
    case TypeId::FrozenSet:
    case TypeId::BaseException:
      return;
    case TypeId::Float:
    case TypeId::Complex:
    case TypeId::Bytes:
    case TypeId::Type:
    case TypeId::Iterator:
    case TypeId::Native:
      if (b->id == TypeId::Iterator && b != types::enumerate && b != types::zip && b != types::map &&
          b != types::filter && b != types::reversed)
        break;
      raise(exc::NotImplementedError, fmt::format("pywalk does not support subclassing '{}'", b->name));
    case TypeId::NoneType:
    case TypeId::NotImplementedType:
    case TypeId::Ellipsis:
    case TypeId::Bool:
    case TypeId::Range:
    case TypeId::Slice:
    case TypeId::Function:
    case TypeId::BuiltinFunction:
    case TypeId::MethodDescriptor:
    case TypeId::Method:
    case TypeId::Cell:
    case TypeId::Code:
    case TypeId::Env:
    case TypeId::DictView:
    case TypeId::Module:
    case TypeId::Instance:
      break;
  }
  raise_type_error(fmt::format("type '{}' is not an acceptable base type", b->name));
}

TypeId layout_of(const TypeObject* b) { return b->id == TypeId::Object ? TypeId::Instance : b->id; }

Value current_module_name() {
  Value g = Interpreter::current() ? Interpreter::current()->current_globals() : Value();
  if (is_dict(g)) {
    Value n = as_dict(g)->get_str(names::name);
    if (!n.is_unbound()) return n;
  }
  return Value(intern("builtins"));
}

// __slots__ as a list of names (a single string is one name).
std::vector<StrObject*> slot_names(const Value& slots, const std::string& cls) {
  std::vector<StrObject*> out;
  auto add = [&](const Value& v) {
    if (!is_str(v))
      raise_type_error(fmt::format("__slots__ items must be strings, not '{}'", type_name(v)));
    std::string_view s = as_str(v)->view();
    bool ident = !s.empty() && !(s[0] >= '0' && s[0] <= '9');
    for (char c : s) ident = ident && (c == '_' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
                                       (c >= '0' && c <= '9') || (c & 0x80));
    if (!ident) raise_type_error("__slots__ must be identifiers");
    StrObject* name = intern(s);
    // private names are mangled, as CPython's _Py_Mangle
    if (s.size() > 2 && s.substr(0, 2) == "__" && s.substr(s.size() - 2) != "__") {
      std::string_view c = cls;
      while (!c.empty() && c[0] == '_') c.remove_prefix(1);
      if (!c.empty()) name = intern(fmt::format("_{}{}", c, s));
    }
    out.push_back(name);
  };
  if (is_str(slots)) add(slots);
  else for_each(slots, add);
  return out;
}

}  // namespace

Value build_class(StrObject* name, std::vector<Value> bases_in, DictObject* ns, CallArgs kw) {
  std::vector<TypeObject*> bases;
  for (const Value& b : bases_in) {
    if (!is_type(b)) raise_type_error("bases must be types");
    auto* t = b.as<TypeObject>();
    if (std::find(bases.begin(), bases.end(), t) != bases.end())
      raise_type_error(fmt::format("duplicate base class {}", t->name));
    bases.push_back(t);
  }
  if (bases.empty()) bases.push_back(types::object);
  TypeId layout = TypeId::Instance;
  TypeObject* best = nullptr;
  for (TypeObject* b : bases) {
    check_base(b);
    TypeId l = layout_of(b);
    if (l == TypeId::Instance) continue;
    if (layout == TypeId::Instance) {
      layout = l;
      best = b;
    } else if (l != layout) {
      raise_type_error("multiple bases have instance lay-out conflict");
    }
  }
  if (!best) best = bases[0];
  // __slots__ storage: the base with the most slots comes first; any other
  // base with slots must be one of its ancestors (else CPython's conflict).
  TypeObject* slot_base = nullptr;
  for (TypeObject* b : bases)
    if (b->slot_count && (!slot_base || b->slot_count > slot_base->slot_count)) slot_base = b;
  if (slot_base)
    for (TypeObject* b : bases)
      if (b->slot_count && !slot_base->is_subtype_of(b))
        raise_type_error("multiple bases have instance lay-out conflict");

  Ref<TypeObject> t(new TypeObject(TypeObject::HeapTag{}, std::string(name->view()), layout, best));
  std::vector<TypeObject*> mro, conflict;
  if (!c3_linearize<TypeObject*>(t.get(), bases, [](TypeObject* b) { return b->mro; }, mro, conflict)) {
    std::string names_list;
    for (size_t i = 0; i < conflict.size(); ++i) names_list += (i ? ", " : "") + conflict[i]->name;
    raise_type_error("Cannot create a consistent method resolution\norder (MRO) for bases " + names_list);
  }
  std::vector<Value> items;
  for (TypeObject* b : bases) items.push_back(Value(static_cast<Object*>(b)));
  t->bases = make_tuple(std::move(items));
  items.clear();
  for (TypeObject* k : mro) items.push_back(Value(static_cast<Object*>(k)));
  t->mro_tuple = make_tuple(std::move(items));
  t->mro = std::move(mro);

  // The namespace, copied.
  Value dict_value = make_dict();
  auto* d = as_dict(dict_value);
  dict_update(d, Value(static_cast<Object*>(ns)));
  if (d->get_str(names::module).is_unbound()) d->set_str(names::module, current_module_name());
  Value qualname = d->pop(Value(static_cast<Object*>(names::qualname)));
  if (qualname.is_unbound()) {
    qualname = Value(static_cast<Object*>(name));
  } else if (!is_str(qualname)) {
    raise_type_error(fmt::format("type __qualname__ must be a str, not {}", type_name(qualname)));
  }
  t->qualname = qualname;
  Value new_fn = d->get_str(names::new_);
  if (is_function(new_fn)) d->set_str(names::new_, make_staticmethod(new_fn));
  for (StrObject* n : {names::init_subclass, names::class_getitem}) {
    Value f = d->get_str(n);
    if (is_function(f)) d->set_str(n, make_classmethod(f));
  }

  // __slots__, __dict__, __weakref__.
  bool base_dict = has_dict(best), base_weakref = false;
  t->slot_count = slot_base ? slot_base->slot_count : 0;
  for (TypeObject* b : bases) base_weakref = base_weakref || has_weakref(b);
  bool add_dict = !base_dict, add_weakref = !base_weakref;
  Value slots = d->get_str(names::slots);
  if (!slots.is_unbound()) {
    std::vector<StrObject*> slot_list = slot_names(slots, t->name);
    if (is_str(slots)) d->set_str(names::slots, slots);
    add_dict = add_weakref = false;
    for (StrObject* s : slot_list) {
      if (s == names::dict) {
        if (base_dict) raise_type_error("__dict__ slot disallowed: we already got one");
        add_dict = true;
      } else if (s == names::weakref) {
        if (base_weakref) raise_type_error("__weakref__ slot disallowed: we already got one");
        add_weakref = true;
      } else {
        if (!d->get_str(s).is_unbound())
          raise_value_error(fmt::format("'{}' in __slots__ conflicts with class variable", s->view()));
        // Variable-size builtin layouts (CPython's tp_itemsize) have no room for slots.
        if (layout == TypeId::Int || layout == TypeId::Tuple)
          raise_type_error(fmt::format("nonempty __slots__ not supported for subtype of '{}'", best->name));
        d->set_str(s, make_member(t.get(), s, t->slot_count++));
      }
    }
    t->no_instance_dict = !base_dict && !add_dict;
  }
  if (add_dict) d->set_str(names::dict, getset_descriptor(t.get(), names::dict));
  if (add_weakref) d->set_str(names::weakref, getset_descriptor(t.get(), names::weakref));
  if (add_weakref || base_weakref) t->class_flags |= kClassWeakref;
  if (d->get_str(names::doc).is_unbound()) d->set_str(names::doc, Value::none());
  if (!d->get_str(names::eq).is_unbound() && d->get_str(names::hash).is_unbound())
    d->set_str(names::hash, Value::none());
  t->dict = dict_value;
  for (TypeObject* b : bases)
    if (b->heap) b->subclasses.push_back(t.get());
  type_modified(t.get());

  // __set_name__ on the attributes, in definition order.
  std::vector<std::pair<Value, Value>> attrs;
  for (const DictEntry& e : d->entries)
    if (!e.key.is_unbound()) attrs.emplace_back(e.key, e.value);
  Value type_value = t.value();
  for (const auto& [key, value] : attrs) {
    if (!value.is_obj()) continue;
    Value set_name = type_lookup(type_of(value), names::set_name);
    if (set_name.is_unbound()) continue;
    try {
      Value bound = descr_get(set_name, value, type_of(value));
      call2(bound, type_value, key);
    } catch (PyException& e) {
      Value err = make_exception(exc::RuntimeError,
                                 fmt::format("Error calling __set_name__ on '{}' instance {} in '{}'",
                                             type_name(value), repr(key), t->name));
      err.as<ExceptionObject>()->cause = e.exc;
      err.as<ExceptionObject>()->context = e.exc;
      err.as<ExceptionObject>()->suppress_context = true;
      throw PyException{err};
    }
  }
  // super(t, t).__init_subclass__(**kw)
  Value init_sub;
  for (size_t i = 1; i < t->mro.size() && init_sub.is_unbound(); ++i) {
    TypeObject* k = t->mro[i];
    if (!k->dict.is_unbound()) init_sub = as_dict(k->dict)->get_str(names::init_subclass);
  }
  if (!init_sub.is_unbound()) call(descr_get(init_sub, Value(), t.get()), CallArgs{{}, kw.kw_values, kw.kw_names});
  return type_value;
}

// ------------------------------------------------------------ calling a class

Value type_call(TypeObject* t, CallArgs args) {
  Value new_fn = type_lookup(t, names::new_);
  Value obj;
  if (object_new_is(new_fn)) {
    if (args.size() != 0 && object_init_is(type_lookup(t, names::init)))
      raise_type_error(fmt::format("{}() takes no arguments", t->name));
    obj = new_instance(t);
  } else {
    Value f = descr_get(new_fn, Value(), t);
    obj = call_with_self(f, Value(static_cast<Object*>(t)), args);
  }
  if (!type_of(obj)->is_subtype_of(t)) return obj;
  Value init = type_lookup(t, names::init);
  Value r;
  if (is_function(init)) {
    r = call_with_self(init, obj, args);
  } else if (init.is_obj() && init.obj()->type->id == TypeId::MethodDescriptor) {
    auto* m = init.as<BuiltinFunctionObject>();
    r = m->fn(obj, args);
  } else {
    r = call(descr_get(init, obj, type_of(obj)), args);
  }
  if (!r.is_none()) raise_type_error(fmt::format("__init__() should return None, not '{}'", type_name(r)));
  return obj;
}

}  // namespace pywalk
