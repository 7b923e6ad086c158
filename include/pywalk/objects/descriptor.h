// The builtin descriptor types and their friends: staticmethod,
// classmethod, property, super, mappingproxy, member descriptors (from
// __slots__) and the sequence iterator.
//
// Each is a TypeId::Native type (object.h): its behaviour is in the type's
// slots (descr_get_slot, descr_set_slot, call_slot, getattr_slot,
// repr_slot, construct_slot, next_slot), its methods (property.setter,
// mappingproxy.keys...) in its dict, so the generic operations need no
// case for them. All hold their values strongly and are gc containers.
//
//   staticmethod(f): `func`; __get__ returns f; callable (3.10+).
//   classmethod(f): `func`; __get__ binds f to the class.
//   property(fget, fset, fdel, doc): a data descriptor; getter/setter/
//     deleter return a copy with one accessor replaced.
//   super(type, obj): `type` the class whose MRO position starts the
//     search, `obj` the instance (or class), `obj_type` the type whose MRO
//     is searched (type(obj), or obj itself for a class).
//   mappingproxy: a read-only view of a class's dict (`mapping`).
//   member_descriptor: one __slots__ name; reads and writes the instance's
//     hidden dict.
//   iterator (seq_iterator): iterates obj[0], obj[1], ... until IndexError
//     or StopIteration, for classes with __getitem__ but no __iter__; the
//     same type, `reverse` set, serves reversed() over __len__/__getitem__.
#pragma once

#include "pywalk/object.h"
#include "pywalk/objects/class.h"

namespace pywalk {

struct StrObject;

struct WrapperObject : Object {  // staticmethod and classmethod
  WrapperObject(TypeObject* t, Value func);
  Value func;  // strong
  Value dict;  // strong: __dict__ (__wrapped__, __name__, ... copied from func), Unbound until used
  void traverse(GcVisitor& v) const override;
  void clear_refs() override;
  Value* instance_dict() noexcept override { return &dict; }
};

struct PropertyObject : Object {
  PropertyObject();
  Value fget, fset, fdel, doc;  // strong; None when absent
  Value name;                   // strong: the attribute name (from __set_name__), Unbound if unknown
  void traverse(GcVisitor& v) const override;
  void clear_refs() override;
};

struct SuperObject : Object {
  SuperObject(Value type, Value obj, Value obj_type);
  Value type;      // strong: the class after which the MRO search starts
  Value obj;       // strong: the bound instance or class (None when unbound)
  Value obj_type;  // strong: the type whose MRO is searched
  void traverse(GcVisitor& v) const override;
  void clear_refs() override;
};

struct MappingProxyObject : Object {
  explicit MappingProxyObject(Value mapping);
  Value mapping;  // strong: a DictObject
  void traverse(GcVisitor& v) const override;
  void clear_refs() override;
};

// A member_descriptor (one __slots__ name) or a getset_descriptor
// (`__dict__`, `__weakref__`, object's `__class__`), by its type.
struct MemberObject : Object {
  MemberObject(TypeObject* t, TypeObject* owner, StrObject* name);
  Value owner;      // strong: the class that defines it
  StrObject* name;  // borrowed: interned (immortal)
  int64_t index = -1;  // member_descriptor: the instance's slot (Object::instance_slots())
  void traverse(GcVisitor& v) const override;
  void clear_refs() override;
};

struct SeqIterObject : Object {
  SeqIterObject(Value seq, bool reverse, int64_t start);
  Value seq;  // strong; Unbound when exhausted
  int64_t index;
  bool reverse;
  void traverse(GcVisitor& v) const override;
  void clear_refs() override;
};

inline bool is_staticmethod(const Value& v) { return v.is_obj() && v.obj()->type == types::staticmethod; }
inline bool is_classmethod(const Value& v) { return v.is_obj() && v.obj()->type == types::classmethod; }
inline bool is_mappingproxy(const Value& v) { return v.is_obj() && v.obj()->type == types::mappingproxy; }

Value make_staticmethod(Value func);
Value make_classmethod(Value func);
Value make_mappingproxy(Value dict);
Value make_member(TypeObject* owner, StrObject* name, int64_t index);
// The getset_descriptor `name` (__dict__, __weakref__, __class__) of owner.
Value getset_descriptor(TypeObject* owner, StrObject* name);
Value make_seq_iterator(Value seq, bool reverse, int64_t start);
// super(type, obj) as the builtin makes it (checks included).
Value make_super(const Value& type, const Value& obj);
// `super_obj.name(...)` without a bound method: the plain function `name`
// resolves to along the MRO after the super's class, with the instance to
// pass as self in *self; Unbound when it is not a function bound to an
// instance (the caller then takes the generic getattr path).
Value super_find_method(const Value& super_obj, StrObject* name, Value* self);

// Creates the descriptor types (called by init_class_types()).
void init_descriptor_types();

}  // namespace pywalk
