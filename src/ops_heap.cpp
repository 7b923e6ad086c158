// Special-method dispatch for instances of classes (see ops_heap.h): each
// generic operation looks the special method up on the class and calls it,
// or falls back on the builtin behaviour of the instance's layout.
#include "ops_heap.h"

#include <fmt/format.h>

#include "pywalk/builtins.h"
#include "pywalk/errors.h"
#include "pywalk/objects/class.h"
#include "pywalk/objects/descriptor.h"
#include "pywalk/objects/exception.h"
#include "pywalk/objects/function.h"
#include "pywalk/objects/instance.h"
#include "pywalk/objects/int.h"
#include "pywalk/objects/method.h"
#include "pywalk/objects/str.h"
#include "pywalk/ops.h"

namespace pywalk {

Value call_special(const Value& f, const Value& self, CallArgs args) {
  if (is_function(f)) return call_with_self(f, self, args);
  return call(descr_get(f, self, type_of(self)), args);
}

Value call_special0(const Value& f, const Value& self) {
  if (is_function(f)) return call1(f, self);
  return call0(descr_get(f, self, type_of(self)));
}

Value call_special1(const Value& f, const Value& self, const Value& a) {
  if (is_function(f)) return call2(f, self, a);
  return call1(descr_get(f, self, type_of(self)), a);
}

static Value special(const Value& v, StrObject* name) { return lookup_user_special(v.obj()->type, name); }

// ------------------------------------------------------------ text

std::string heap_repr(const Value& v) {
  Value f = special(v, names::repr);
  if (f.is_unbound()) return repr_layout(v);
  Value r = call_special0(f, v);
  if (!is_str(r)) raise_type_error(fmt::format("__repr__ returned non-string (type {})", type_name(r)));
  return as_str(r)->data;
}

std::string heap_str(const Value& v) {
  Value f = special(v, names::str);
  if (f.is_unbound()) {
    switch (v.obj()->type->id) {
      case TypeId::Str: return v.as<StrObject>()->data;
      case TypeId::BaseException: return exception_str(v.as<ExceptionObject>());
      default: {
        // object.__str__ is repr(), but the result is checked as str()'s.
        Value r = special(v, names::repr);
        if (r.is_unbound()) return repr_layout(v);
        f = r;
        break;
      }
    }
  }
  Value r = call_special0(f, v);
  if (!is_str(r)) raise_type_error(fmt::format("__str__ returned non-string (type {})", type_name(r)));
  return as_str(r)->data;
}

std::string heap_format(const Value& v, std::string_view spec) {
  Value f = special(v, names::format);
  if (f.is_unbound()) {
    TypeId id = v.obj()->type->id;
    if (id == TypeId::Int || id == TypeId::Str) return format_layout(v, spec);
    if (!spec.empty())
      raise_type_error(fmt::format("unsupported format string passed to {}.__format__", type_name(v)));
    return str(v);
  }
  Value r = call_special1(f, v, make_str(spec));
  if (!is_str(r)) raise_type_error(fmt::format("__format__ must return a str, not {}", type_name(r)));
  return as_str(r)->data;
}

// ------------------------------------------------------------ truth, hash

int64_t len_result(const Value& r) {
  int64_t n;
  if (r.is_int() || r.is_bool()) n = r.as_int();
  else if (is_big_int(r)) {
    if (r.as<IntObject>()->value.sign() < 0) raise_value_error("__len__() should return >= 0");
    raise_overflow("cannot fit 'int' into an index-sized integer");
  } else {
    raise_type_error(fmt::format("'{}' object cannot be interpreted as an integer", type_name(r)));
  }
  if (n < 0) raise_value_error("__len__() should return >= 0");
  return n;
}

bool heap_truthy(const Value& v) {
  Value f = special(v, names::bool_);
  if (!f.is_unbound()) {
    Value r = call_special0(f, v);
    if (!r.is_bool()) raise_type_error(fmt::format("__bool__ should return bool, returned {}", type_name(r)));
    return r.as_bool();
  }
  f = special(v, names::len);
  if (!f.is_unbound()) return len_result(call_special0(f, v)) != 0;
  return truthy_layout(v);
}

int64_t heap_hash(const Value& v) {
  Value f = special(v, names::hash);
  if (f.is_none()) raise_type_error(fmt::format("unhashable type: '{}'", type_name(v)));
  if (f.is_unbound()) return hash_layout(v);
  Value r = call_special0(f, v);
  if (!is_int(r)) raise_type_error("__hash__ method should return an integer");
  if (is_big_int(r)) return hash(normalize(r.as<IntObject>()->value));
  int64_t h = r.is_int() || r.is_bool() ? r.as_int() : hash(r);  // a machine-size int is the hash as is
  return h == -1 ? -2 : h;
}

// ------------------------------------------------------------ comparison

static CmpOpKind swapped(CmpOpKind op) {
  switch (op) {
    case CmpOpKind::Lt: return CmpOpKind::Gt;
    case CmpOpKind::LtE: return CmpOpKind::GtE;
    case CmpOpKind::Gt: return CmpOpKind::Lt;
    case CmpOpKind::GtE: return CmpOpKind::LtE;
    default: return op;
  }
}

static bool is_not_implemented(const Value& v) { return v.is_obj() && v.obj()->type == types::not_implemented; }

Value richcompare_slot(const Value& v, const Value& w, CmpOpKind op) {
  if (has_heap_type(v)) {
    Value f = special(v, names::cmp[static_cast<int>(op)]);
    if (!f.is_unbound()) {
      Value r = call_special1(f, v, w);
      return is_not_implemented(r) ? Value() : r;
    }
    if (v.obj()->type->id == TypeId::Instance) {
      // object's __eq__ / __ne__ (which inverts the class's __eq__); the orderings are NotImplemented.
      if (op == CmpOpKind::Eq) return v.is(w) ? Value::boolean(true) : Value();
      if (op == CmpOpKind::NotEq) {
        Value r = richcompare_slot(v, w, CmpOpKind::Eq);
        return r.is_unbound() ? r : Value::boolean(!truthy(r));
      }
      return Value();
    }
  }
  return compare_layout(v, w, op);
}

Value heap_compare(const Value& a, const Value& b, CmpOpKind op) {
  TypeObject* ta = type_of(a);
  TypeObject* tb = type_of(b);
  bool reflected_tried = false;
  if (ta != tb && tb->is_subtype_of(ta) && tb->heap) {
    Value r = richcompare_slot(b, a, swapped(op));
    if (!r.is_unbound()) return r;
    reflected_tried = true;
  }
  Value r = richcompare_slot(a, b, op);
  if (!r.is_unbound()) return r;
  if (!reflected_tried) {
    r = richcompare_slot(b, a, swapped(op));
    if (!r.is_unbound()) return r;
  }
  if (op == CmpOpKind::Eq || op == CmpOpKind::NotEq) return Value::boolean(a.is(b) == (op == CmpOpKind::Eq));
  raise_compare_error(a, b, op);
}

// ------------------------------------------------------------ arithmetic

// CPython's binary_op1 over two slots: the left operand's method, the right
// operand's reflected one (first when its class is a subclass of the left's
// that overrides it), the builtin layouts in between.
static Value binary_dispatch(StrObject* lname, StrObject* rname, const Value& a, const Value& b, bool* layout,
                             BinOpKind op) {
  TypeObject* ta = type_of(a);
  TypeObject* tb = type_of(b);
  Value left = ta->heap ? lookup_user_special(ta, lname) : Value();
  Value right = tb != ta && tb->heap ? lookup_user_special(tb, rname) : Value();
  if (!right.is_unbound() && tb->is_subtype_of(ta)) {
    Value base_right = ta->heap ? lookup_user_special(ta, rname) : Value();
    if (!base_right.is(right)) {
      Value r = call_special1(right, b, a);
      if (!is_not_implemented(r)) return r;
      right = Value();
    }
  }
  if (!left.is_unbound()) {
    Value r = call_special1(left, a, b);
    if (!is_not_implemented(r)) return r;
  }
  if (layout) {
    Value r = binary_layout(op, a, b);
    if (!r.is_unbound()) return r;
  }
  if (!right.is_unbound()) {
    Value r = call_special1(right, b, a);
    if (!is_not_implemented(r)) return r;
  }
  return Value();
}

Value heap_binary_special(StrObject* lname, StrObject* rname, const Value& a, const Value& b) {
  return binary_dispatch(lname, rname, a, b, nullptr, BinOpKind::Add);
}

Value heap_binary(BinOpKind op, const Value& a, const Value& b, bool inplace) {
  const int k = static_cast<int>(op);
  bool layout = true;
  Value r = binary_dispatch(names::binop[k], names::rbinop[k], a, b, &layout, op);
  if (!r.is_unbound()) return r;
  raise_unsupported_binop(op, a, b, inplace);
}

Value heap_inplace(BinOpKind op, const Value& a, const Value& b) {
  Value f = special(a, names::ibinop[static_cast<int>(op)]);
  if (f.is_unbound()) return Value();
  Value r = call_special1(f, a, b);
  return is_not_implemented(r) ? Value() : r;
}

Value heap_unary(UnaryOpKind op, const Value& v) {
  StrObject* name = op == UnaryOpKind::USub ? names::neg : op == UnaryOpKind::UAdd ? names::pos : names::invert;
  Value f = special(v, name);
  if (!f.is_unbound()) return call_special0(f, v);
  Value r = unary_layout(op, v);
  if (!r.is_unbound()) return r;
  const char* sym = op == UnaryOpKind::USub ? "-" : op == UnaryOpKind::UAdd ? "+" : "~";
  raise_type_error(fmt::format("bad operand type for unary {}: '{}'", sym, type_name(v)));
}

Value heap_index_value(const Value& v) {
  if (v.obj()->type->id == TypeId::Int) return normalize(v.as<IntObject>()->value);
  Value f = special(v, names::index);
  if (f.is_unbound())
    raise_type_error(fmt::format("'{}' object cannot be interpreted as an integer", type_name(v)));
  Value r = call_special0(f, v);
  if (!is_int(r)) raise_type_error(fmt::format("__index__ returned non-int (type {})", type_name(r)));
  if (r.is_bool()) return Value::integer(r.as_int());
  if (is_big_int(r) && r.obj()->type->heap) return normalize(r.as<IntObject>()->value);
  return r;
}

int64_t heap_index(const Value& v, const char* overflow_msg) {
  Value r = heap_index_value(v);
  if (r.is_int()) return r.as_int();
  if (overflow_msg) raise(exc::IndexError, overflow_msg);
  raise(exc::IndexError, fmt::format("cannot fit '{}' into an index-sized integer", type_name(v)));
}

// ------------------------------------------------------------ items

Value heap_getitem(const Value& obj, const Value& key) {
  Value f = special(obj, names::getitem);
  if (f.is_unbound()) return getitem_layout(obj, key);
  return call_special1(f, obj, key);
}

void heap_setitem(const Value& obj, const Value& key, const Value& v) {
  Value f = special(obj, names::setitem);
  if (f.is_unbound()) return setitem_layout(obj, key, v);
  Value argv[2] = {key, v};
  call_special(f, obj, CallArgs{std::span<const Value>(argv, 2), {}, {}});
}

void heap_delitem(const Value& obj, const Value& key) {
  Value f = special(obj, names::delitem);
  if (f.is_unbound()) return delitem_layout(obj, key);
  call_special1(f, obj, key);
}

int64_t heap_len(const Value& v) {
  Value f = special(v, names::len);
  if (f.is_unbound()) return len_layout(v);
  return len_result(call_special0(f, v));
}

bool heap_contains(const Value& c, const Value& item) {
  Value f = special(c, names::contains);
  if (!f.is_unbound()) return truthy(call_special1(f, c, item));
  if (c.obj()->type->id != TypeId::Instance) return contains_layout(c, item);
  if (special(c, names::iter).is_unbound() && special(c, names::getitem).is_unbound())
    raise_type_error(fmt::format("argument of type '{}' is not iterable", type_name(c)));
  Value it = iter(c);
  for (;;) {
    Value x = next(it);
    if (x.is_unbound()) return false;
    if (eq(x, item)) return true;
  }
}

// ------------------------------------------------------------ iteration

bool is_iterator(const Value& it) {
  if (!it.is_obj()) return false;
  TypeObject* t = it.obj()->type;
  if (t->heap) return !lookup_user_special(t, names::next).is_unbound() || t->id == TypeId::Iterator;
  return t->id == TypeId::Iterator || t->next_slot != nullptr;
}

Value heap_iter(const Value& v) {
  Value f = special(v, names::iter);
  if (f.is_none()) raise_type_error(fmt::format("'{}' object is not iterable", type_name(v)));
  if (!f.is_unbound()) {
    Value r = call_special0(f, v);
    if (!is_iterator(r)) raise_type_error(fmt::format("iter() returned non-iterator of type '{}'", type_name(r)));
    return r;
  }
  if (v.obj()->type->id == TypeId::Instance || v.obj()->type->id == TypeId::BaseException) {
    if (!special(v, names::getitem).is_unbound()) return make_seq_iterator(v, false, 0);
    raise_type_error(fmt::format("'{}' object is not iterable", type_name(v)));
  }
  return iter_layout(v);
}

Value heap_next(const Value& it) {
  Value f = special(it, names::next);
  if (f.is_unbound()) raise_type_error(fmt::format("'{}' object is not an iterator", type_name(it)));
  try {
    return call_special0(f, it);
  } catch (PyException& e) {
    if (!e.exc.obj()->type->is_subtype_of(exc::StopIteration)) throw;
    return Value();
  }
}

// ------------------------------------------------------------ calls, attributes

Value heap_call(const Value& callee, CallArgs args) {
  Value f = special(callee, names::call);
  if (f.is_unbound()) raise_type_error(fmt::format("'{}' object is not callable", type_name(callee)));
  return call_special(f, callee, args);
}

// object.__getattribute__ for an instance of a class: the exception fields
// of an exception, the generic lookup, then the layout's data attributes.
Value object_getattribute(const Value& obj, StrObject* name) {
  TypeObject* t = obj.obj()->type;
  if (t->id == TypeId::BaseException) {
    Value v = exception_getattr(obj.as<ExceptionObject>(), name);
    if (!v.is_unbound()) return v;
  }
  Value v = generic_getattr(obj, name);
  if (!v.is_unbound() || t->id == TypeId::Instance) return v;
  return builtin_data_attr(obj, name->view());
}

static Value call_attr_hook(StrObject* hook, const Value& obj, StrObject* name) {
  Value f = lookup_user_special(obj.obj()->type, hook);
  return call_special1(f, obj, Value(static_cast<Object*>(name)));
}

Value heap_getattr(const Value& obj, StrObject* name) {
  uint32_t flags = obj.obj()->type->class_flags;
  if (!(flags & (kClassGetattribute | kClassGetattr))) return object_getattribute(obj, name);
  try {
    Value v = (flags & kClassGetattribute) ? call_attr_hook(names::getattribute, obj, name)
                                           : object_getattribute(obj, name);
    if (!v.is_unbound() || !(flags & kClassGetattr)) return v;
  } catch (PyException& e) {
    if (!(flags & kClassGetattr) || !e.exc.obj()->type->is_subtype_of(exc::AttributeError)) throw;
  }
  return call_attr_hook(names::getattr, obj, name);
}

}  // namespace pywalk
