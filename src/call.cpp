// call(): the one entry point for calling any Python callable, and
// ArgParser, the argument checking shared by every builtin.
#include "pywalk/call.h"

#include <fmt/format.h>

#include "pywalk/builtins.h"
#include "pywalk/errors.h"
#include "pywalk/interpreter.h"
#include "pywalk/objects/builtin.h"
#include "pywalk/objects/class.h"
#include "pywalk/objects/descriptor.h"
#include "pywalk/objects/dict.h"
#include "pywalk/objects/exception.h"
#include "pywalk/objects/float.h"
#include "pywalk/objects/function.h"
#include "pywalk/objects/instance.h"
#include "pywalk/objects/int.h"
#include "pywalk/objects/iter.h"
#include "pywalk/objects/list.h"
#include "pywalk/objects/method.h"
#include "pywalk/objects/range.h"
#include "pywalk/objects/set.h"
#include "pywalk/objects/str.h"
#include "pywalk/ops.h"
#include "ops_heap.h"

namespace pywalk {

static Value bool_new(CallArgs args) {
  ArgParser p("bool", args);
  p.no_keywords().positional(0, 1);
  if (p.npos() == 0) return Value::boolean(false);
  return Value::boolean(truthy(p.get(0)));
}

static Value object_new(CallArgs args) {
  if (args.size() != 0) raise_type_error("object() takes no arguments");
  return new_instance(types::object);
}

// int(x) / float(x) for an instance of a class: __int__, __index__, __trunc__ / __float__, __index__.
static Value number_from_instance(TypeObject* t, const Value& x) {
  bool to_int = t->id == TypeId::Int;
  TypeObject* xt = x.obj()->type;
  Value f = lookup_user_special(xt, to_int ? names::int_ : names::float_);
  if (!f.is_unbound()) {
    Value r = call_special0(f, x);
    if (to_int && !is_int(r))
      raise_type_error(fmt::format("__int__ returned non-int (type {})", type_name(r)));
    if (!to_int && !r.is_float())
      raise_type_error(fmt::format("{}.__float__ returned non-float (type {})", xt->name, type_name(r)));
    if (to_int && (r.is_bool() || (is_big_int(r) && r.obj()->type->heap))) return index_value(r);
    return r;
  }
  if (!lookup_user_special(xt, names::index).is_unbound()) {
    Value i = index_value(x);
    return to_int ? i : Value::floating(to_double(i));
  }
  if (xt->id == TypeId::Int) {
    Value i = index_value(x);
    return to_int ? i : Value::floating(to_double(i));
  }
  if (to_int) {
    Value tr = lookup_user_special(xt, names::trunc);
    if (!tr.is_unbound()) {
      Value r = call_special0(tr, x);
      if (!is_int(r)) raise_type_error(fmt::format("__trunc__ returned non-Integral (type {})", type_name(r)));
      return index_value(r);
    }
  }
  return Value();
}

// reversed(x) for an instance of a class: __reversed__, else __len__ and __getitem__.
static Value reversed_instance(const Value& x) {
  TypeObject* xt = x.obj()->type;
  Value f = lookup_user_special(xt, names::reversed);
  if (f.is_none()) raise_type_error(fmt::format("'{}' object is not reversible", xt->name));
  if (!f.is_unbound()) return call_special0(f, x);
  if (xt->id != TypeId::Instance) return Value();
  if (lookup_user_special(xt, names::getitem).is_unbound() || lookup_user_special(xt, names::len).is_unbound())
    raise_type_error(fmt::format("'{}' object is not reversible", xt->name));
  return make_seq_iterator(x, true, len(x) - 1);
}

static Value construct(TypeObject* t, CallArgs args) {
  if (t->heap) return type_call(t, args);
  if (args.positional.size() == 1 && args.kw_values.empty() && has_heap_type(args.positional[0])) {
    if (t->id == TypeId::Int || t->id == TypeId::Float) {
      Value r = number_from_instance(t, args.positional[0]);
      if (!r.is_unbound()) return r;
    } else if (t == types::reversed) {
      Value r = reversed_instance(args.positional[0]);
      if (!r.is_unbound()) return r;
    } else if (t == types::tuple || t == types::frozenset) {
      // An instance of a tuple/frozenset subclass: the builtin copies it into an exact one.
      Value items = make_list(to_vector(args.positional[0]));
      CallArgs copy{std::span<const Value>(&items, 1), {}, {}};
      return t == types::tuple ? tuple_new(copy) : frozenset_new(copy);
    }
  }
  switch (t->id) {
    case TypeId::Int: return int_new(args);
    case TypeId::Bool: return bool_new(args);
    case TypeId::Float: return float_new(args);
    case TypeId::Str: return str_new(args);
    case TypeId::List: return list_new(args);
    case TypeId::Tuple: return tuple_new(args);
    case TypeId::Dict: return dict_new(args);
    case TypeId::Set: return set_new(args);
    case TypeId::FrozenSet: return frozenset_new(args);
    case TypeId::Range: return range_new(args);
    case TypeId::Slice: return slice_new(args);
    case TypeId::Type: return type_new(args);
    case TypeId::BaseException: return exception_new(t, args);
    case TypeId::Object: return object_new(args);
    case TypeId::Iterator:
      if (t == types::enumerate) return enumerate_new(args);
      if (t == types::zip) return zip_new(args);
      if (t == types::map) return map_new(args);
      if (t == types::filter) return filter_new(args);
      if (t == types::reversed) return reversed_new(args);
      break;
    case TypeId::NoneType:
    case TypeId::NotImplementedType:
    case TypeId::Ellipsis:
    case TypeId::Complex:
    case TypeId::Bytes:
    case TypeId::Function:
    case TypeId::BuiltinFunction:
    case TypeId::MethodDescriptor:
    case TypeId::Method:
    case TypeId::Cell:
    case TypeId::Code:
    case TypeId::Env:
    case TypeId::DictView:
    case TypeId::Module:
    case TypeId::Instance:
      break;
    case TypeId::Native:
      if (t->construct_slot) return t->construct_slot(t, args);
      break;
  }
  raise_type_error(fmt::format("cannot create '{}' instances", t->name));
}

Value call(const Value& callee, CallArgs args) {
  if (callee.is_obj()) {
    Object* o = callee.obj();
    switch (o->type->id) {
      case TypeId::Function:
        return call_function(static_cast<FunctionObject*>(o), args);
      case TypeId::BuiltinFunction: {
        auto* f = static_cast<BuiltinFunctionObject*>(o);
        return f->fn(f->self, args);
      }
      case TypeId::MethodDescriptor: {
        auto* f = static_cast<BuiltinFunctionObject*>(o);
        if (args.positional.empty())
          raise_type_error(fmt::format("unbound method {}.{}() needs an argument", f->owner->name, f->name));
        const Value& self = args.positional[0];
        if (!type_of(self)->is_subtype_of(f->owner))
          raise_type_error(fmt::format("descriptor '{}' for '{}' objects doesn't apply to a '{}' object", f->name,
                                       f->owner->name, type_name(self)));
        CallArgs rest{args.positional.subspan(1), args.kw_values, args.kw_names};
        return f->fn(self, rest);
      }
      case TypeId::Type:
        return construct(static_cast<TypeObject*>(o), args);
      case TypeId::Method:
        return method_call(static_cast<MethodObject*>(o), args);
      default:
        if (o->type->heap) return heap_call(callee, args);
        if (o->type->call_slot) return o->type->call_slot(callee, args);
        break;
    }
  }
  raise_type_error(fmt::format("'{}' object is not callable", type_name(callee)));
}

Value call1(const Value& f, const Value& a) {
  Value argv[1] = {a};
  return call(f, CallArgs{std::span<const Value>(argv, 1), {}, {}});
}

Value call2(const Value& f, const Value& a, const Value& b) {
  Value argv[2] = {a, b};
  return call(f, CallArgs{std::span<const Value>(argv, 2), {}, {}});
}

// ------------------------------------------------------------------ ArgParser

ArgParser& ArgParser::no_keywords() {
  if (!args_.kw_values.empty()) raise_type_error(fmt::format("{}() takes no keyword arguments", fname_));
  return *this;
}

ArgParser& ArgParser::positional(size_t min, long max) {
  size_t n = args_.positional.size();
  if (max >= 0 && n > static_cast<size_t>(max)) {
    if (max == 0) raise_type_error(fmt::format("{}() takes no arguments ({} given)", fname_, n));
    if (min == 1 && max == 1) raise_type_error(fmt::format("{}() takes exactly one argument ({} given)", fname_, n));
    raise_type_error(fmt::format("{} expected at most {} argument{}, got {}", fname_, max, max == 1 ? "" : "s", n));
  }
  if (n < min) {
    if (min == 1 && max == 1) raise_type_error(fmt::format("{}() takes exactly one argument ({} given)", fname_, n));
    raise_type_error(fmt::format("{} expected at least {} argument{}, got {}", fname_, min, min == 1 ? "" : "s", n));
  }
  return *this;
}

Value ArgParser::get(size_t i, std::string_view name) const {
  if (i < args_.positional.size()) return args_.positional[i];
  if (!name.empty()) {
    for (size_t k = 0; k < args_.kw_names.size(); ++k)
      if (args_.kw_names[k]->view() == name) return args_.kw_values[k];
  }
  return Value();
}

Value ArgParser::keyword(std::string_view name) {
  for (size_t k = 0; k < args_.kw_names.size(); ++k) {
    if (args_.kw_names[k]->view() == name) {
      if (k < 64) used_kw_ |= uint64_t(1) << k;
      return args_.kw_values[k];
    }
  }
  return Value();
}

void ArgParser::done() {
  for (size_t k = 0; k < args_.kw_names.size() && k < 64; ++k)
    if (!(used_kw_ & (uint64_t(1) << k)))
      raise_type_error(fmt::format("{}() got an unexpected keyword argument '{}'", fname_, args_.kw_names[k]->view()));
}

}  // namespace pywalk
