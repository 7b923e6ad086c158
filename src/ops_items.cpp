// Generic operations, continued: attributes, items, len and iteration.
#include <fmt/format.h>

#include <algorithm>

#include "ops_heap.h"
#include "pywalk/builtins.h"
#include "pywalk/errors.h"
#include "pywalk/objects/builtin.h"
#include "pywalk/objects/class.h"
#include "pywalk/objects/descriptor.h"
#include "pywalk/objects/dict.h"
#include "pywalk/objects/generic_alias.h"
#include "pywalk/objects/exception.h"
#include "pywalk/objects/function.h"
#include "pywalk/objects/instance.h"
#include "pywalk/objects/iter.h"
#include "pywalk/objects/list.h"
#include "pywalk/objects/method.h"
#include "pywalk/objects/module.h"
#include "pywalk/objects/range.h"
#include "pywalk/objects/set.h"
#include "pywalk/objects/str.h"
#include "pywalk/ops.h"
#include "pywalk/suggestions.h"

namespace pywalk {

// --------------------------------------------------------------- attributes

static Value lookup_type_attr(TypeObject* t, StrObject* name) {
  for (TypeObject* k = t; k; k = k->base) {
    if (k->dict.is_unbound()) continue;
    Value v = as_dict(k->dict)->get_str(name);
    if (!v.is_unbound()) return v;
  }
  return Value();
}

// The attributes of a builtin object (or of the builtin part of an instance of a class).
Value getattr_layout(const Value& obj, StrObject* name) {
  std::string_view n = name->view();
  if (obj.is_obj()) {
    Object* o = obj.obj();
    switch (o->type->id) {
      case TypeId::Function: {
        Value v = function_getattr(static_cast<FunctionObject*>(o), name);
        if (!v.is_unbound()) return v;
        break;
      }
      case TypeId::Module: {
        Value v = static_cast<ModuleObject*>(o)->ns()->get_str(name);
        if (!v.is_unbound()) return v;
        if (n == "__dict__") return static_cast<ModuleObject*>(o)->dict;
        break;
      }
      case TypeId::Cell: return cell_getattr(static_cast<CellObject*>(o), name);
      case TypeId::Code: return code_getattr(static_cast<CodeObject*>(o), name);
      case TypeId::Type: return type_getattr(static_cast<TypeObject*>(o), name);
      case TypeId::Method: return method_getattr(static_cast<MethodObject*>(o), name);
      case TypeId::BuiltinFunction:
      case TypeId::MethodDescriptor: {
        auto* f = static_cast<BuiltinFunctionObject*>(o);
        if (n == "__name__") return make_str(f->name);
        if (n == "__qualname__") return make_str(f->owner ? f->owner->name + "." + f->name : f->name);
        if (n == "__self__") return f->self.is_unbound() ? Value::none() : f->self;
        if (n == "__doc__") return Value::none();
        if (n == "__objclass__" && f->owner && o->type->id == TypeId::MethodDescriptor)
          return Value(static_cast<Object*>(f->owner));
        break;
      }
      case TypeId::BaseException: {
        Value v = exception_getattr(static_cast<ExceptionObject*>(o), name);
        if (!v.is_unbound()) return v;
        break;
      }
      default: break;
    }
    if (o->type->getattr_slot) {
      Value v = o->type->getattr_slot(obj, name);
      if (!v.is_unbound()) return v;
    }
  }
  if (name == names::class_) return Value(static_cast<Object*>(type_of(obj)));
  if (name == names::doc && !is_function(obj)) return Value::none();
  TypeObject* t = type_of(obj);
  Value v = lookup_type_attr(t, name);
  if (v.is_unbound()) return builtin_data_attr(obj, n);
  return descr_get(v, obj, t);
}

static Value getattr_impl(const Value& obj, StrObject* name) {
  if (obj.is_obj() && obj.obj()->type->heap) return heap_getattr(obj, name);
  return getattr_layout(obj, name);
}

static bool is_attribute_error(const PyException& e) { return e.exc.obj()->type->is_subtype_of(exc::AttributeError); }

Value getattr_or_unbound(const Value& obj, StrObject* name) {
  try {
    return getattr_impl(obj, name);
  } catch (PyException& e) {
    if (!is_attribute_error(e)) throw;
    return Value();
  }
}

static std::vector<std::string> attr_candidates(TypeObject* t) {
  std::vector<std::string> names_list;
  for (TypeObject* k : t->mro)
    if (!k->dict.is_unbound()) {
      auto more = dict_key_names(as_dict(k->dict));
      names_list.insert(names_list.end(), more.begin(), more.end());
    }
  std::sort(names_list.begin(), names_list.end());
  names_list.erase(std::unique(names_list.begin(), names_list.end()), names_list.end());
  return names_list;
}

Value getattr(const Value& obj, StrObject* name) {
  Value v = getattr_impl(obj, name);
  if (!v.is_unbound()) return v;
  TypeObject* t = type_of(obj);
  if (t->heap) raise_no_attribute(obj, name);
  if (t->id == TypeId::Method) return getattr(obj.as<MethodObject>()->func, name);  // the function's error
  std::string msg;
  if (t->id == TypeId::Type)
    msg = fmt::format("type object '{}' has no attribute '{}'", obj.as<TypeObject>()->name, name->view());
  else if (t->id == TypeId::Module)
    msg = fmt::format("module '{}' has no attribute '{}'", obj.as<ModuleObject>()->name, name->view());
  else
    msg = fmt::format("'{}' object has no attribute '{}'", t->name, name->view());
  Value e = make_exception(exc::AttributeError, msg);
  std::vector<std::string> candidates = attr_candidates(t->id == TypeId::Type ? obj.as<TypeObject>() : t);
  std::string s = best_suggestion(std::string(name->view()), candidates);
  if (!s.empty()) e.as<ExceptionObject>()->note = fmt::format(". Did you mean: '{}'?", s);
  throw PyException{e};
}

// setattr (v) or delattr (v Unbound).
static void set_or_delete(const Value& obj, StrObject* name, const Value& v) {
  if (obj.is_obj()) {
    Object* o = obj.obj();
    if (o->type->heap) return instance_setattr(obj, name, v);
    switch (o->type->id) {
      case TypeId::Type: return type_setattr(static_cast<TypeObject*>(o), name, v);
      case TypeId::Function: {
        auto* f = static_cast<FunctionObject*>(o);
        if (!v.is_unbound()) return function_setattr(f, name, v);
        if (!f->dict.is_unbound() && as_dict(f->dict)->remove(Value(static_cast<Object*>(name)))) return;
        break;
      }
      case TypeId::Module:
        if (!v.is_unbound()) return static_cast<ModuleObject*>(o)->ns()->set_str(name, v);
        if (static_cast<ModuleObject*>(o)->ns()->remove(Value(static_cast<Object*>(name)))) return;
        raise_attribute_error(
            fmt::format("module '{}' has no attribute '{}'", static_cast<ModuleObject*>(o)->name, name->view()));
      case TypeId::BaseException:
        return generic_setattr(obj, name, v);
      default:
        break;
    }
    if (o->type->setattr_slot && (!v.is_unbound() || o->type == types::staticmethod || o->type == types::classmethod) &&
        o->type->setattr_slot(obj, name, v))
      return;
  }
  if (name == names::class_) {  // object.__class__'s setter on a builtin object
    if (v.is_unbound()) raise_type_error("can't delete __class__ attribute");
    if (!is_type(v)) raise_type_error(fmt::format("__class__ must be set to a class, not '{}' object", type_name(v)));
    raise_type_error("__class__ assignment only supported for mutable types or ModuleType subclasses");
  }
  if (v.is_unbound() || lookup_type_attr(type_of(obj), name).is_unbound())
    raise_attribute_error(fmt::format("'{}' object has no attribute '{}'", type_name(obj), name->view()));
  raise_attribute_error(fmt::format("'{}' object attribute '{}' is read-only", type_name(obj), name->view()));
}

void setattr(const Value& obj, StrObject* name, const Value& v) { set_or_delete(obj, name, v); }
void delattr(const Value& obj, StrObject* name) { set_or_delete(obj, name, Value()); }

// -------------------------------------------------------------------- items

Value getitem(const Value& obj, const Value& key) {
  if (obj.is_obj() && obj.obj()->type->heap) return heap_getitem(obj, key);
  return getitem_layout(obj, key);
}

Value getitem_layout(const Value& obj, const Value& key) {
  if (obj.is_obj()) {
    Object* o = obj.obj();
    switch (o->type->id) {
      case TypeId::List: return list_getitem(static_cast<ListObject*>(o), key);
      case TypeId::Tuple: return tuple_getitem(static_cast<TupleObject*>(o), key);
      case TypeId::Str: return str_getitem(static_cast<StrObject*>(o), key);
      case TypeId::Range: return range_getitem(static_cast<RangeObject*>(o), key);
      case TypeId::Dict: {
        Value v = static_cast<DictObject*>(o)->get(key);
        if (v.is_unbound()) {
          if (o->type->heap) {
            Value missing = lookup_user_special(o->type, names::missing);
            if (!missing.is_unbound()) return call_special1(missing, obj, key);
          }
          raise_key_error(key);
        }
        return v;
      }
      case TypeId::Type: {
        auto* t = static_cast<TypeObject*>(o);
        if (t->heap) {
          Value cg = type_lookup(t, names::class_getitem);
          if (!cg.is_unbound()) return call1(descr_get(cg, Value(), t), key);
          if (is_generic_builtin(t)) return make_generic_alias(obj, key);
          raise_type_error("'type' object is not subscriptable");
        }
        if (is_generic_builtin(t)) return make_generic_alias(obj, key);
        raise_type_error(fmt::format("type '{}' is not subscriptable", t->name));
      }
      default:
        if (o->type == types::mappingproxy) return getitem(static_cast<MappingProxyObject*>(o)->mapping, key);
        break;
    }
  }
  raise_type_error(fmt::format("'{}' object is not subscriptable", type_name(obj)));
}

void setitem(const Value& obj, const Value& key, const Value& v) {
  if (obj.is_obj() && obj.obj()->type->heap) return heap_setitem(obj, key, v);
  setitem_layout(obj, key, v);
}

void setitem_layout(const Value& obj, const Value& key, const Value& v) {
  if (is_list(obj)) return list_setitem(obj.as<ListObject>(), key, v);
  if (is_dict(obj)) return obj.as<DictObject>()->set(key, v);
  raise_type_error(fmt::format("'{}' object does not support item assignment", type_name(obj)));
}

void delitem(const Value& obj, const Value& key) {
  if (obj.is_obj() && obj.obj()->type->heap) return heap_delitem(obj, key);
  delitem_layout(obj, key);
}

void delitem_layout(const Value& obj, const Value& key) {
  if (is_list(obj)) return list_delitem(obj.as<ListObject>(), key);
  if (is_dict(obj)) {
    if (!obj.as<DictObject>()->remove(key)) raise_key_error(key);
    return;
  }
  raise_type_error(fmt::format("'{}' object doesn't support item deletion", type_name(obj)));
}

int64_t len(const Value& v) {
  if (v.is_obj() && v.obj()->type->heap) return heap_len(v);
  return len_layout(v);
}

int64_t len_layout(const Value& v) {
  if (v.is_obj()) {
    Object* o = v.obj();
    switch (o->type->id) {
      case TypeId::Str: return static_cast<StrObject*>(o)->length;
      case TypeId::List: return static_cast<int64_t>(static_cast<ListObject*>(o)->items.size());
      case TypeId::Tuple: return static_cast<int64_t>(static_cast<TupleObject*>(o)->items.size());
      case TypeId::Dict: return static_cast<DictObject*>(o)->size();
      case TypeId::Set:
      case TypeId::FrozenSet: return static_cast<SetObject*>(o)->size();
      case TypeId::Range: return static_cast<RangeObject*>(o)->length;
      case TypeId::DictView: return static_cast<IteratorObject*>(o)->source.as<DictObject>()->size();
      default:
        if (o->type == types::mappingproxy) return len(static_cast<MappingProxyObject*>(o)->mapping);
        break;
    }
  }
  raise_type_error(fmt::format("object of type '{}' has no len()", type_name(v)));
}

// ---------------------------------------------------------------- iteration

Value iter(const Value& v) {
  if (v.is_obj() && v.obj()->type->heap) return heap_iter(v);
  return iter_layout(v);
}

Value iter_layout(const Value& v) {
  if (v.is_obj()) {
    Object* o = v.obj();
    switch (o->type->id) {
      case TypeId::List: return make_iterator(types::list_iterator, v);
      case TypeId::Tuple: return make_iterator(types::tuple_iterator, v);
      case TypeId::Str: return make_iterator(types::str_iterator, v);
      case TypeId::Range: return make_iterator(types::range_iterator, v);
      case TypeId::Dict: return make_iterator(types::dict_keyiterator, v);
      case TypeId::Set:
      case TypeId::FrozenSet: return make_iterator(types::set_iterator, v);
      case TypeId::DictView: {
        Value d = static_cast<IteratorObject*>(o)->source;
        if (o->type == types::dict_keys) return make_iterator(types::dict_keyiterator, d);
        if (o->type == types::dict_values) return make_iterator(types::dict_valueiterator, d);
        return make_iterator(types::dict_itemiterator, d);
      }
      case TypeId::Iterator: return v;
      default:
        if (o->type->next_slot) return v;
        if (o->type == types::mappingproxy) return iter(static_cast<MappingProxyObject*>(o)->mapping);
        break;
    }
  }
  raise_type_error(fmt::format("'{}' object is not iterable", type_name(v)));
}

Value next(const Value& it) {
  if (it.is_obj()) {
    Object* o = it.obj();
    if (o->type->id == TypeId::Iterator && !o->type->heap) return iter_next(static_cast<IteratorObject*>(o));
    if (o->type->heap) return heap_next(it);
    if (o->type->next_slot) return o->type->next_slot(it);
  }
  raise_type_error(fmt::format("'{}' object is not an iterator", type_name(it)));
}

}  // namespace pywalk
