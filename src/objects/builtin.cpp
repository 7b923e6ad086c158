// Builtin functions and methods of builtin types.
#include "pywalk/objects/builtin.h"

#include <fmt/format.h>

#include "pywalk/gc.h"
#include "pywalk/objects/class.h"
#include "pywalk/objects/dict.h"
#include "pywalk/objects/str.h"
#include "pywalk/ops.h"

namespace pywalk {

BuiltinFunctionObject::BuiltinFunctionObject(TypeObject* t, std::string name_, BuiltinFn fn_, TypeObject* owner_,
                                             Value self_)
    : Object(t), name(std::move(name_)), fn(fn_), owner(owner_), self(std::move(self_)) {
  if (self.is_obj()) gc_track(this);
}

void BuiltinFunctionObject::traverse(GcVisitor& v) const { v.visit(self); }
void BuiltinFunctionObject::clear_refs() { self = Value(); }

Value make_builtin(std::string name, BuiltinFn fn) {
  return make<BuiltinFunctionObject>(types::builtin_function, std::move(name), fn, nullptr, Value()).value();
}

void add_method(TypeObject* type, const char* name, BuiltinFn fn) {
  auto m = make<BuiltinFunctionObject>(types::method_descriptor, name, fn, type, Value());
  m->make_immortal();
  as_dict(type->dict)->set_str(intern(name), m.value());
}

void add_slot_method(TypeObject* type, const char* name, BuiltinFn fn) {
  StrObject* key = intern(name);
  if (!as_dict(type->dict)->get_str(key).is_unbound()) return;
  auto m = make<BuiltinFunctionObject>(types::wrapper_descriptor, name, fn, type, Value());
  m->slot_wrapper = true;
  m->make_immortal();
  as_dict(type->dict)->set_str(key, m.value());
}

Value bind_builtin(BuiltinFunctionObject* descr, const Value& self) {
  auto b = make<BuiltinFunctionObject>(descr->slot_wrapper ? types::method_wrapper : types::builtin_function,
                                       descr->name, descr->fn, descr->owner, self);
  b->slot_wrapper = descr->slot_wrapper;
  return b.value();
}

std::string builtin_repr(const BuiltinFunctionObject* f) {
  if (f->type->id == TypeId::MethodDescriptor)
    return fmt::format("<{} '{}' of '{}' objects>", f->slot_wrapper ? "slot wrapper" : "method", f->name,
                       f->owner->name);
  if (f->slot_wrapper && !f->self.is_unbound())
    return fmt::format("<method-wrapper '{}' of {} object at {}>", f->name, type_name(f->self),
                       fmt::ptr(f->self.is_obj() ? static_cast<const void*>(f->self.obj()) : static_cast<const void*>(f)));
  if (f->self.is_unbound()) return fmt::format("<built-in function {}>", f->name);
  if (f->self.is_obj() && f->self.obj()->type->id == TypeId::Type)
    return fmt::format("<built-in method {} of type object at {}>", f->name, fmt::ptr(f->self.obj()));
  return fmt::format("<built-in method {} of {} object at {}>", f->name, type_name(f->self),
                     fmt::ptr(f->self.is_obj() ? static_cast<const void*>(f->self.obj()) : static_cast<const void*>(f)));
}

}  // namespace pywalk
