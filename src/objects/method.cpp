// Bound methods (objects/method.h).
#include "pywalk/objects/method.h"

#include <fmt/format.h>

#include "pywalk/gc.h"
#include "pywalk/interpreter.h"
#include "pywalk/objects/class.h"
#include "pywalk/objects/function.h"
#include "pywalk/objects/str.h"
#include "pywalk/ops.h"

namespace pywalk {

MethodObject::MethodObject(Value func_, Value self_)
    : Object(types::method), func(std::move(func_)), self(std::move(self_)) {
  gc_track(this);
}

void MethodObject::traverse(GcVisitor& v) const {
  v.visit(func);
  v.visit(self);
}

void MethodObject::clear_refs() {
  func = Value::none();
  self = Value::none();
}

Value make_method(Value func, Value self) { return make<MethodObject>(std::move(func), std::move(self)).value(); }

std::string method_repr(const MethodObject* m) {
  Value name = getattr_or_unbound(m->func, names::qualname);
  if (name.is_unbound()) name = getattr_or_unbound(m->func, names::name);
  std::string n = is_str(name) ? as_str(name)->data : "?";
  return fmt::format("<bound method {} of {}>", n, repr(m->self));
}

Value method_getattr(MethodObject* m, StrObject* name) {
  if (name == names::class_) return Value(static_cast<Object*>(types::method));
  std::string_view n = name->view();
  if (n == "__self__") return m->self;
  if (n == "__func__") return m->func;
  // Everything else is the function's (__name__, __doc__, __wrapped__, attributes).
  return getattr_or_unbound(m->func, name);
}

Value call_with_self(const Value& f, const Value& self, CallArgs args) {
  const size_t n = args.positional.size();
  if (n < 6) {
    Value argv[6];
    argv[0] = self;
    for (size_t i = 0; i < n; ++i) argv[i + 1] = args.positional[i];
    return call(f, CallArgs{std::span<const Value>(argv, n + 1), args.kw_values, args.kw_names});
  }
  std::vector<Value> argv;
  argv.reserve(n + 1);
  argv.push_back(self);
  argv.insert(argv.end(), args.positional.begin(), args.positional.end());
  return call(f, CallArgs{std::span<const Value>(argv), args.kw_values, args.kw_names});
}

Value method_call(MethodObject* m, CallArgs args) {
  Value func = m->func, self = m->self;  // the call may drop the method
  return call_with_self(func, self, args);
}

bool method_eq(const MethodObject* a, const MethodObject* b) { return a->self.is(b->self) && eq(a->func, b->func); }

int64_t method_hash(const MethodObject* m) {
  // CPython's meth_hash: the identity hash of self xor the function's hash.
  uint64_t y = m->self.is_obj() ? reinterpret_cast<uintptr_t>(m->self.obj()) : m->self.bits();
  y = (y >> 4) | (y << 60);
  int64_t h = static_cast<int64_t>(y) ^ hash(m->func);
  return h == -1 ? -2 : h;
}

}  // namespace pywalk
