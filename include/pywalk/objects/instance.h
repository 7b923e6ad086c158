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
// A class whose MRO all defines __slots__ has `no_instance_dict`: the
// instance still stores its slot values in `dict`, but only through the
// member descriptors __slots__ put in the class (objects/descriptor.h), so
// other attribute names raise AttributeError and __dict__ is absent.
//
// Attribute lookup (generic_getattr) follows CPython: a data descriptor
// found on the type wins, then the instance dict, then a non-data
// descriptor bound to the instance (functions become bound methods), then
// the plain class attribute. ops.cpp adds a user __getattribute__ and the
// __getattr__ fallback (ops_heap.cpp).
#pragma once

#include <utility>

#include "pywalk/gc.h"
#include "pywalk/object.h"
#include "pywalk/objects/dict.h"
#include "pywalk/objects/exception.h"

namespace pywalk {

struct StrObject;

struct InstanceObject : Object {
  explicit InstanceObject(TypeObject* cls);
  Value dict;  // strong: a DictObject
  Value cls;   // strong: the class (== type)
  void traverse(GcVisitor& v) const override;
  void clear_refs() override;
  Value* instance_dict() noexcept override { return &dict; }
};

// An instance of a class extending builtin type T: T's object plus an
// instance dict and a strong reference to the class. The class is not
// cleared by clear_refs() (instances read their type until they die).
template <class T>
struct Subclassed final : T {
  template <class... Args>
  explicit Subclassed(TypeObject* cls_, Args&&... args) : T(std::forward<Args>(args)...) {
    this->type = cls_;
    cls = Value(static_cast<Object*>(cls_));
    dict = make_dict();
    gc_track(this);
  }
  Value dict;  // strong: a DictObject
  Value cls;   // strong
  void traverse(GcVisitor& v) const override {
    T::traverse(v);
    v.visit(dict);
    v.visit(cls);
  }
  void clear_refs() override {
    T::clear_refs();
    dict = Value();
  }
  Value* instance_dict() noexcept override { return &dict; }
};

// An exception of a user exception class: its dict is ExceptionObject::dict.
struct HeapExceptionObject final : ExceptionObject {
  explicit HeapExceptionObject(TypeObject* cls_);
  Value cls;  // strong
  void traverse(GcVisitor& v) const override;
  Value* instance_dict() noexcept override { return &dict; }
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

}  // namespace pywalk
