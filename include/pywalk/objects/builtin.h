// BuiltinFunctionObject: a function implemented in C++.
//
// Used for builtin functions (len, print), for methods of builtin types
// stored unbound in the type's dict (a "method descriptor", repr
// `<method 'upper' of 'str' objects>`), and for those methods bound to an
// instance (repr `<built-in method append of list object at 0x...>`). A
// bound method is a new object holding `self`; the function receives
// `self` as its first argument separately from the call's arguments.
#pragma once

#include <string>

#include "pywalk/call.h"
#include "pywalk/object.h"

namespace pywalk {

using BuiltinFn = Value (*)(const Value& self, CallArgs args);

struct BuiltinFunctionObject : Object {
  BuiltinFunctionObject(TypeObject* t, std::string name, BuiltinFn fn, TypeObject* owner, Value self);
  std::string name;
  BuiltinFn fn;
  TypeObject* owner;  // borrowed: the type whose method this is, or null for a plain builtin
  Value self;         // strong: bound instance, or Unbound
  bool slot_wrapper = false;  // a special method (<slot wrapper '__init__' of 'object' objects>)
  void traverse(GcVisitor& v) const override;
  void clear_refs() override;
};

// A plain builtin function (print, len, ...).
Value make_builtin(std::string name, BuiltinFn fn);
// Registers method `name` of `type` (unbound, in type->dict).
void add_method(TypeObject* type, const char* name, BuiltinFn fn);
// The same for a special method shown as CPython's slot wrappers
// (`<slot wrapper '__eq__' of 'int' objects>`); nothing is replaced when
// the type already has `name`.
void add_slot_method(TypeObject* type, const char* name, BuiltinFn fn);
// Binds a method descriptor to an instance.
Value bind_builtin(BuiltinFunctionObject* descr, const Value& self);
std::string builtin_repr(const BuiltinFunctionObject* f);

}  // namespace pywalk
