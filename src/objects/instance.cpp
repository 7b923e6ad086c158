// Instances of classes and the generic attribute protocol (objects/instance.h).
#include "pywalk/objects/instance.h"

#include <fmt/format.h>

#include <algorithm>

#include "pywalk/errors.h"
#include "pywalk/objects/builtin.h"
#include "pywalk/objects/class.h"
#include "pywalk/objects/descriptor.h"
#include "pywalk/objects/function.h"
#include "pywalk/objects/int.h"
#include "pywalk/objects/list.h"
#include "pywalk/objects/method.h"
#include "pywalk/objects/set.h"
#include "pywalk/objects/str.h"
#include "pywalk/ops.h"
#include "pywalk/suggestions.h"

namespace pywalk {

InstanceObject::InstanceObject(TypeObject* cls_) : Object(cls_), cls(static_cast<Object*>(cls_)) {
  if (!cls_->no_instance_dict) dict = make_dict();
  if (cls_->slot_count) slots.resize(cls_->slot_count);
  gc_track(this);
}

void InstanceObject::traverse(GcVisitor& v) const {
  v.visit(dict);
  v.visit(cls);
  visit_slots(v, slots);
}

void InstanceObject::clear_refs() {
  dict = Value();
  clear_slots(slots);
}

HeapExceptionObject::HeapExceptionObject(TypeObject* cls_) : ExceptionObject(cls_), cls(static_cast<Object*>(cls_)) {
  dict = make_dict();
  slots.resize(cls_->slot_count);
}

void HeapExceptionObject::traverse(GcVisitor& v) const {
  ExceptionObject::traverse(v);
  v.visit(cls);
  visit_slots(v, slots);
}

void HeapExceptionObject::clear_refs() {
  ExceptionObject::clear_refs();
  clear_slots(slots);
}

Value new_instance(TypeObject* cls) {
  switch (cls->id) {
    case TypeId::List: return Ref<ListObject>(new Subclassed<ListObject>(cls)).value();
    case TypeId::Dict: return Ref<DictObject>(new Subclassed<DictObject>(cls)).value();
    case TypeId::Set: return Ref<SetObject>(new Subclassed<SetObject>(cls, types::set)).value();
    case TypeId::FrozenSet: return Ref<SetObject>(new Subclassed<SetObject>(cls, types::frozenset)).value();
    case TypeId::Tuple: return Ref<TupleObject>(new Subclassed<TupleObject>(cls)).value();
    case TypeId::Str: return Ref<StrObject>(new Subclassed<StrObject>(cls, std::string(), 0, true)).value();
    case TypeId::Int: return Ref<IntObject>(new Subclassed<IntObject>(cls, num::BigInt(int64_t(0)))).value();
    case TypeId::BaseException: return make<HeapExceptionObject>(cls).value();
    default: return make<InstanceObject>(cls).value();
  }
}

Value builtin_new_for(TypeObject* base, TypeObject* cls, CallArgs args) {
  switch (base->id) {
    case TypeId::Tuple: {
      Value v = tuple_new(args);
      return Ref<TupleObject>(new Subclassed<TupleObject>(cls, v.as<TupleObject>()->items)).value();
    }
    case TypeId::Str: {
      Value v = str_new(args);
      const auto* s = as_str(v);
      return Ref<StrObject>(new Subclassed<StrObject>(cls, s->data, s->length, s->ascii)).value();
    }
    case TypeId::Int: {
      Value v = int_new(args);
      return Ref<IntObject>(new Subclassed<IntObject>(cls, to_bigint(v))).value();
    }
    case TypeId::FrozenSet: {
      Value v = frozenset_new(args);
      Value out = new_instance(cls);
      v.as<SetObject>()->each([&](const Value& k) { out.as<SetObject>()->add(k); });
      return out;
    }
    case TypeId::BaseException: {
      Value out = new_instance(cls);
      out.as<ExceptionObject>()->args = make_tuple(std::vector<Value>(args.positional.begin(), args.positional.end()));
      return out;
    }
    default: return new_instance(cls);
  }
}

DictObject* instance_dict_of(const Value& v) {
  if (!v.is_obj()) return nullptr;
  Object* o = v.obj();
  if (o->type->no_instance_dict) return nullptr;
  if (o->type->id == TypeId::BaseException) {
    auto* e = static_cast<ExceptionObject*>(o);
    if (e->dict.is_unbound()) e->dict = make_dict();
    return as_dict(e->dict);
  }
  Value* d = o->instance_dict();
  if (!d || !is_dict(*d)) return nullptr;
  return as_dict(*d);
}

// ------------------------------------------------------------- descriptors

Value descr_get(const Value& attr, const Value& obj, TypeObject* type) {
  if (!attr.is_obj()) return attr;
  Object* o = attr.obj();
  TypeObject* at = o->type;
  switch (at->id) {
    case TypeId::Function:
      return obj.is_unbound() ? attr : make_method(attr, obj);
    case TypeId::MethodDescriptor:
      return obj.is_unbound() ? attr : bind_builtin(static_cast<BuiltinFunctionObject*>(o), obj);
    default:
      break;
  }
  if (at == types::staticmethod) return static_cast<WrapperObject*>(o)->func;
  if (at == types::classmethod) {
    const Value& f = static_cast<WrapperObject*>(o)->func;
    Value cls(static_cast<Object*>(type));
    if (f.is_obj() && f.obj()->type->id == TypeId::BuiltinFunction) {
      auto* b = f.as<BuiltinFunctionObject>();
      return make<BuiltinFunctionObject>(types::builtin_function, b->name, b->fn, b->owner, cls).value();
    }
    return make_method(f, cls);
  }
  if (at->heap) {
    Value get = lookup_user_special(at, names::get);
    if (get.is_unbound()) return attr;
    Value argv[3] = {attr, obj.is_unbound() ? Value::none() : obj, Value(static_cast<Object*>(type))};
    if (is_function(get)) return call(get, CallArgs{std::span<const Value>(argv, 3), {}, {}});
    return call(descr_get(get, attr, at), CallArgs{std::span<const Value>(argv + 1, 2), {}, {}});
  }
  if (at->descr_get_slot) return at->descr_get_slot(attr, obj.is_unbound() ? Value::none() : obj, Value(type));
  return attr;
}

bool is_data_descriptor(const Value& attr) {
  if (!attr.is_obj()) return false;
  TypeObject* at = attr.obj()->type;
  if (at->heap)
    return !lookup_user_special(at, names::set).is_unbound() || !lookup_user_special(at, names::delete_).is_unbound();
  return at->descr_set_slot != nullptr;
}

bool is_descriptor(const Value& attr) {
  if (!attr.is_obj()) return false;
  TypeObject* at = attr.obj()->type;
  if (at->heap) return !lookup_user_special(at, names::get).is_unbound();
  return at->id == TypeId::Function || at->id == TypeId::MethodDescriptor || at->descr_get_slot != nullptr;
}

void descr_set(const Value& attr, const Value& obj, const Value& v) {
  TypeObject* at = attr.obj()->type;
  if (!at->heap) {
    at->descr_set_slot(attr, obj, v);
    return;
  }
  StrObject* which = v.is_unbound() ? names::delete_ : names::set;
  Value f = lookup_user_special(at, which);
  if (f.is_unbound())
    raise_attribute_error(v.is_unbound() ? "__delete__" : "__set__");
  Value bound = descr_get(f, attr, at);
  if (v.is_unbound()) call1(bound, obj);
  else call2(bound, obj, v);
}

// -------------------------------------------------------- attribute access

Value generic_getattr(const Value& obj, StrObject* name) {
  TypeObject* t = type_of(obj);
  Value descr = type_lookup(t, name);
  if (descr.is_obj() && is_data_descriptor(descr)) return descr_get(descr, obj, t);
  if (DictObject* d = instance_dict_of(obj)) {
    Value v = d->get_str(name);
    if (!v.is_unbound()) return v;
  }
  if (!descr.is_unbound()) return descr_get(descr, obj, t);
  return Value();
}

void generic_setattr(const Value& obj, StrObject* name, const Value& v) {
  TypeObject* t = type_of(obj);
  if (t->id == TypeId::BaseException && exception_setattr(obj.as<ExceptionObject>(), name, v)) return;
  Value descr = type_lookup(t, name);
  if (descr.is_obj() && is_data_descriptor(descr)) {
    descr_set(descr, obj, v);
    return;
  }
  DictObject* d = instance_dict_of(obj);
  if (!d) {
    if (!descr.is_unbound())
      raise_attribute_error(fmt::format("'{}' object attribute '{}' is read-only", t->name, name->view()));
    raise_no_attribute(obj, name);
  }
  if (v.is_unbound()) {
    if (!d->remove(Value(static_cast<Object*>(name)))) raise_no_attribute(obj, name);
  } else {
    d->set_str(name, v);
  }
}

void instance_setattr(const Value& obj, StrObject* name, const Value& v) {
  TypeObject* t = obj.obj()->type;
  uint32_t hook = v.is_unbound() ? kClassDelattr : kClassSetattr;
  if (!(t->class_flags & hook)) return generic_setattr(obj, name, v);
  Value f = lookup_user_special(t, v.is_unbound() ? names::delattr : names::setattr);
  Value n(static_cast<Object*>(name));
  if (v.is_unbound()) {
    if (is_function(f)) call2(f, obj, n);
    else call1(descr_get(f, obj, t), n);
  } else {
    Value argv[3] = {obj, n, v};
    if (is_function(f)) call(f, CallArgs{std::span<const Value>(argv, 3), {}, {}});
    else call(descr_get(f, obj, t), CallArgs{std::span<const Value>(argv + 1, 2), {}, {}});
  }
}

void raise_no_attribute(const Value& obj, StrObject* name) {
  TypeObject* t = type_of(obj);
  Value e = make_exception(exc::AttributeError,
                           fmt::format("'{}' object has no attribute '{}'", t->name, name->view()));
  std::vector<std::string> candidates = type_dir(t);
  if (DictObject* d = obj.is_obj() && obj.obj()->type->heap ? instance_dict_of(obj) : nullptr) {
    auto more = dict_key_names(d);
    candidates.insert(candidates.end(), more.begin(), more.end());
  }
  std::string s = best_suggestion(std::string(name->view()), candidates);
  if (!s.empty()) e.as<ExceptionObject>()->note = fmt::format(". Did you mean: '{}'?", s);
  throw PyException{e};
}

}  // namespace pywalk
