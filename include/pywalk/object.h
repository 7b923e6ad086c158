// Object: the header every heap value shares, and TypeObject.
//
// Every heap object has an intrusive reference count (`refcount`) and a
// borrowed pointer to its type; builtin type objects are immortal, so no
// object holds a counted reference to its builtin type. Objects that can
// take part in reference cycles (lists, dicts, tuples, sets, functions,
// environments, cells, exceptions...) are "containers": their constructor
// calls gc_track(), they override traverse() to report every strong
// reference they hold and clear_refs() to drop them. The cycle collector
// (gc.h) uses exactly those two to find and break unreachable cycles, the
// same algorithm as CPython's gcmodule: subtract internal references from
// the counts; whatever still has a positive count is reachable from outside.
//
// A TypeObject describes a type: its Python name, a TypeId used by the
// generic operations (ops.h) to dispatch with a switch, its base type
// (borrowed), and `dict`, the type's attribute namespace (methods are
// builtin function objects stored there, found by interned name).
//
// Builtin types are immortal. A class made by a `class` statement (or
// type(name, bases, dict)) is a "heap" TypeObject (`heap` is true): mortal,
// a gc container holding its bases, MRO and namespace strongly. Its `id` is
// the layout of its instances: TypeId::Instance for a class deriving from
// object only, or the TypeId of the builtin base it extends (List for
// `class L(list)`, BaseException for `class E(Exception)`), so every switch
// on the id still treats such an instance as the builtin it extends; the
// generic operations check `heap` first to dispatch to special methods
// (objects/class.h). Instances of heap types hold a strong reference to
// their class, and expose their attribute dict through instance_dict().
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "pywalk/value.h"

namespace pywalk {

enum class TypeId : uint8_t {
  Object,  // `object` itself
  NoneType,
  NotImplementedType,
  Ellipsis,
  Bool,
  Int,
  Float,
  Complex,
  Str,
  Bytes,
  List,
  Tuple,
  Dict,
  Set,
  FrozenSet,
  Range,
  Slice,
  Function,
  BuiltinFunction,  // builtin function or builtin method (bound or not)
  MethodDescriptor, // unbound method of a builtin type: str.upper
  Method,           // bound user function (classes issue)
  Cell,
  Code,
  Env,  // internal: a closure environment
  Type,
  Iterator,     // every builtin iterator kind (see objects/iter.h)
  DictView,     // dict_keys / dict_values / dict_items
  BaseException,  // every exception instance (see objects/exception.h)
  Module,
  Instance,  // instance of a user class (classes issue)
  Native,    // an object type of a built-in module (functools.partial...): behaviour through TypeObject's slots
};

struct GcVisitor {
  virtual ~GcVisitor() = default;
  virtual void visit(Object* o) = 0;  // o may be null
  void visit(const Value& v) {
    if (v.is_obj()) visit(v.obj());
  }
};

struct Object {
  explicit Object(TypeObject* t) noexcept : type(t) {}
  Object(const Object&) = delete;
  Object& operator=(const Object&) = delete;
  virtual ~Object();

  // Containers: report every strong reference (for the cycle collector).
  virtual void traverse(GcVisitor&) const {}
  // Containers: drop every strong reference (breaks a garbage cycle).
  virtual void clear_refs() {}
  // Instances of classes: the per-instance attribute dict (a DictObject
  // value, or Unbound); null for objects without one.
  virtual Value* instance_dict() noexcept { return nullptr; }
  // Instances of classes with __slots__: the slot values (Unbound when
  // unset), indexed by the member descriptors' `index`; null otherwise.
  virtual std::vector<Value>* instance_slots() noexcept { return nullptr; }
  // Instances of classes: the strong reference to the class (`type` is the
  // borrowed one), for `obj.__class__ = C`; null otherwise.
  virtual Value* instance_class() noexcept { return nullptr; }

  TypeObject* type;  // borrowed: types outlive their instances
  uint32_t refcount = 0;
  uint32_t flags = 0;
  Object* gc_prev = nullptr;  // borrowed: tracked-container list links
  Object* gc_next = nullptr;  // borrowed
  int64_t gc_refs = 0;        // scratch for the collector

  static constexpr uint32_t kImmortal = 1u << 0;  // never freed (builtin types, interned strings, singletons)
  static constexpr uint32_t kTracked = 1u << 1;   // on the collector's list
  static constexpr uint32_t kReprBusy = 1u << 2;  // repr() in progress (recursive containers print [...])
  static constexpr uint32_t kGcOld = 1u << 3;        // collector: on the old generation's list
  static constexpr uint32_t kGcCollecting = 1u << 4; // collector: part of the running collection

  bool immortal() const noexcept { return flags & kImmortal; }
  void make_immortal() noexcept { flags |= kImmortal; refcount = 1u << 30; }
};

struct StrObject;
struct CallArgs;

struct TypeObject : Object {
  // A builtin type: immortal.
  TypeObject(std::string name_, TypeId id_, TypeObject* base_);
  // A class (heap type): mortal and tracked; objects/class.cpp fills it.
  struct HeapTag {};
  TypeObject(HeapTag, std::string name_, TypeId id_, TypeObject* base_);
  ~TypeObject() override;
  std::string name;  // "int", "list", "builtin_function_or_method"; a class's __name__
  TypeId id;
  TypeObject* base;  // borrowed (a heap type's bases tuple holds it); null only for `object`
  Value dict;        // strong: a DictObject with the type's attributes
  bool is_subtype_of(const TypeObject* other) const noexcept {
    if (heap) {
      for (const TypeObject* t : mro)
        if (t == other) return true;
      return false;
    }
    for (const TypeObject* t = this; t; t = t->base)
      if (t == other) return true;
    return false;
  }

  // ---- classes (heap types); see objects/class.h
  bool heap = false;
  // Instances have no __dict__ (every class in the MRO defines __slots__).
  bool no_instance_dict = false;
  // Instances have this many __slots__ values (the bases' first).
  uint32_t slot_count = 0;
  uint32_t version_tag = 0;  // attribute-cache tag; 0 = none yet (class.cpp)
  uint32_t class_flags = 0;  // which attribute hooks the MRO defines (class.h)
  Value bases;               // strong: tuple of the bases (heap types)
  Value mro_tuple;           // strong: __mro__ as a tuple (heap types)
  std::vector<TypeObject*> mro;  // this type first; borrowed (held by mro_tuple, or immortal)
  Value qualname;            // strong: __qualname__ (heap types), a str
  std::vector<TypeObject*> subclasses;  // borrowed: direct heap subclasses still alive
  void traverse(GcVisitor& v) const override;
  void clear_refs() override;

  // Slots, as CPython's tp_*: how the generic operations (ops.h, call.h)
  // treat instances of a type defined outside them (TypeId::Native), each
  // optional. Methods still come from `dict`.
  Value (*call_slot)(const Value& self, CallArgs args) = nullptr;  // makes instances callable
  // Instance attributes, looked up before the type's dict; Unbound if none.
  Value (*getattr_slot)(const Value& self, StrObject* name) = nullptr;
  // Sets an attribute; false when the object does not take it (AttributeError follows).
  bool (*setattr_slot)(const Value& self, StrObject* name, const Value& v) = nullptr;
  std::string (*repr_slot)(const Value& self) = nullptr;  // else "<NAME object at 0x...>"
  Value (*construct_slot)(TypeObject* type, CallArgs args) = nullptr;  // calling the type
  // Descriptors (staticmethod, property, ...): `descr.__get__(obj, type)`;
  // obj is None for an access through the class.
  Value (*descr_get_slot)(const Value& descr, const Value& obj, const Value& type) = nullptr;
  // Data descriptors: `descr.__set__(obj, v)`, or `__delete__(obj)` when v is Unbound.
  void (*descr_set_slot)(const Value& descr, const Value& obj, const Value& v) = nullptr;
  // Iterators: the next item, or Unbound when exhausted (ops next()).
  Value (*next_slot)(const Value& self) = nullptr;
};

// ----------------------------------------------------------- refcounting

inline Value::Value(Object* o) noexcept : tag_(Tag::Obj), o_(o) { ++o->refcount; }
inline void Value::incref() const noexcept {
  if (tag_ == Tag::Obj) ++o_->refcount;
}
inline void Value::decref() noexcept {
  if (tag_ == Tag::Obj && --o_->refcount == 0) object_release(o_);
}
template <class T>
void Ref<T>::inc(T* p) noexcept {
  ++static_cast<Object*>(p)->refcount;
}
template <class T>
void Ref<T>::dec(T* p) noexcept {
  Object* o = static_cast<Object*>(p);
  if (--o->refcount == 0) object_release(o);
}

// Makes a new object and returns the first strong reference to it.
template <class T, class... Args>
Ref<T> make(Args&&... args) {
  return Ref<T>(new T(std::forward<Args>(args)...));
}

// ------------------------------------------------------ the builtin types

namespace types {
extern TypeObject* object;
extern TypeObject* none;
extern TypeObject* not_implemented;
extern TypeObject* ellipsis;
extern TypeObject* bool_;
extern TypeObject* int_;
extern TypeObject* float_;
extern TypeObject* str;
extern TypeObject* list;
extern TypeObject* tuple;
extern TypeObject* dict;
extern TypeObject* set;
extern TypeObject* frozenset;
extern TypeObject* range;
extern TypeObject* slice;
extern TypeObject* function;
extern TypeObject* builtin_function;
extern TypeObject* method_descriptor;
extern TypeObject* cell;
extern TypeObject* code;
extern TypeObject* env;
extern TypeObject* type;
extern TypeObject* module;
// iterator types, each with its CPython name ("list_iterator", "range_iterator", ...)
extern TypeObject* list_iterator;
extern TypeObject* tuple_iterator;
extern TypeObject* str_iterator;
extern TypeObject* range_iterator;
extern TypeObject* dict_keyiterator;
extern TypeObject* dict_valueiterator;
extern TypeObject* dict_itemiterator;
extern TypeObject* set_iterator;
extern TypeObject* list_reverseiterator;
extern TypeObject* enumerate;
extern TypeObject* zip;
extern TypeObject* map;
extern TypeObject* filter;
extern TypeObject* reversed;
extern TypeObject* generator;  // eagerly evaluated generator expressions
extern TypeObject* dict_keys;
extern TypeObject* dict_values;
extern TypeObject* dict_items;

// Makes an immortal type object (used by init and by exception types).
TypeObject* make_type(const char* name, TypeId id, TypeObject* base);
// Creates every builtin type object (once, at start-up), and their
// attribute dicts (each objects/*.cpp registers its methods).
void init_builtin_types();
}  // namespace types

// The type of any value (None/bool/int/float are inline but have types).
TypeObject* type_of(const Value& v) noexcept;

// Lets a builtin type register a method implemented in C++ (see builtin.h).
void init_type_methods();

}  // namespace pywalk
