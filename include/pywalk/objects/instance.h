// Instances of classes, and the generic attribute protocol
// (object.__getattribute__ / __setattr__ / __delattr__).
//
// Layout. An instance of a class deriving only from object is an
// InstanceObject: its `type` is the class (TypeId::Instance), `dict` its
// __dict__ (a DictObject, always present), `cls` a strong reference to the
// class (Object::type is borrowed; `cls` makes sure the class outlives its
// instances). An instance of a class that
// extends a builtin type is that builtin object with two more fields,
// Subclassed<T>: `class L(list)` makes Subclassed<ListObject> objects, so
// every piece of code that works on a ListObject (is_list() checks the id)
// works on it unchanged, while ops.cpp sees `type->heap` and dispatches the
// special methods the class defines first. Exceptions keep their own
// `dict` (ExceptionObject::dict) as their instance dict.
//
// __slots__ names are stored in `slots` (TypeObject::slot_count values, the
// base classes' slots first, Unbound when unset), read and written by the
// member descriptors __slots__ put in the class (objects/descriptor.h,
// MemberObject::index). A class whose MRO all defines __slots__ has
// `no_instance_dict`: its instances have no dict (`dict` stays Unbound), so
// other attribute names raise AttributeError and __dict__ is absent.
//
// Attribute lookup (generic_getattr) follows CPython: a data descriptor
// found on the type wins, then the instance dict, then a non-data
// descriptor bound to the instance (functions become bound methods), then
// the plain class attribute. ops.cpp adds a user __getattribute__ and the
// __getattr__ fallback (ops_heap.cpp).
#pragma once

#include <utility>
#include <vector>

#include "pywalk/gc.h"
#include "pywalk/object.h"
#include "pywalk/objects/class.h"
#include "pywalk/objects/dict.h"
#include "pywalk/objects/exception.h"

namespace pywalk {

struct StrObject;

struct InstanceObject : Object {
  explicit InstanceObject(TypeObject* cls);
  Value dict;  // strong: a DictObject, Unbound for a class without __dict__
  Value cls;   // strong: the class (== type)
  std::vector<Value> slots;  // strong: __slots__ values (empty without __slots__)
  void traverse(GcVisitor& v) const override;
  void clear_refs() override;
  Value* instance_dict() noexcept override { return &dict; }
  std::vector<Value>* instance_slots() noexcept override { return &slots; }
  Value* instance_class() noexcept override { return &cls; }
};

// Visits / clears the __slots__ values of an instance.
inline void visit_slots(GcVisitor& v, const std::vector<Value>& slots) {
  for (const Value& x : slots) v.visit(x);
}
inline void clear_slots(std::vector<Value>& slots) {
  std::vector<Value> old;
  old.swap(slots);
  slots.resize(old.size());
}

// An instance of a class extending builtin type T: T's object plus an
// instance dict and a strong reference to the class. The class is not
// cleared by clear_refs() (instances read their type until they die).
template <class T>
struct Subclassed final : T {
  template <class... Args>
  explicit Subclassed(TypeObject* cls_, Args&&... args) : T(std::forward<Args>(args)...) {
    this->type = cls_;
    cls = Value(static_cast<Object*>(cls_));
    if (!cls_->no_instance_dict) dict = make_dict();
    slots.resize(cls_->slot_count);
    gc_track(this);
  }
  Value dict;  // strong: a DictObject (Unbound without __dict__)
  Value cls;   // strong
  std::vector<Value> slots;  // strong: __slots__ values
  void traverse(GcVisitor& v) const override {
    T::traverse(v);
    v.visit(dict);
    v.visit(cls);
    visit_slots(v, slots);
  }
  void clear_refs() override {
    T::clear_refs();
    dict = Value();
    clear_slots(slots);
  }
  Value* instance_dict() noexcept override { return &dict; }
  std::vector<Value>* instance_slots() noexcept override { return &slots; }
  Value* instance_class() noexcept override { return &cls; }
};

// An exception of a user exception class: its dict is ExceptionObject::dict.
struct HeapExceptionObject final : ExceptionObject {
  explicit HeapExceptionObject(TypeObject* cls_);
  Value cls;  // strong
  std::vector<Value> slots;  // strong: __slots__ values
  void traverse(GcVisitor& v) const override;
  void clear_refs() override;
  Value* instance_dict() noexcept override { return &dict; }
  std::vector<Value>* instance_slots() noexcept override { return &slots; }
  Value* instance_class() noexcept override { return &cls; }
};

// object.__new__(cls) for any layout: an empty instance (an empty list for
// a list subclass, ...). Immutable builtin layouts (str, int, tuple,
// frozenset) are made by their own __new__ (builtin_new_for).
Value new_instance(TypeObject* cls);
// `base.__new__(cls, *args)` for builtin `base` and a class `cls` extending
// it: the builtin value made from args, in cls's layout.
Value builtin_new_for(TypeObject* base, TypeObject* cls, CallArgs args);

// The instance dict of v (a DictObject) or null (builtin objects, __slots__).
DictObject* instance_dict_of(const Value& v);

// Binds attribute `attr` found on `type` to `obj` (descr.__get__(obj, type)):
// functions become bound methods, classmethods bind to the type, builtin
// method descriptors bind, user descriptors' __get__ is called. obj
// Unbound: access through the class (__get__ sees None).
Value descr_get(const Value& attr, const Value& obj, TypeObject* type);
// attr defines __set__ or __delete__ (property, members, user descriptors).
bool is_data_descriptor(const Value& attr);
// Whether attr has a __get__ (functions, descriptors...).
bool is_descriptor(const Value& attr);
// Calls a data descriptor's __set__ (v) or __delete__ (v Unbound).
void descr_set(const Value& attr, const Value& obj, const Value& v);

// object.__getattribute__: Unbound when absent (no __getattr__ here).
Value generic_getattr(const Value& obj, StrObject* name);
// object.__setattr__ / object.__delattr__ (v Unbound): descriptors, then
// the instance dict; AttributeError as CPython.
void generic_setattr(const Value& obj, StrObject* name, const Value& v);
// setattr/delattr on an instance of a class: a user __setattr__/__delattr__
// if any, else the generic one.
void instance_setattr(const Value& obj, StrObject* name, const Value& v);
// "'A' object has no attribute 'x'" with 3.11's "Did you mean" note.
[[noreturn]] void raise_no_attribute(const Value& obj, StrObject* name);

// The hot paths of `obj.name` and `obj.name = v` for an instance of a plain
// class (InstanceObject, no __getattribute__/__getattr__/__setattr__ hook)
// whose class does not define `name` at all: straight to the instance dict.
// They return Unbound / false whenever that does not apply, and the caller
// then takes the generic path (getattr / setattr), which also raises.
inline Value instance_getattr_fast(const Value& obj, StrObject* name) {
  Object* o = obj.obj();
  TypeObject* t = o->type;
  if (t->id != TypeId::Instance || (t->class_flags & (kClassGetattribute | kClassGetattr))) return Value();
  const Value& d = static_cast<InstanceObject*>(o)->dict;
  if (!d.is_obj() || !type_lookup(t, name).is_unbound()) return Value();
  return as_dict(d)->get_str(name);
}
inline bool instance_setattr_fast(const Value& obj, StrObject* name, const Value& v) {
  Object* o = obj.obj();
  TypeObject* t = o->type;
  if (t->id != TypeId::Instance || (t->class_flags & kClassSetattr)) return false;
  const Value& d = static_cast<InstanceObject*>(o)->dict;
  if (!d.is_obj() || !type_lookup(t, name).is_unbound()) return false;
  as_dict(d)->set_str(name, v);
  return true;
}

}  // namespace pywalk
