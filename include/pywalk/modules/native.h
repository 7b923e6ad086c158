// Helpers shared by the built-in modules (src/modules/*.cpp).
//
// Object types a module defines (functools.partial, itertools.count, ...)
// are TypeId::Native types made by make_native_type(): their behaviour
// comes from the TypeObject slots (call_slot, getattr_slot, repr_slot,
// construct_slot) and methods in the type's dict. Their names are CPython's
// tp_name ("functools.partial", "itertools.count"), which is what CPython
// shows in `type(x)` and in error messages.
//
// Native iterators (itertools.count, ...): a NativeIter subclass holds the
// state and computes next_item(); its type, made by make_native_iter_type(),
// is a TypeId::Native type whose next_slot drives it (the generic iter()
// returns such an object itself and next() calls the slot), with `__next__`
// and `__iter__` methods and a repr_slot calling repr_text().
#pragma once

#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "pywalk/builtins.h"
#include "pywalk/call.h"
#include "pywalk/object.h"
#include "pywalk/objects/builtin.h"

namespace pywalk {

struct DictObject;
struct ModuleObject;
struct StrObject;

namespace modules {

// callable(v): the builtin's test (builtins.h).
using pywalk::is_callable;

// A new type for a module's objects, with an empty attribute dict.
TypeObject* make_native_type(const char* name, TypeId id = TypeId::Native, TypeObject* base = nullptr);
// Sets module attribute `name`.
void set_attr(ModuleObject* m, const char* name, Value v);
// Defines module function `name` (a builtin function).
void def(ModuleObject* m, const char* name, BuiltinFn fn);

// The engine of a native iterator (see the header comment).
struct NativeIter : Object {
  explicit NativeIter(TypeObject* type);  // a type from make_native_iter_type()
  // The next item, or Unbound when exhausted.
  virtual Value next_item() = 0;
  // repr of the iterator; empty for the default "<itertools.x object at 0x...>".
  virtual std::string repr_text() { return {}; }
};

// An iterator type named `name` (CPython's tp_name: "itertools.count").
TypeObject* make_native_iter_type(const char* name);
// The iterator Python sees, driven by `engine`.
Value make_native_iterator(Ref<NativeIter> engine);
// The engine behind an iterator made by make_native_iterator, or null.
NativeIter* native_iter_engine(const Value& v);

// A C++ function that behaves as a Python function stored in a class
// (total_ordering's __le__, cmp_to_key's comparisons): calling it calls
// fn(args[0], rest), and found on an instance it binds like a method (a
// descriptor: MethodObject(this, instance)). `name` is its __name__.
Value make_native_method(std::string name, BuiltinFn fn);
// descr_get_slot of objects that bind like functions (the lru_cache
// wrapper): the object itself through the class, a bound method through
// an instance.
Value bind_like_function(const Value& descr, const Value& obj, const Value& type);

// Struct sequences and named tuples (sys.version_info, sys.float_info,
// functools' CacheInfo): a class deriving from tuple, made once, with one
// read-only descriptor per field (`v.major` is `v[0]`) and a __repr__
// `display(field=value, ...)`. Being real tuples, they index, unpack,
// compare and hash as tuples do. A named tuple (`namedtuple`) also has the
// class attribute `_fields`.
TypeObject* make_struct_seq_type(const char* module, const char* name, std::string display,
                                 std::vector<std::string> fields, bool namedtuple = false);
Value make_struct_seq(TypeObject* type, std::vector<Value> items);

// Argument helpers.
// A positional list of values as a CallArgs (no keywords).
inline CallArgs positional_args(const std::vector<Value>& v) {
  return CallArgs{std::span<const Value>(v), {}, {}};
}
// Binds `args` as a Python function `def fname(names...)` whose first
// `nrequired` parameters have no default: out[i] is Unbound for a parameter
// not given. Raises the messages of a Python function ("f() takes from 0 to
// 2 positional arguments but 3 were given", "f() missing 1 required
// positional argument: 'x'", "f() got an unexpected keyword argument 'y'",
// "f() got multiple values for argument 'x'"). For a method, `implicit` is
// 1 and fname its qualified name ("Random.randint"): the counts in the
// messages include `self`, as CPython's do.
void bind_py_args(std::string_view fname, CallArgs args, std::span<const char* const> names, size_t nrequired,
                  Value* out, size_t implicit = 0);

// Arguments assembled in C++ (partial's merged keywords...): owns the
// values; names are interned (immortal) strings.
struct ArgBuffer {
  std::vector<Value> positional;
  std::vector<Value> kw_values;
  std::vector<StrObject*> kw_names;
  // Appends every (str key, value) of a dict as keywords.
  void add_keywords(const DictObject* d);
  CallArgs view() const { return CallArgs{positional, kw_values, kw_names}; }
};

}  // namespace modules
}  // namespace pywalk
