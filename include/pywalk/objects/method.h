// MethodObject: a bound method, `obj.f` for a function f found on obj's
// class (or `A.g` for a classmethod g, bound to the class).
//
// `func` is the function (any callable: a classmethod may wrap a builtin),
// `self` the object it is bound to; calling it calls func(self, *args). The
// evaluator avoids making one for the common `obj.f(args)` (it calls the
// function with obj as first argument straight away), so a MethodObject
// only exists when a method is used as a value. repr:
// `<bound method A.f of <__main__.A object at 0x...>>`; two bound methods are
// equal when their functions are equal and their selves are the same object.
#pragma once

#include <string>

#include "pywalk/call.h"
#include "pywalk/object.h"

namespace pywalk {

struct StrObject;

struct MethodObject : Object {
  MethodObject(Value func, Value self);
  Value func;  // strong
  Value self;  // strong
  void traverse(GcVisitor& v) const override;
  void clear_refs() override;
};

inline bool is_method(const Value& v) { return v.is_obj() && v.obj()->type->id == TypeId::Method; }
Value make_method(Value func, Value self);
std::string method_repr(const MethodObject* m);
// __self__, __func__, __name__, ... and the function's attributes; Unbound if absent.
Value method_getattr(MethodObject* m, StrObject* name);
// Calls m: func(self, *args).
Value method_call(MethodObject* m, CallArgs args);
// Calls f with `self` before the positional arguments of args.
Value call_with_self(const Value& f, const Value& self, CallArgs args);
bool method_eq(const MethodObject* a, const MethodObject* b);
int64_t method_hash(const MethodObject* m);

}  // namespace pywalk
