// Classes: heap TypeObjects, attribute lookup along the MRO, and the
// interned names of the special methods.
//
// A class is a TypeObject with `heap` set (object.h): `bases` and
// `mro_tuple` are tuples holding the base classes and the C3 linearisation
// (objects/mro.h) strongly, `mro` the same as raw pointers (this class
// first), `dict` the namespace the class body filled (a DictObject; Python
// sees it through a read-only mappingproxy), `qualname` its __qualname__.
// `id` is the instance layout: Instance for plain classes, or the TypeId of
// the builtin base extended (objects/instance.h). `name` is __name__.
//
// Attribute lookup on a type walks the MRO's dicts (type_lookup). Results
// are cached in a global table keyed by (type, name) and validated by the
// type's `version_tag`; any change to a class's dict (setattr/delattr on the
// class) gives it and all its subclasses a new tag (type_modified), so a
// cached entry is never stale. Misses are cached too: an instance attribute
// read costs one cache probe (the class has no such attribute) plus one
// lookup in the instance dict.
//
// `class_flags` records which attribute hooks (__getattribute__,
// __getattr__, __setattr__, __delattr__) a user class in the MRO defines, so
// that plain classes take the generic path without looking them up.
//
// Special methods are always looked up on the type, never on the instance
// (CPython's _PyObject_LookupSpecial): lookup_user_special() returns what a
// user class defines, or Unbound when only a builtin type in the MRO
// provides it (the caller then runs the builtin behaviour of the layout).
#pragma once

#include <string>
#include <vector>

#include "pywalk/call.h"
#include "pywalk/object.h"

namespace pywalk {

struct StrObject;
struct DictObject;

// The special-method names, interned (immortal); set by init_class_types().
namespace names {
extern StrObject *init, *new_, *repr, *str, *format, *hash, *bool_, *len, *getitem, *setitem, *delitem, *contains,
    *iter, *next, *call, *getattr, *getattribute, *setattr, *delattr, *enter, *exit, *init_subclass, *set_name, *get,
    *set, *delete_, *index, *int_, *float_, *abs, *neg, *pos, *invert, *round, *reversed, *missing, *class_, *dict,
    *module, *qualname, *name, *doc, *slots, *trunc, *divmod, *rdivmod, *eq, *ne, *lt, *le, *gt, *ge, *annotations,
    *weakref, *class_getitem, *dir, *subclasshook, *mro;
extern StrObject* binop[13];   // __add__ ... indexed by BinOpKind
extern StrObject* rbinop[13];  // __radd__ ...
extern StrObject* ibinop[13];  // __iadd__ ...
extern StrObject* cmp[6];      // __eq__ __ne__ __lt__ __le__ __gt__ __ge__, indexed by CmpOpKind
}  // namespace names

namespace types {
extern TypeObject* method;        // bound user methods (objects/method.h)
extern TypeObject* staticmethod;  // objects/descriptor.h
extern TypeObject* classmethod;
extern TypeObject* property;
extern TypeObject* super;
extern TypeObject* mappingproxy;
extern TypeObject* member_descriptor;  // __slots__ members
extern TypeObject* getset_descriptor;  // __dict__, __weakref__, object.__class__
extern TypeObject* seq_iterator;       // "iterator": iteration through __getitem__
extern TypeObject* wrapper_descriptor;  // special methods of builtin types (object.__init__)
extern TypeObject* method_wrapper;      // ... bound to an object (obj.__init__)
}  // namespace types

// class_flags bits
constexpr uint32_t kClassGetattribute = 1u << 0;  // a user class defines __getattribute__
constexpr uint32_t kClassGetattr = 1u << 1;       // ... __getattr__
constexpr uint32_t kClassSetattr = 1u << 2;       // ... __setattr__
constexpr uint32_t kClassDelattr = 1u << 3;       // ... __delattr__
constexpr uint32_t kClassWeakref = 1u << 16;      // instances have a __weakref__ slot (kept by type_modified)

// Creates the class-related types and registers the special methods of the
// builtin types (object.__init__, list.__getitem__, ...). Called by
// types::init_builtin_types().
void init_class_types();

inline bool is_type(const Value& v) { return v.is_obj() && v.obj()->type->id == TypeId::Type; }
inline bool is_heap_type(const TypeObject* t) { return t->heap; }
// The value's class is a user class.
inline bool has_heap_type(const Value& v) { return v.is_obj() && v.obj()->type->heap; }

// `name` along t's MRO (no descriptor binding); Unbound when absent. Cached.
Value type_lookup(TypeObject* t, StrObject* name);
// What a user class in t's MRO defines for a special method (None included:
// `__hash__ = None`); Unbound when it is absent or a builtin type's own.
Value lookup_user_special(TypeObject* t, StrObject* name);
// A class's dict changed: new version tags for it and its subclasses, and
// its class_flags recomputed.
void type_modified(TypeObject* t);
// Removes t from its bases' subclass lists (when it dies or is cleared).
void class_unlink_subclass(TypeObject* t);

// `class NAME(bases, **kw)` / type(name, bases, ns): makes the class from
// the namespace the body filled (copied), computes the MRO, wraps __new__
// and __init_subclass__, sets __hash__ = None when __eq__ is defined alone,
// calls __set_name__ on the attributes and the parent's __init_subclass__
// with the keywords. `qualname` is the __qualname__ (popped from ns when it
// is there). TypeError with CPython's messages for bad bases.
Value build_class(StrObject* name, std::vector<Value> bases, DictObject* ns, CallArgs init_subclass_kw);

// "<class '__main__.A'>", "<class 'int'>"
std::string type_repr(const TypeObject* t);
// "__main__.A" for a class (its __module__ and __qualname__), "int" for a builtin.
std::string type_full_name(const TypeObject* t);
// __module__ of a type: the class's, or "builtins".
Value type_module(const TypeObject* t);
Value type_qualname(const TypeObject* t);

// Attribute access on a type object (any type: `int.__name__`, `A.method`):
// the type's own data (__name__, __mro__, __dict__, ...), then the MRO with
// descriptors bound to the class (classmethod, staticmethod, user __get__),
// then the metatype's (mro, __subclasses__). Unbound when absent.
Value type_getattr(TypeObject* t, StrObject* name);
// Setting (v Unbound: deleting) an attribute of a type. Builtin types raise
// "cannot set 'x' attribute of immutable type 'int'".
void type_setattr(TypeObject* t, StrObject* name, const Value& v);

// Calling a class: __new__ (object.__new__ makes an instance of the right
// layout) then __init__ when the result is an instance of it.
Value type_call(TypeObject* t, CallArgs args);
// The attribute names dir(x) lists for a type (its MRO's dicts), sorted.
std::vector<std::string> type_dir(TypeObject* t);

}  // namespace pywalk
