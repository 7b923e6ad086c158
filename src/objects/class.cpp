// Classes: special-method names, attribute lookup along the MRO with its
// cache, and attribute access on type objects (see objects/class.h).
#include "pywalk/objects/class.h"

#include <fmt/format.h>

#include <algorithm>

#include "pywalk/errors.h"
#include "pywalk/objects/builtin.h"
#include "pywalk/objects/descriptor.h"
#include "pywalk/objects/dict.h"
#include "pywalk/objects/function.h"
#include "pywalk/objects/instance.h"
#include "pywalk/objects/list.h"
#include "pywalk/objects/method.h"
#include "pywalk/objects/str.h"
#include "pywalk/ops.h"
#include "pywalk/suggestions.h"

namespace pywalk {

namespace names {
StrObject *init, *new_, *repr, *str, *format, *hash, *bool_, *len, *getitem, *setitem, *delitem, *contains, *iter,
    *next, *call, *getattr, *getattribute, *setattr, *delattr, *enter, *exit, *init_subclass, *set_name, *get, *set,
    *delete_, *index, *int_, *float_, *abs, *neg, *pos, *invert, *round, *reversed, *missing, *class_, *dict, *module,
    *qualname, *name, *doc, *slots, *trunc, *divmod, *rdivmod, *eq, *ne, *lt, *le, *gt, *ge, *annotations, *weakref,
    *class_getitem, *dir, *subclasshook, *mro;
StrObject* binop[13];
StrObject* rbinop[13];
StrObject* ibinop[13];
StrObject* cmp[6];
}  // namespace names

void init_slot_methods();  // slot_methods.cpp

static void init_names() {
  struct {
    StrObject** p;
    const char* s;
  } table[] = {{&names::init, "__init__"},
               {&names::new_, "__new__"},
               {&names::repr, "__repr__"},
               {&names::str, "__str__"},
               {&names::format, "__format__"},
               {&names::hash, "__hash__"},
               {&names::bool_, "__bool__"},
               {&names::len, "__len__"},
               {&names::getitem, "__getitem__"},
               {&names::setitem, "__setitem__"},
               {&names::delitem, "__delitem__"},
               {&names::contains, "__contains__"},
               {&names::iter, "__iter__"},
               {&names::next, "__next__"},
               {&names::call, "__call__"},
               {&names::getattr, "__getattr__"},
               {&names::getattribute, "__getattribute__"},
               {&names::setattr, "__setattr__"},
               {&names::delattr, "__delattr__"},
               {&names::enter, "__enter__"},
               {&names::exit, "__exit__"},
               {&names::init_subclass, "__init_subclass__"},
               {&names::set_name, "__set_name__"},
               {&names::get, "__get__"},
               {&names::set, "__set__"},
               {&names::delete_, "__delete__"},
               {&names::index, "__index__"},
               {&names::int_, "__int__"},
               {&names::float_, "__float__"},
               {&names::abs, "__abs__"},
               {&names::neg, "__neg__"},
               {&names::pos, "__pos__"},
               {&names::invert, "__invert__"},
               {&names::round, "__round__"},
               {&names::reversed, "__reversed__"},
               {&names::missing, "__missing__"},
               {&names::class_, "__class__"},
               {&names::dict, "__dict__"},
               {&names::module, "__module__"},
               {&names::qualname, "__qualname__"},
               {&names::name, "__name__"},
               {&names::doc, "__doc__"},
               {&names::slots, "__slots__"},
               {&names::trunc, "__trunc__"},
               {&names::divmod, "__divmod__"},
               {&names::rdivmod, "__rdivmod__"},
               {&names::eq, "__eq__"},
               {&names::ne, "__ne__"},
               {&names::lt, "__lt__"},
               {&names::le, "__le__"},
               {&names::gt, "__gt__"},
               {&names::ge, "__ge__"},
               {&names::annotations, "__annotations__"},
               {&names::weakref, "__weakref__"},
               {&names::class_getitem, "__class_getitem__"},
               {&names::dir, "__dir__"},
               {&names::subclasshook, "__subclasshook__"},
               {&names::mro, "mro"}};
  for (auto& e : table) *e.p = intern(e.s);
  // In BinOpKind order: Add, Sub, Mult, MatMult, Div, FloorDiv, Mod, Pow, LShift, RShift, BitOr, BitXor, BitAnd.
  const char* ops[13] = {"add", "sub", "mul", "matmul", "truediv", "floordiv", "mod",
                         "pow", "lshift", "rshift", "or", "xor", "and"};
  for (int i = 0; i < 13; ++i) {
    names::binop[i] = intern(fmt::format("__{}__", ops[i]));
    names::rbinop[i] = intern(fmt::format("__r{}__", ops[i]));
    names::ibinop[i] = intern(fmt::format("__i{}__", ops[i]));
  }
  names::cmp[0] = names::eq;
  names::cmp[1] = names::ne;
  names::cmp[2] = names::lt;
  names::cmp[3] = names::le;
  names::cmp[4] = names::gt;
  names::cmp[5] = names::ge;
}

void init_class_types() {
  init_names();
  init_descriptor_types();
  init_slot_methods();
}

// ------------------------------------------------------------ lookup cache

namespace {

struct CacheEntry {
  const TypeObject* type = nullptr;  // borrowed, compared only
  const StrObject* name = nullptr;   // borrowed (immortal)
  uint32_t version = 0;
  Value value;  // strong
};

constexpr size_t kCacheBits = 12;
constexpr size_t kCacheSize = size_t(1) << kCacheBits;
CacheEntry* cache = new CacheEntry[kCacheSize];  // never freed: outlives every type
uint32_t next_version = 1;

uint32_t assign_version(TypeObject* t) {
  if (next_version == 0) {  // wrapped around: forget every entry
    for (size_t i = 0; i < kCacheSize; ++i) cache[i] = CacheEntry();
    next_version = 1;
  }
  t->version_tag = next_version++;
  return t->version_tag;
}

Value mro_lookup(TypeObject* t, StrObject* name) {
  for (TypeObject* k : t->mro) {
    if (k->dict.is_unbound()) continue;
    Value v = as_dict(k->dict)->get_str(name);
    if (!v.is_unbound()) return v;
  }
  return Value();
}

}  // namespace

Value type_lookup(TypeObject* t, StrObject* name) {
  if (!name->immortal()) return mro_lookup(t, name);  // only interned names are cache keys
  uint32_t version = t->version_tag ? t->version_tag : assign_version(t);
  uintptr_t h = (reinterpret_cast<uintptr_t>(t) >> 4) * 0x9e3779b1u ^ (reinterpret_cast<uintptr_t>(name) >> 4);
  CacheEntry& e = cache[(h ^ (h >> kCacheBits)) & (kCacheSize - 1)];
  if (e.type == t && e.name == name && e.version == version) return e.value;
  Value v = mro_lookup(t, name);
  e.type = t;
  e.name = name;
  e.version = version;
  e.value = v;
  return v;
}

Value lookup_user_special(TypeObject* t, StrObject* name) {
  Value v = type_lookup(t, name);
  if (v.is_obj()) {
    Object* o = v.obj();
    if (o->type->id == TypeId::MethodDescriptor) return Value();
    // builtin __new__ / __init_subclass__ (bound to their type)
    if (o->type == types::builtin_function && static_cast<BuiltinFunctionObject*>(o)->owner) return Value();
  }
  return v;
}

static uint32_t compute_flags(TypeObject* t) {
  uint32_t f = 0;
  if (!lookup_user_special(t, names::getattribute).is_unbound()) f |= kClassGetattribute;
  if (!lookup_user_special(t, names::getattr).is_unbound()) f |= kClassGetattr;
  if (!lookup_user_special(t, names::setattr).is_unbound()) f |= kClassSetattr;
  if (!lookup_user_special(t, names::delattr).is_unbound()) f |= kClassDelattr;
  return f;
}

void type_modified(TypeObject* t) {
  t->version_tag = 0;
  if (t->heap) t->class_flags = (t->class_flags & kClassWeakref) | compute_flags(t);
  for (TypeObject* sub : t->subclasses) type_modified(sub);
}

void class_unlink_subclass(TypeObject* t) {
  if (!is_tuple(t->bases)) return;
  for (const Value& b : t->bases.as<TupleObject>()->items) {
    auto& subs = b.as<TypeObject>()->subclasses;
    subs.erase(std::remove(subs.begin(), subs.end(), t), subs.end());
  }
}

// ------------------------------------------------------------------ names

Value type_module(const TypeObject* t) {
  if (t->heap && !t->dict.is_unbound()) {
    Value m = as_dict(t->dict)->get_str(names::module);
    if (!m.is_unbound()) return m;
  }
  // A builtin type named "functools.partial" is in module functools (CPython's tp_name rule).
  if (size_t dot = t->name.rfind('.'); !t->heap && dot != std::string::npos) return make_str(t->name.substr(0, dot));
  return Value(intern("builtins"));
}

// __name__ of a builtin type: tp_name after its last dot ("partial" for "functools.partial").
static Value builtin_type_name(const TypeObject* t) {
  size_t dot = t->name.rfind('.');
  if (dot == std::string::npos) return Value(intern(t->name));
  return make_str(t->name.substr(dot + 1));
}

Value type_qualname(const TypeObject* t) {
  if (t->heap && is_str(t->qualname)) return t->qualname;
  if (!t->heap) return builtin_type_name(t);
  return make_str(t->name);
}

std::string type_full_name(const TypeObject* t) {
  if (!t->heap) return t->name;
  Value m = type_module(t);
  std::string qual = str(type_qualname(t));
  if (is_str(m) && as_str(m)->view() != "builtins") return str(m) + "." + qual;
  return qual;
}

std::string type_repr(const TypeObject* t) { return fmt::format("<class '{}'>", type_full_name(t)); }

// ------------------------------------------------------ attributes of types

static Value mro_tuple_of(TypeObject* t) {
  if (t->heap) return t->mro_tuple;
  std::vector<Value> items;
  for (TypeObject* k : t->mro) items.push_back(Value(static_cast<Object*>(k)));
  return make_tuple(std::move(items));
}

static Value bases_of(TypeObject* t) {
  if (t->heap) return t->bases;
  if (!t->base) return empty_tuple();
  return make_tuple({Value(static_cast<Object*>(t->base))});
}

static Value type_mro_method(const Value& self, CallArgs args) {
  ArgParser("mro", args).no_keywords().positional(0, 0);
  if (!is_type(self)) raise_type_error("descriptor 'mro' requires a 'type' object");
  auto* t = self.as<TypeObject>();
  std::vector<Value> items;
  for (TypeObject* k : t->mro) items.push_back(Value(static_cast<Object*>(k)));
  return make_list(std::move(items));
}

static Value type_subclasses_method(const Value& self, CallArgs args) {
  ArgParser("__subclasses__", args).no_keywords().positional(0, 0);
  auto* t = self.as<TypeObject>();
  std::vector<Value> items;
  for (TypeObject* k : t->subclasses) items.push_back(Value(static_cast<Object*>(k)));
  return make_list(std::move(items));
}

Value type_getattr(TypeObject* t, StrObject* name) {
  std::string_view n = name->view();
  if (n.size() > 4 && n[0] == '_' && n[1] == '_') {
    if (name == names::name) return t->heap ? make_str(t->name) : builtin_type_name(t);
    if (name == names::qualname) return type_qualname(t);
    if (name == names::module) return type_module(t);
    if (n == "__mro__") return mro_tuple_of(t);
    if (n == "__bases__") return bases_of(t);
    if (n == "__base__") return t->base ? Value(static_cast<Object*>(t->base)) : Value::none();
    if (name == names::dict) return make_mappingproxy(t->dict);
    if (name == names::class_) return Value(static_cast<Object*>(t->type));
    if (name == names::doc) {
      Value d = t->dict.is_unbound() ? Value() : as_dict(t->dict)->get_str(names::doc);
      return d.is_unbound() ? Value::none() : descr_get(d, Value(), t);
    }
  }
  Value v = type_lookup(t, name);
  if (!v.is_unbound()) return descr_get(v, Value(), t);
  // The metatype's methods.
  if (name == names::mro) return make<BuiltinFunctionObject>(types::builtin_function, "mro", &type_mro_method,
                                                              types::type, Value(static_cast<Object*>(t))).value();
  if (n == "__subclasses__")
    return make<BuiltinFunctionObject>(types::builtin_function, "__subclasses__", &type_subclasses_method,
                                       types::type, Value(static_cast<Object*>(t)))
        .value();
  return Value();
}

void type_setattr(TypeObject* t, StrObject* name, const Value& v) {
  if (!t->heap) {
    if (v.is_unbound())
      raise_type_error(fmt::format("cannot delete '{}' attribute of immutable type '{}'", name->view(), t->name));
    raise_type_error(fmt::format("cannot set '{}' attribute of immutable type '{}'", name->view(), t->name));
  }
  if (name == names::name || name == names::qualname) {
    if (v.is_unbound()) raise_type_error(fmt::format("cannot delete '{}' attribute of immutable type '{}'", name->view(), t->name));
    if (!is_str(v))
      raise_type_error(fmt::format("can only assign string to {}.{}, not '{}'", t->name, name->view(), type_name(v)));
    if (name == names::name) t->name = as_str(v)->data;
    else t->qualname = v;
    return;
  }
  // A data descriptor on the metatype would win; `type` has none we expose beyond the above.
  auto* d = as_dict(t->dict);
  if (v.is_unbound()) {
    if (!d->remove(Value(static_cast<Object*>(name))))
      raise_attribute_error(fmt::format("type object '{}' has no attribute '{}'", t->name, name->view()));
  } else {
    d->set_str(name, v);
  }
  type_modified(t);
}

std::vector<std::string> type_dir(TypeObject* t) {
  std::vector<std::string> out;
  for (TypeObject* k : t->mro) {
    if (k->dict.is_unbound()) continue;
    auto more = dict_key_names(as_dict(k->dict));
    out.insert(out.end(), more.begin(), more.end());
  }
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

}  // namespace pywalk
