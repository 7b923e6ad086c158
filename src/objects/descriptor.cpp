// staticmethod, classmethod, property, member and getset descriptors, and
// mappingproxy (objects/descriptor.h).
#include "pywalk/objects/descriptor.h"

#include <fmt/format.h>

#include "pywalk/builtins.h"
#include "pywalk/errors.h"
#include "pywalk/gc.h"
#include "pywalk/objects/builtin.h"
#include "pywalk/objects/dict.h"
#include "pywalk/objects/exception.h"
#include "pywalk/objects/instance.h"
#include "pywalk/objects/list.h"
#include "pywalk/objects/method.h"
#include "pywalk/objects/str.h"
#include "pywalk/ops.h"

namespace pywalk {

namespace types {
TypeObject* method;
TypeObject* staticmethod;
TypeObject* classmethod;
TypeObject* property;
TypeObject* super;
TypeObject* mappingproxy;
TypeObject* member_descriptor;
TypeObject* getset_descriptor;
TypeObject* seq_iterator;
TypeObject* wrapper_descriptor;
TypeObject* method_wrapper;
}  // namespace types

void init_super_type();  // super.cpp

// ------------------------------------------------ staticmethod, classmethod

WrapperObject::WrapperObject(TypeObject* t, Value func_) : Object(t), func(std::move(func_)) { gc_track(this); }

void WrapperObject::traverse(GcVisitor& v) const {
  v.visit(func);
  v.visit(dict);
}

void WrapperObject::clear_refs() {
  func = Value::none();
  dict = Value();
}

Value make_staticmethod(Value func) { return make<WrapperObject>(types::staticmethod, std::move(func)).value(); }
Value make_classmethod(Value func) { return make<WrapperObject>(types::classmethod, std::move(func)).value(); }

namespace {

Value wrapper_construct(TypeObject* t, CallArgs args) {
  ArgParser p(t->name, args);
  p.no_keywords();
  check_positional(t->name, args.positional.size(), 1, 1);
  return make<WrapperObject>(t, args.positional[0]).value();
}

std::string wrapper_repr(const Value& self) {
  return fmt::format("<{}({})>", self.obj()->type->name, repr(self.as<WrapperObject>()->func));
}

Value wrapper_getattr(const Value& self, StrObject* name) {
  auto* w = self.as<WrapperObject>();
  std::string_view n = name->view();
  if (n == "__func__" || n == "__wrapped__") return w->func;
  if (n == "__isabstractmethod__") {
    Value v = getattr_or_unbound(w->func, name);
    return v.is_unbound() ? Value::boolean(false) : v;
  }
  if (is_dict(w->dict)) {
    Value v = as_dict(w->dict)->get_str(name);
    if (!v.is_unbound()) return v;
  }
  if (name == names::name || name == names::qualname || name == names::doc || name == names::module ||
      name == names::annotations)
    return getattr_or_unbound(w->func, name);
  if (name == names::dict) {
    if (w->dict.is_unbound()) w->dict = make_dict();
    return w->dict;
  }
  return Value();
}

bool wrapper_setattr(const Value& self, StrObject* name, const Value& v) {
  auto* w = self.as<WrapperObject>();
  if (w->dict.is_unbound()) w->dict = make_dict();
  if (v.is_unbound()) return as_dict(w->dict)->remove(Value(static_cast<Object*>(name)));
  as_dict(w->dict)->set_str(name, v);
  return true;
}

Value staticmethod_get(const Value& descr, const Value&, const Value&) { return descr.as<WrapperObject>()->func; }

Value classmethod_get(const Value& descr, const Value& obj, const Value& type) {
  TypeObject* t = type.is_none() ? type_of(obj) : type.as<TypeObject>();
  return descr_get(descr, Value(), t);
}

Value staticmethod_call(const Value& self, CallArgs args) {
  Value f = self.as<WrapperObject>()->func;
  return call(f, args);
}

// ----------------------------------------------------------------- property

std::string property_name_part(const PropertyObject* p) {
  return p->name.is_unbound() || !is_str(p->name) ? std::string() : " '" + as_str(p->name)->data + "'";
}

Value property_construct(TypeObject*, CallArgs args) {
  static const char* const kNames[] = {"fget", "fset", "fdel", "doc"};
  Value out[4];
  unpack_args("property", args, kNames, 0, 0, 4, out);
  auto p = make<PropertyObject>();
  for (int i = 0; i < 4; ++i)
    if (out[i].is_unbound()) out[i] = Value::none();
  p->fget = out[0];
  p->fset = out[1];
  p->fdel = out[2];
  p->doc = out[3];
  if (p->doc.is_none() && !p->fget.is_none()) {
    Value d = getattr_or_unbound(p->fget, names::doc);
    if (!d.is_unbound()) p->doc = d;
  }
  return p.value();
}

Value property_get(const Value& descr, const Value& obj, const Value&) {
  auto* p = descr.as<PropertyObject>();
  if (obj.is_none()) return descr;
  if (p->fget.is_none())
    raise_attribute_error(
        fmt::format("property{} of '{}' object has no getter", property_name_part(p), type_name(obj)));
  return call1(p->fget, obj);
}

void property_set(const Value& descr, const Value& obj, const Value& v) {
  auto* p = descr.as<PropertyObject>();
  const Value& f = v.is_unbound() ? p->fdel : p->fset;
  if (f.is_none())
    raise_attribute_error(fmt::format("property{} of '{}' object has no {}", property_name_part(p), type_name(obj),
                                      v.is_unbound() ? "deleter" : "setter"));
  if (v.is_unbound()) call1(f, obj);
  else call2(f, obj, v);
}

Value property_getattr(const Value& self, StrObject* name) {
  auto* p = self.as<PropertyObject>();
  std::string_view n = name->view();
  if (n == "fget") return p->fget;
  if (n == "fset") return p->fset;
  if (n == "fdel") return p->fdel;
  if (name == names::doc) return p->doc;
  if (n == "__isabstractmethod__") return Value::boolean(false);
  return Value();
}

Value property_copy(const Value& self, CallArgs args, int which, const char* fname) {
  ArgParser(fname, args).no_keywords().positional(1, 1);
  auto* old = self.as<PropertyObject>();
  auto p = make<PropertyObject>();
  p->fget = old->fget;
  p->fset = old->fset;
  p->fdel = old->fdel;
  p->doc = old->doc;
  p->name = old->name;
  Value f = args.positional[0];
  (which == 0 ? p->fget : which == 1 ? p->fset : p->fdel) = f;
  if (which == 0 && !f.is_none()) {  // a new getter brings its docstring
    Value d = getattr_or_unbound(f, names::doc);
    if (!d.is_unbound() && !d.is_none()) p->doc = d;
  }
  return p.value();
}

Value property_getter(const Value& self, CallArgs args) { return property_copy(self, args, 0, "getter"); }
Value property_setter(const Value& self, CallArgs args) { return property_copy(self, args, 1, "setter"); }
Value property_deleter(const Value& self, CallArgs args) { return property_copy(self, args, 2, "deleter"); }

Value property_set_name(const Value& self, CallArgs args) {
  ArgParser("__set_name__", args).no_keywords().positional(2, 2);
  self.as<PropertyObject>()->name = args.positional[1];
  return Value::none();
}

Value property_dunder_get(const Value& self, CallArgs args) {
  ArgParser("__get__", args).no_keywords().positional(1, 2);
  return property_get(self, args.positional[0], Value::none());
}

Value property_dunder_set(const Value& self, CallArgs args) {
  ArgParser("__set__", args).no_keywords().positional(2, 2);
  property_set(self, args.positional[0], args.positional[1]);
  return Value::none();
}

// __get__ / __set__ / __delete__ of the native descriptor types, through their slots.
Value slot_dunder_get(const Value& self, CallArgs args) {
  ArgParser("__get__", args).no_keywords().positional(1, 2);
  Value obj = args.positional[0];
  Value type = args.positional.size() > 1 ? args.positional[1] : Value::none();
  if (obj.is_none() && type.is_none()) raise_type_error("__get__(None, None) is invalid");
  if (type.is_none()) type = Value(static_cast<Object*>(type_of(obj)));
  return self.obj()->type->descr_get_slot(self, obj, type);
}

Value slot_dunder_set(const Value& self, CallArgs args) {
  ArgParser("__set__", args).no_keywords().positional(2, 2);
  self.obj()->type->descr_set_slot(self, args.positional[0], args.positional[1]);
  return Value::none();
}

Value slot_dunder_delete(const Value& self, CallArgs args) {
  ArgParser("__delete__", args).no_keywords().positional(1, 1);
  self.obj()->type->descr_set_slot(self, args.positional[0], Value());
  return Value::none();
}

Value property_dunder_delete(const Value& self, CallArgs args) {
  ArgParser("__delete__", args).no_keywords().positional(1, 1);
  property_set(self, args.positional[0], Value());
  return Value::none();
}

// ------------------------------------------------ member/getset descriptors

std::string member_repr(const Value& self) {
  auto* m = self.as<MemberObject>();
  const char* kind = self.obj()->type == types::member_descriptor ? "member" : "attribute";
  return fmt::format("<{} '{}' of '{}' objects>", kind, m->name->view(), m->owner.as<TypeObject>()->name);
}

void check_member_owner(const MemberObject* m, const Value& obj) {
  auto* owner = m->owner.as<TypeObject>();
  if (!type_of(obj)->is_subtype_of(owner))
    raise_type_error(fmt::format("descriptor '{}' for '{}' objects doesn't apply to a '{}' object", m->name->view(),
                                 owner->name, type_name(obj)));
}

Value member_get(const Value& descr, const Value& obj, const Value&) {
  if (obj.is_none()) return descr;
  auto* m = descr.as<MemberObject>();
  check_member_owner(m, obj);
  std::vector<Value>* slots = obj.obj()->instance_slots();
  if (!slots || m->index < 0 || static_cast<size_t>(m->index) >= slots->size()) raise_no_attribute(obj, m->name);
  const Value& v = (*slots)[static_cast<size_t>(m->index)];
  if (v.is_unbound()) raise_no_attribute(obj, m->name);
  return v;
}

void member_set(const Value& descr, const Value& obj, const Value& v) {
  auto* m = descr.as<MemberObject>();
  check_member_owner(m, obj);
  std::vector<Value>* slots = obj.obj()->instance_slots();
  if (!slots || m->index < 0 || static_cast<size_t>(m->index) >= slots->size()) raise_no_attribute(obj, m->name);
  Value& slot = (*slots)[static_cast<size_t>(m->index)];
  if (v.is_unbound() && slot.is_unbound()) raise_attribute_error(std::string(m->name->view()));
  slot = v;
}

Value getset_get(const Value& descr, const Value& obj, const Value&) {
  if (obj.is_none()) return descr;
  auto* m = descr.as<MemberObject>();
  if (m->name == names::class_) return Value(static_cast<Object*>(type_of(obj)));
  check_member_owner(m, obj);
  if (m->name == names::weakref) return Value::none();
  DictObject* d = instance_dict_of(obj);
  if (!d) raise_no_attribute(obj, names::dict);
  return Value(static_cast<Object*>(d));
}

// obj.__class__ = v (object_set_class): between classes of the same layout.
void set_class(const Value& obj, const Value& v) {
  if (v.is_unbound()) raise_type_error("can't delete __class__ attribute");
  if (!is_type(v)) raise_type_error(fmt::format("__class__ must be set to a class, not '{}' object", type_name(v)));
  auto* to = v.as<TypeObject>();
  TypeObject* from = type_of(obj);
  Value* cls = obj.is_obj() ? obj.obj()->instance_class() : nullptr;
  if (!to->heap || !from->heap || !cls)
    raise_type_error("__class__ assignment only supported for mutable types or ModuleType subclasses");
  if (to->id != from->id || to->slot_count != from->slot_count || to->no_instance_dict != from->no_instance_dict)
    raise_type_error(fmt::format("__class__ assignment: '{}' object layout differs from '{}'", to->name, from->name));
  Value keep = *cls;  // the old class stays alive until the switch is done
  obj.obj()->type = to;
  *cls = v;
}

void getset_set(const Value& descr, const Value& obj, const Value& v) {
  auto* m = descr.as<MemberObject>();
  if (m->name == names::class_) return set_class(obj, v);
  if (m->name == names::weakref)
    raise_attribute_error(
        fmt::format("attribute '__weakref__' of '{}' objects is not writable", m->owner.as<TypeObject>()->name));
  check_member_owner(m, obj);
  if (v.is_unbound()) raise_type_error("cannot delete __dict__");
  if (!is_dict(v)) raise_type_error(fmt::format("__dict__ must be set to a dictionary, not a '{}'", type_name(v)));
  if (obj.obj()->type->id == TypeId::BaseException) {
    obj.as<ExceptionObject>()->dict = v;
    return;
  }
  Value* d = obj.obj()->instance_dict();
  if (!d) raise_no_attribute(obj, names::dict);
  *d = v;
}

Value member_getattr(const Value& self, StrObject* name) {
  auto* m = self.as<MemberObject>();
  if (name == names::name || name == names::qualname) return Value(static_cast<Object*>(m->name));
  if (name->view() == "__objclass__") return m->owner;
  return Value();
}

// --------------------------------------------------------------- mappingproxy

std::string proxy_repr(const Value& self) {
  return "mappingproxy(" + repr(self.as<MappingProxyObject>()->mapping) + ")";
}

Value proxy_forward(const Value& self, CallArgs args, const char* name) {
  Value m = self.as<MappingProxyObject>()->mapping;
  return call(getattr(m, intern(name)), args);
}

Value proxy_keys(const Value& self, CallArgs args) { return proxy_forward(self, args, "keys"); }
Value proxy_values(const Value& self, CallArgs args) { return proxy_forward(self, args, "values"); }
Value proxy_items(const Value& self, CallArgs args) { return proxy_forward(self, args, "items"); }
Value proxy_get(const Value& self, CallArgs args) { return proxy_forward(self, args, "get"); }
Value proxy_copy(const Value& self, CallArgs args) { return proxy_forward(self, args, "copy"); }

Value proxy_construct(TypeObject*, CallArgs args) {
  ArgParser p("mappingproxy", args);
  check_positional("mappingproxy", args.positional.size(), 1, 1);
  const Value& m = args.positional[0];
  if (!is_dict(m) && !is_mappingproxy(m))
    raise_type_error(fmt::format("mappingproxy() argument must be a mapping, not {}", type_name(m)));
  return make_mappingproxy(is_dict(m) ? m : m.as<MappingProxyObject>()->mapping);
}

TypeObject* native(const char* name) {
  TypeObject* t = types::make_type(name, TypeId::Native, types::object);
  if (t->dict.is_unbound()) t->dict = make_dict();
  return t;
}

}  // namespace

PropertyObject::PropertyObject() : Object(types::property) { gc_track(this); }

void PropertyObject::traverse(GcVisitor& v) const {
  v.visit(fget);
  v.visit(fset);
  v.visit(fdel);
  v.visit(doc);
  v.visit(name);
}

void PropertyObject::clear_refs() {
  fget = fset = fdel = doc = Value::none();
  name = Value();
}

MemberObject::MemberObject(TypeObject* t, TypeObject* owner_, StrObject* name_)
    : Object(t), owner(static_cast<Object*>(owner_)), name(name_) {
  if (owner_->heap) gc_track(this);
}

void MemberObject::traverse(GcVisitor& v) const { v.visit(owner); }
void MemberObject::clear_refs() {}

Value make_member(TypeObject* owner, StrObject* name, int64_t index) {
  Ref<MemberObject> m = make<MemberObject>(types::member_descriptor, owner, name);
  m->index = index;
  return m.value();
}

Value getset_descriptor(TypeObject* owner, StrObject* name) {
  return make<MemberObject>(types::getset_descriptor, owner, name).value();
}

MappingProxyObject::MappingProxyObject(Value mapping_) : Object(types::mappingproxy), mapping(std::move(mapping_)) {
  gc_track(this);
}
void MappingProxyObject::traverse(GcVisitor& v) const { v.visit(mapping); }
void MappingProxyObject::clear_refs() { mapping = make_dict(); }

Value make_mappingproxy(Value dict) { return make<MappingProxyObject>(std::move(dict)).value(); }

void init_descriptor_types() {
  types::method = types::make_type("method", TypeId::Method, types::object);
  types::method->dict = make_dict();
  types::wrapper_descriptor = types::make_type("wrapper_descriptor", TypeId::MethodDescriptor, types::object);
  types::wrapper_descriptor->dict = make_dict();
  types::method_wrapper = types::make_type("method-wrapper", TypeId::BuiltinFunction, types::object);
  types::method_wrapper->dict = make_dict();

  types::staticmethod = native("staticmethod");
  types::classmethod = native("classmethod");
  for (TypeObject* t : {types::staticmethod, types::classmethod}) {
    t->construct_slot = &wrapper_construct;
    t->repr_slot = &wrapper_repr;
    t->getattr_slot = &wrapper_getattr;
    t->setattr_slot = &wrapper_setattr;
  }
  types::staticmethod->descr_get_slot = &staticmethod_get;
  types::staticmethod->call_slot = &staticmethod_call;
  types::classmethod->descr_get_slot = &classmethod_get;

  types::property = native("property");
  types::property->construct_slot = &property_construct;
  types::property->descr_get_slot = &property_get;
  types::property->descr_set_slot = &property_set;
  types::property->getattr_slot = &property_getattr;
  add_method(types::property, "getter", &property_getter);
  add_method(types::property, "setter", &property_setter);
  add_method(types::property, "deleter", &property_deleter);
  add_method(types::property, "__set_name__", &property_set_name);
  add_method(types::property, "__get__", &property_dunder_get);
  add_method(types::property, "__set__", &property_dunder_set);
  add_method(types::property, "__delete__", &property_dunder_delete);

  types::member_descriptor = native("member_descriptor");
  types::getset_descriptor = native("getset_descriptor");
  for (TypeObject* t : {types::member_descriptor, types::getset_descriptor}) {
    t->repr_slot = &member_repr;
    t->getattr_slot = &member_getattr;
  }
  types::member_descriptor->descr_get_slot = &member_get;
  types::member_descriptor->descr_set_slot = &member_set;
  types::getset_descriptor->descr_get_slot = &getset_get;
  types::getset_descriptor->descr_set_slot = &getset_set;
  for (TypeObject* t : {types::member_descriptor, types::getset_descriptor, types::staticmethod, types::classmethod}) {
    add_method(t, "__get__", &slot_dunder_get);
    if (t->descr_set_slot) {
      add_method(t, "__set__", &slot_dunder_set);
      add_method(t, "__delete__", &slot_dunder_delete);
    }
  }

  types::mappingproxy = native("mappingproxy");
  types::mappingproxy->repr_slot = &proxy_repr;
  types::mappingproxy->construct_slot = &proxy_construct;
  add_method(types::mappingproxy, "keys", &proxy_keys);
  add_method(types::mappingproxy, "values", &proxy_values);
  add_method(types::mappingproxy, "items", &proxy_items);
  add_method(types::mappingproxy, "get", &proxy_get);
  add_method(types::mappingproxy, "copy", &proxy_copy);

  init_super_type();
}

}  // namespace pywalk
