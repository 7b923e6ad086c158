// Generic operations: the switch from a value to its type's behaviour.
#include "pywalk/ops.h"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>

#include "pywalk/builtins.h"
#include "pywalk/errors.h"
#include "pywalk/num/float_format.h"
#include "pywalk/num/format_spec.h"
#include "pywalk/objects/builtin.h"
#include "pywalk/objects/class.h"
#include "pywalk/objects/descriptor.h"
#include "pywalk/objects/dict.h"
#include "pywalk/objects/exception.h"
#include "pywalk/objects/float.h"
#include "pywalk/objects/function.h"
#include "pywalk/objects/generic_alias.h"
#include "pywalk/objects/genexpr.h"
#include "pywalk/objects/int.h"
#include "pywalk/objects/iter.h"
#include "pywalk/objects/instance.h"
#include "pywalk/objects/list.h"
#include "pywalk/objects/method.h"
#include "pywalk/objects/module.h"
#include "pywalk/objects/range.h"
#include "pywalk/objects/set.h"
#include "pywalk/objects/str.h"
#include "pywalk/suggestions.h"
#include "ops_heap.h"

namespace pywalk {

namespace {
struct Singleton : Object {
  explicit Singleton(TypeObject* t) : Object(t) { make_immortal(); }
};
int repr_depth = 0;
struct ReprDepth {
  ReprDepth() {
    if (++repr_depth > 20000) {
      --repr_depth;
      raise(exc::RecursionError, "maximum recursion depth exceeded while getting the repr of an object");
    }
  }
  ~ReprDepth() { --repr_depth; }
};
}  // namespace

Value ellipsis_value() {
  static Singleton* s = new Singleton(types::ellipsis);
  return Value(s);
}
Value not_implemented_value() {
  static Singleton* s = new Singleton(types::not_implemented);
  return Value(s);
}

void raise_num_error(const num::NumError& e) {
  switch (e.kind) {
    case num::Kind::ValueError: raise(exc::ValueError, e.message);
    case num::Kind::TypeError: raise(exc::TypeError, e.message);
    case num::Kind::OverflowError: raise(exc::OverflowError, e.message);
    case num::Kind::ZeroDivisionError: raise(exc::ZeroDivisionError, e.message);
    case num::Kind::MemoryError: raise_memory_error();
  }
  raise(exc::ValueError, e.message);
}

static std::string addr(const void* p) { return fmt::format("{}", fmt::ptr(p)); }

const std::string& type_name(const Value& v) { return type_of(v)->name; }

std::string callable_name(const Value& callee) {
  if (is_function(callee)) {
    // CPython's _PyObject_FunctionStr: "module.qualname()" outside builtins.
    const auto* fn = callee.as<FunctionObject>();
    if (is_str(fn->module) && as_str(fn->module)->view() != "builtins")
      return str(fn->module) + "." + str(fn->qualname) + "()";
    return str(fn->qualname) + "()";
  }
  if (callee.is_obj() && (callee.obj()->type->id == TypeId::BuiltinFunction ||
                          callee.obj()->type->id == TypeId::MethodDescriptor))
    return callee.as<BuiltinFunctionObject>()->name + "()";
  if (callee.is_obj() && callee.obj()->type->id == TypeId::Type) return callee.as<TypeObject>()->name + "()";
  return type_name(callee) + " object";
}

// ------------------------------------------------------------------ repr/str

std::string repr(const Value& v) {
  if (v.is_obj() && v.obj()->type->heap) return heap_repr(v);
  return repr_layout(v);
}

std::string object_default_repr(const Value& v) {
  return fmt::format("<{} object at {}>", type_full_name(v.obj()->type), addr(v.obj()));
}

std::string repr_layout(const Value& v) {
  switch (v.tag()) {
    case Tag::Unbound: return "<unbound>";
    case Tag::None: return "None";
    case Tag::Bool: return v.as_bool() ? "True" : "False";
    case Tag::Int: return fmt::format("{}", v.as_int());
    case Tag::Float: return num::float_repr(v.as_float());
    case Tag::Obj: break;
  }
  Object* o = v.obj();
  ReprDepth depth;
  switch (o->type->id) {
    case TypeId::Str: return str_repr(static_cast<StrObject*>(o)->view());
    case TypeId::Int: return int_to_string(v);
    case TypeId::List:
    case TypeId::Tuple: return sequence_repr(v);
    case TypeId::Dict: return dict_repr(static_cast<DictObject*>(o));
    case TypeId::Set:
    case TypeId::FrozenSet: return set_repr(static_cast<SetObject*>(o));
    case TypeId::Range: return range_repr(static_cast<RangeObject*>(o));
    case TypeId::Slice: return slice_repr(static_cast<SliceObject*>(o));
    case TypeId::Function: return function_repr(static_cast<FunctionObject*>(o));
    case TypeId::BuiltinFunction:
    case TypeId::MethodDescriptor: return builtin_repr(static_cast<BuiltinFunctionObject*>(o));
    case TypeId::Cell: {
      auto* c = static_cast<CellObject*>(o);
      const Value& content = c->env->slots[c->slot];
      if (content.is_unbound()) return fmt::format("<cell at {}: empty>", addr(o));
      return fmt::format("<cell at {}: {} object at {}>", addr(o), type_name(content),
                         addr(content.is_obj() ? static_cast<const void*>(content.obj()) : static_cast<const void*>(c)));
    }
    case TypeId::Code: {
      auto* c = static_cast<CodeObject*>(o);
      return fmt::format("<code object {} at {}, file \"{}\", line {}>", c->scope->name, addr(o), *c->filename,
                         c->first_line);
    }
    case TypeId::Type: return type_repr(static_cast<TypeObject*>(o));
    case TypeId::Iterator:
      if (o->type->repr_slot) return o->type->repr_slot(v);
      if (o->type == types::generator) {
        const Value& frame = static_cast<IteratorObject*>(o)->source;
        const std::string& qualname = frame.as<GenExprFrame>()->node->scope->qualname;
        return fmt::format("<generator object {} at {}>", qualname, addr(o));
      }
      return fmt::format("<{} object at {}>", o->type->name, addr(o));
    case TypeId::DictView: {
      std::vector<Value> items;
      for_each(v, [&](const Value& x) { items.push_back(x); });
      return o->type->name + "(" + repr(make_list(std::move(items))) + ")";
    }
    case TypeId::BaseException: return exception_repr(static_cast<ExceptionObject*>(o));
    case TypeId::Ellipsis: return "Ellipsis";
    case TypeId::NotImplementedType: return "NotImplemented";
    case TypeId::NoneType: return "None";
    case TypeId::Method: return method_repr(static_cast<MethodObject*>(o));
    case TypeId::Module: return module_repr(static_cast<ModuleObject*>(o));
    case TypeId::Native:
      if (o->type->repr_slot) return o->type->repr_slot(v);
      break;
    case TypeId::Object:
    case TypeId::Bool:
    case TypeId::Float:
    case TypeId::Complex:
    case TypeId::Bytes:
    case TypeId::Env:
    case TypeId::Instance:
      break;
  }
  return object_default_repr(v);
}

std::string str(const Value& v) {
  if (v.is_obj()) {
    if (v.obj()->type->heap) return heap_str(v);
    switch (v.obj()->type->id) {
      case TypeId::Str: return v.as<StrObject>()->data;
      case TypeId::BaseException: return exception_str(v.as<ExceptionObject>());
      default:
        if (v.obj()->type == types::mappingproxy) return str(v.as<MappingProxyObject>()->mapping);
        break;
    }
  }
  return repr(v);
}

std::string ascii(const Value& v) { return ascii_escape(repr(v)); }
Value repr_value(const Value& v) { return make_str(repr(v)); }
Value str_value(const Value& v) { return is_str(v) && !v.obj()->type->heap ? v : make_str(str(v)); }

std::string format(const Value& v, std::string_view spec) {
  if (v.is_obj() && v.obj()->type->heap) return heap_format(v, spec);
  return format_layout(v, spec);
}

std::string format_layout(const Value& v, std::string_view spec) {
  // int/float/str.__format__ with an empty spec: str(self) (a subclass's __str__).
  if (spec.empty() && v.is_obj() && v.obj()->type->heap) return str(v);
  try {
    switch (v.tag()) {
      case Tag::Bool:
        if (spec.empty()) return str(v);
        return num::format_int(int64_t(v.as_bool()), num::parse_format_spec(spec, 'd'), "int");
      case Tag::Int:
        return num::format_int(v.as_int(), num::parse_format_spec(spec, 'd'), "int");
      case Tag::Float:
        return num::format_float(v.as_float(), num::parse_format_spec(spec, '\0'), "float");
      case Tag::Unbound:
      case Tag::None:
      case Tag::Obj:
        break;
    }
    if (is_str(v)) return str_format_spec(as_str(v), spec);
    if (is_big_int(v)) return num::format_int(v.as<IntObject>()->value, num::parse_format_spec(spec, 'd'), "int");
  } catch (const num::NumError& e) {
    raise_num_error(e);
  }
  if (!spec.empty())
    raise_type_error(fmt::format("unsupported format string passed to {}.__format__", type_name(v)));
  return str(v);
}

// ------------------------------------------------------------------- truth

bool truthy(const Value& v) {
  switch (v.tag()) {
    case Tag::Unbound:
    case Tag::None: return false;
    case Tag::Bool:
    case Tag::Int: return v.as_int() != 0;
    case Tag::Float: return v.as_float() != 0.0;
    case Tag::Obj: break;
  }
  if (v.obj()->type->heap) return heap_truthy(v);
  return truthy_layout(v);
}

bool truthy_layout(const Value& v) {
  if (!v.is_obj()) return truthy(v);
  Object* o = v.obj();
  switch (o->type->id) {
    case TypeId::Str: return static_cast<StrObject*>(o)->length != 0;
    case TypeId::List: return !static_cast<ListObject*>(o)->items.empty();
    case TypeId::Tuple: return !static_cast<TupleObject*>(o)->items.empty();
    case TypeId::Dict: return static_cast<DictObject*>(o)->size() != 0;
    case TypeId::Set:
    case TypeId::FrozenSet: return static_cast<SetObject*>(o)->size() != 0;
    case TypeId::Range: return static_cast<RangeObject*>(o)->length != 0;
    case TypeId::DictView: return len(v) != 0;
    case TypeId::NoneType: return false;
    case TypeId::Int: return !static_cast<IntObject*>(o)->value.is_zero();
    default:
      if (o->type == types::mappingproxy) return len(v) != 0;
      return true;
  }
}

// ------------------------------------------------------------------ hashing

int64_t identity_hash(const Value& v) {
  // CPython's _Py_HashPointer: the address rotated by 4 bits.
  uint64_t y = v.is_obj() ? reinterpret_cast<uintptr_t>(v.obj()) : v.bits();
  y = (y >> 4) | (y << 60);
  int64_t h = static_cast<int64_t>(y);
  return h == -1 ? -2 : h;
}

int64_t hash(const Value& v) {
  if (v.is_obj() && v.obj()->type->heap) return heap_hash(v);
  return hash_layout(v);
}

int64_t hash_layout(const Value& v) {
  switch (v.tag()) {
    case Tag::Unbound:
    case Tag::None: return 0x5f3759df;
    case Tag::Bool: return v.as_bool() ? 1 : 0;
    case Tag::Int: return num::hash_int64(v.as_int());
    case Tag::Float:
      if (std::isnan(v.as_float())) return static_cast<int64_t>(v.bits() >> 4);
      return num::hash_double(v.as_float());
    case Tag::Obj: break;
  }
  Object* o = v.obj();
  switch (o->type->id) {
    case TypeId::Str: return str_hash(static_cast<StrObject*>(o));
    case TypeId::Int: return static_cast<IntObject*>(o)->value.py_hash();
    case TypeId::Tuple: return tuple_hash(static_cast<TupleObject*>(o));
    case TypeId::FrozenSet: return frozenset_hash(static_cast<SetObject*>(o));
    case TypeId::Range: return range_hash(static_cast<RangeObject*>(o));
    case TypeId::List:
    case TypeId::Dict:
    case TypeId::Set:
    case TypeId::Slice:
    case TypeId::DictView:
      raise_type_error(fmt::format("unhashable type: '{}'", o->type->name));
    case TypeId::Method: return method_hash(static_cast<MethodObject*>(o));
    default:
      if (o->type == types::mappingproxy) raise_type_error("unhashable type: 'mappingproxy'");
      if (int64_t h; o->type->id == TypeId::Native && alias_hash(v, &h)) return h;
      return identity_hash(v);
  }
}

// --------------------------------------------------------------- comparison

static bool is_intlike(const Value& v) { return v.is_int() || v.is_bool() || is_big_int(v); }
bool is_int(const Value& v) { return is_intlike(v); }
bool is_number(const Value& v) { return is_intlike(v) || v.is_float(); }

double to_double(const Value& v) {
  if (v.is_float()) return v.as_float();
  if (v.is_int() || v.is_bool()) return static_cast<double>(v.as_int());
  try {
    return v.as<IntObject>()->value.to_double();
  } catch (const num::NumError& e) {
    raise_num_error(e);
  }
}

Value int_value(int64_t i) { return Value::integer(i); }

// Compares an int with a float exactly, as CPython's float_richcompare.
static int int_float_compare(const Value& i, double d) {
  if (std::isnan(d)) return 2;
  if (std::isinf(d)) return d > 0 ? -1 : 1;
  if (i.is_int() || i.is_bool()) {
    int64_t x = i.as_int();
    if (x > -(int64_t(1) << 53) && x < (int64_t(1) << 53)) {
      double dx = static_cast<double>(x);
      return dx < d ? -1 : (dx > d ? 1 : 0);
    }
  }
  double fl = std::floor(d);
  num::BigInt bi = to_bigint(i);
  num::BigInt bf = num::BigInt::from_double(fl);
  int c = bi.compare(bf);
  if (c != 0) return c;
  return fl == d ? 0 : -1;  // i == floor(d) < d
}

int number_compare(const Value& a, const Value& b) {
  if (a.is_float() && b.is_float()) {
    double x = a.as_float(), y = b.as_float();
    if (std::isnan(x) || std::isnan(y)) return 2;
    return x < y ? -1 : (x > y ? 1 : 0);
  }
  if (a.is_float()) {
    int c = int_float_compare(b, a.as_float());
    return c == 2 ? 2 : -c;
  }
  if (b.is_float()) return int_float_compare(a, b.as_float());
  return int_compare(a, b);
}

static bool cmp_result(int c, CmpOpKind op) {
  if (c == 2) return op == CmpOpKind::NotEq;
  switch (op) {
    case CmpOpKind::Eq: return c == 0;
    case CmpOpKind::NotEq: return c != 0;
    case CmpOpKind::Lt: return c < 0;
    case CmpOpKind::LtE: return c <= 0;
    case CmpOpKind::Gt: return c > 0;
    case CmpOpKind::GtE: return c >= 0;
    default: return false;
  }
}

static const char* cmp_symbol(CmpOpKind op) {
  switch (op) {
    case CmpOpKind::Lt: return "<";
    case CmpOpKind::LtE: return "<=";
    case CmpOpKind::Gt: return ">";
    case CmpOpKind::GtE: return ">=";
    case CmpOpKind::Eq: return "==";
    case CmpOpKind::NotEq: return "!=";
    default: return "?";
  }
}

Value compare(const Value& a, const Value& b, CmpOpKind op) {
  if ((a.is_obj() && a.obj()->type->heap) || (b.is_obj() && b.obj()->type->heap)) return heap_compare(a, b, op);
  Value r = compare_layout(a, b, op);
  if (!r.is_unbound()) return r;
  if (op == CmpOpKind::Eq || op == CmpOpKind::NotEq) return Value::boolean(a.is(b) == (op == CmpOpKind::Eq));
  raise_compare_error(a, b, op);
}

void raise_compare_error(const Value& a, const Value& b, CmpOpKind op) {
  raise_type_error(fmt::format("'{}' not supported between instances of '{}' and '{}'", cmp_symbol(op), type_name(a),
                               type_name(b)));
}

Value compare_layout(const Value& a, const Value& b, CmpOpKind op) {
  if (is_number(a) && is_number(b)) return Value::boolean(cmp_result(number_compare(a, b), op));
  bool eq_op = op == CmpOpKind::Eq || op == CmpOpKind::NotEq;
  if (a.is_obj() && b.is_obj()) {
    TypeId ta = a.obj()->type->id, tb = b.obj()->type->id;
    if (ta == TypeId::Native && eq_op)
      if (Value r = alias_compare(a, b, op == CmpOpKind::Eq); !r.is_unbound()) return r;
    if (ta == TypeId::Str && tb == TypeId::Str)
      return Value::boolean(cmp_result(str_compare(a.as<StrObject>(), b.as<StrObject>()), op));
    if (ta == tb && (ta == TypeId::List || ta == TypeId::Tuple)) {
      const auto& x = ta == TypeId::List ? a.as<ListObject>()->items : a.as<TupleObject>()->items;
      const auto& y = tb == TypeId::List ? b.as<ListObject>()->items : b.as<TupleObject>()->items;
      if (eq_op) return Value::boolean(sequence_eq(x, y) == (op == CmpOpKind::Eq));
      return Value::boolean(sequence_compare(x, y, op));
    }
    if (ta == TypeId::Dict && tb == TypeId::Dict && eq_op)
      return Value::boolean(dict_eq(a.as<DictObject>(), b.as<DictObject>()) == (op == CmpOpKind::Eq));
    bool sa = ta == TypeId::Set || ta == TypeId::FrozenSet, sb = tb == TypeId::Set || tb == TypeId::FrozenSet;
    if (sa && sb) {
      if (eq_op) return Value::boolean(set_eq(a.as<SetObject>(), b.as<SetObject>()) == (op == CmpOpKind::Eq));
      return Value::boolean(set_compare(a.as<SetObject>(), b.as<SetObject>(), op));
    }
    if (ta == TypeId::Slice && tb == TypeId::Slice) return slice_compare(a.as<SliceObject>(), b.as<SliceObject>(), op);
    if (ta == TypeId::Range && tb == TypeId::Range && eq_op)
      return Value::boolean(range_eq(a.as<RangeObject>(), b.as<RangeObject>()) == (op == CmpOpKind::Eq));
    bool va = a.obj()->type == types::dict_keys || a.obj()->type == types::dict_items;
    bool vb = b.obj()->type == types::dict_keys || b.obj()->type == types::dict_items;
    if ((va && (vb || sb)) || (vb && sa)) {
      // dictview_richcompare, reflected when the view is on the right
      const Value& self = va ? a : b;
      const Value& other = va ? b : a;
      if (!va) {
        switch (op) {
          case CmpOpKind::Lt: op = CmpOpKind::Gt; break;
          case CmpOpKind::LtE: op = CmpOpKind::GtE; break;
          case CmpOpKind::Gt: op = CmpOpKind::Lt; break;
          case CmpOpKind::GtE: op = CmpOpKind::LtE; break;
          case CmpOpKind::Eq:
          case CmpOpKind::NotEq:
          case CmpOpKind::Is:
          case CmpOpKind::IsNot:
          case CmpOpKind::In:
          case CmpOpKind::NotIn: break;
        }
      }
      auto all_in = [](const Value& x, const Value& y) {
        bool ok = true;
        for_each(x, [&](const Value& k) {
          if (ok && !contains(y, k)) ok = false;
        });
        return ok;
      };
      int64_t ls = len(self), lo = len(other);
      bool r = false;
      switch (op) {
        case CmpOpKind::Eq:
        case CmpOpKind::NotEq: r = (ls == lo && all_in(self, other)) == (op == CmpOpKind::Eq); break;
        case CmpOpKind::Lt: r = ls < lo && all_in(self, other); break;
        case CmpOpKind::LtE: r = ls <= lo && all_in(self, other); break;
        case CmpOpKind::Gt: r = ls > lo && all_in(other, self); break;
        case CmpOpKind::GtE: r = ls >= lo && all_in(other, self); break;
        case CmpOpKind::Is:
        case CmpOpKind::IsNot:
        case CmpOpKind::In:
        case CmpOpKind::NotIn: return Value();
      }
      return Value::boolean(r);
    }
    if (ta == TypeId::Method && tb == TypeId::Method && eq_op)
      return Value::boolean(method_eq(a.as<MethodObject>(), b.as<MethodObject>()) == (op == CmpOpKind::Eq));
  }
  return Value();
}

bool compare_bool(const Value& a, const Value& b, CmpOpKind op) {
  switch (op) {
    case CmpOpKind::Is: return a.is(b);
    case CmpOpKind::IsNot: return !a.is(b);
    case CmpOpKind::In: return contains(b, a);
    case CmpOpKind::NotIn: return !contains(b, a);
    default: return truthy(compare(a, b, op));
  }
}

bool eq(const Value& a, const Value& b) {
  if (a.is(b)) return true;
  if (a.is_int() && b.is_int()) return false;
  if (a.is_float() && b.is_float()) return a.as_float() == b.as_float();
  if (is_str(a) && is_str(b)) {
    const auto* x = a.as<StrObject>();
    const auto* y = b.as<StrObject>();
    if (x->data.size() != y->data.size()) return false;
    if (x->hash != -1 && y->hash != -1 && x->hash != y->hash) return false;
    return x->data == y->data;
  }
  return truthy(compare(a, b, CmpOpKind::Eq));
}

// The comparison sort/min/max use: fast for two ints, floats or strs.
bool less_than(const Value& a, const Value& b) {
  if (a.is_int() && b.is_int()) return a.as_int() < b.as_int();
  if (a.is_float() && b.is_float()) return a.as_float() < b.as_float();
  if (is_str(a) && is_str(b)) return str_compare(a.as<StrObject>(), b.as<StrObject>()) < 0;
  return truthy(compare(a, b, CmpOpKind::Lt));
}

bool contains(const Value& c, const Value& item) {
  if (c.is_obj() && c.obj()->type->heap) return heap_contains(c, item);
  return contains_layout(c, item);
}

bool contains_layout(const Value& c, const Value& item) {
  if (c.is_obj()) {
    Object* o = c.obj();
    if (o->type == types::mappingproxy) return contains(c.as<MappingProxyObject>()->mapping, item);
    switch (o->type->id) {
      case TypeId::Str: return str_contains(static_cast<StrObject*>(o), item);
      case TypeId::List:
        for (size_t i = 0; i < static_cast<ListObject*>(o)->items.size(); ++i) {
          Value x = static_cast<ListObject*>(o)->items[i];
          if (eq(x, item)) return true;
        }
        return false;
      case TypeId::Tuple:
        for (const Value& x : static_cast<TupleObject*>(o)->items)
          if (eq(x, item)) return true;
        return false;
      case TypeId::Dict: return static_cast<DictObject*>(o)->contains(item);
      case TypeId::Set:
      case TypeId::FrozenSet: return static_cast<SetObject*>(o)->contains(item);
      case TypeId::Range: return range_contains(static_cast<RangeObject*>(o), item);
      case TypeId::DictView: {
        // keys and items views look up the dict (an unhashable key raises); values iterate.
        auto* d = static_cast<IteratorObject*>(o)->source.as<DictObject>();
        if (o->type == types::dict_keys) return d->contains(item);
        if (o->type == types::dict_items) {
          if (!is_tuple(item) || item.as<TupleObject>()->items.size() != 2) return false;
          const auto& kv = item.as<TupleObject>()->items;
          Value v = d->get(kv[0]);
          return !v.is_unbound() && eq(v, kv[1]);
        }
        for (size_t i = 0; i < d->entries.size(); ++i) {
          if (d->entries[i].key.is_unbound()) continue;
          Value v = d->entries[i].value;  // eq may run code that changes the dict
          if (eq(v, item)) return true;
        }
        return false;
      }
      case TypeId::Iterator: {
        Value it = iter(c);
        for (;;) {
          Value x = next(it);
          if (x.is_unbound()) return false;
          if (eq(x, item)) return true;
        }
      }
      default: break;
    }
  }
  raise_type_error(fmt::format("argument of type '{}' is not iterable", type_name(c)));
}

// --------------------------------------------------------------- arithmetic

const char* binop_symbol(BinOpKind op) {
  switch (op) {
    case BinOpKind::Add: return "+";
    case BinOpKind::Sub: return "-";
    case BinOpKind::Mult: return "*";
    case BinOpKind::MatMult: return "@";
    case BinOpKind::Div: return "/";
    case BinOpKind::FloorDiv: return "//";
    case BinOpKind::Mod: return "%";
    case BinOpKind::Pow: return "** or pow()";
    case BinOpKind::LShift: return "<<";
    case BinOpKind::RShift: return ">>";
    case BinOpKind::BitOr: return "|";
    case BinOpKind::BitXor: return "^";
    case BinOpKind::BitAnd: return "&";
  }
  return "?";
}

static Value repeat_sequence(const Value& seq, const Value& count) {
  int64_t n = index_int64(count, "cannot fit 'int' into an index-sized integer");
  if (n < 0) n = 0;
  if (is_str(seq)) return str_repeat(seq.as<StrObject>(), n);
  const auto& items = is_list(seq) ? seq.as<ListObject>()->items : seq.as<TupleObject>()->items;
  check_alloc(static_cast<uint64_t>(n) * (items.empty() ? 0 : 1), items.size() * sizeof(Value));
  std::vector<Value> out;
  out.reserve(items.size() * static_cast<size_t>(n));
  for (int64_t i = 0; i < n; ++i) out.insert(out.end(), items.begin(), items.end());
  return is_list(seq) ? make_list(std::move(out)) : make_tuple(std::move(out));
}

static bool is_sequence(const Value& v) { return is_str(v) || is_list(v) || is_tuple(v); }

void raise_unsupported_binop(BinOpKind op, const Value& a, const Value& b, bool inplace) {
  if (op == BinOpKind::Add && (is_str(a) || is_list(a) || is_tuple(a)) && !inplace)
    raise_type_error(fmt::format("can only concatenate {} (not \"{}\") to {}", type_name(a), type_name(b), type_name(a)));
  if (op == BinOpKind::Mult && (is_sequence(a) || is_sequence(b)))
    raise_type_error(fmt::format("can't multiply sequence by non-int of type '{}'", type_name(is_sequence(a) ? b : a)));
  std::string sym = binop_symbol(op);
  if (inplace) sym = op == BinOpKind::Pow ? "**=" : sym + "=";
  raise_type_error(fmt::format("unsupported operand type(s) for {}: '{}' and '{}'", sym, type_name(a), type_name(b)));
}

static Value binary(BinOpKind op, const Value& a, const Value& b, bool inplace) {
  if ((a.is_obj() && a.obj()->type->heap) || (b.is_obj() && b.obj()->type->heap)) return heap_binary(op, a, b, inplace);
  Value r = binary_layout(op, a, b);
  if (r.is_unbound()) raise_unsupported_binop(op, a, b, inplace);
  return r;
}

Value binary_layout(BinOpKind op, const Value& a, const Value& b) {
  if (is_intlike(a) && is_intlike(b)) return int_binary(op, a, b);
  if (is_number(a) && is_number(b)) {
    if (op == BinOpKind::MatMult || op == BinOpKind::LShift || op == BinOpKind::RShift || op == BinOpKind::BitOr ||
        op == BinOpKind::BitXor || op == BinOpKind::BitAnd)
      return Value();
    return float_binary(op, to_double(a), to_double(b));
  }
  switch (op) {
    case BinOpKind::Add:
      if (is_str(a) && is_str(b)) return str_concat(a.as<StrObject>(), b.as<StrObject>());
      if (is_list(a) && is_list(b)) {
        std::vector<Value> out = a.as<ListObject>()->items;
        const auto& y = b.as<ListObject>()->items;
        out.insert(out.end(), y.begin(), y.end());
        return make_list(std::move(out));
      }
      if (is_tuple(a) && is_tuple(b)) {
        std::vector<Value> out = a.as<TupleObject>()->items;
        const auto& y = b.as<TupleObject>()->items;
        out.insert(out.end(), y.begin(), y.end());
        return make_tuple(std::move(out));
      }
      break;
    case BinOpKind::Mult:
      if (is_sequence(a) && has_index(b)) return repeat_sequence(a, b);
      if (has_index(a) && is_sequence(b)) return repeat_sequence(b, a);
      break;
    case BinOpKind::Mod:
      if (is_str(a)) return str_percent_format(a.as<StrObject>(), b);
      break;
    case BinOpKind::BitOr:
    case BinOpKind::BitAnd:
    case BinOpKind::BitXor:
    case BinOpKind::Sub:
      if (is_set_like(a) && is_set_like(b)) return set_binary(op, a.as<SetObject>(), b.as<SetObject>());
      if (Value r = dict_view_binary(op, a, b); !r.is_unbound()) return r;
      if (op == BinOpKind::BitOr) {
        if (Value r = union_or(a, b); !r.is_unbound()) return r;
      }
      if (op == BinOpKind::BitOr && is_dict(a) && is_dict(b)) {
        Value out = make_dict();
        dict_update(out.as<DictObject>(), a);
        dict_update(out.as<DictObject>(), b);
        return out;
      }
      break;
    default:
      break;
  }
  return Value();
}

Value binary_op(BinOpKind op, const Value& a, const Value& b) { return binary(op, a, b, false); }

Value inplace_op(BinOpKind op, const Value& a, const Value& b) {
  if (a.is_int() && b.is_int() && (op == BinOpKind::Add || op == BinOpKind::Sub)) {
    int64_t out;
    bool ok = op == BinOpKind::Add ? !__builtin_add_overflow(a.as_int(), b.as_int(), &out)
                                   : !__builtin_sub_overflow(a.as_int(), b.as_int(), &out);
    if (ok) return Value::integer(out);
  }
  if (a.is_obj() && a.obj()->type->heap) {
    Value r = heap_inplace(op, a, b);
    if (!r.is_unbound()) return r;
  }
  Value r = inplace_layout(op, a, b);
  if (!r.is_unbound()) return r;
  return binary(op, a, b, true);
}

Value inplace_layout(BinOpKind op, const Value& a, const Value& b) {
  if (is_list(a)) {
    auto* l = a.as<ListObject>();
    if (op == BinOpKind::Add) {
      std::vector<Value> extra = to_vector(b);
      l->items.insert(l->items.end(), extra.begin(), extra.end());
      return a;
    }
    if (op == BinOpKind::Mult && has_index(b)) {
      Value r = repeat_sequence(a, b);
      l->items = r.as<ListObject>()->items;
      return a;
    }
  }
  if (a.is_obj() && a.obj()->type->id == TypeId::Set && is_set_like(b) &&
      (op == BinOpKind::BitOr || op == BinOpKind::BitAnd || op == BinOpKind::BitXor || op == BinOpKind::Sub)) {
    return set_inplace(op, a.as<SetObject>(), b.as<SetObject>());
  }
  if (is_dict(a) && op == BinOpKind::BitOr) {
    dict_update(a.as<DictObject>(), b);
    return a;
  }
  return Value();
}

Value unary_op(UnaryOpKind op, const Value& v) {
  if (op == UnaryOpKind::Not) return Value::boolean(!truthy(v));
  if (v.is_obj() && v.obj()->type->heap) return heap_unary(op, v);
  Value r = unary_layout(op, v);
  if (!r.is_unbound()) return r;
  const char* sym = op == UnaryOpKind::USub ? "-" : op == UnaryOpKind::UAdd ? "+" : "~";
  raise_type_error(fmt::format("bad operand type for unary {}: '{}'", sym, type_name(v)));
}

Value unary_layout(UnaryOpKind op, const Value& v) {
  switch (op) {
    case UnaryOpKind::Not: return Value::boolean(!truthy(v));
    case UnaryOpKind::USub:
      if (v.is_int() || v.is_bool()) {
        if (v.as_int() == INT64_MIN) return normalize(num::neg(num::BigInt(v.as_int())));
        return Value::integer(-v.as_int());
      }
      if (v.is_float()) return Value::floating(-v.as_float());
      if (is_big_int(v)) return normalize(num::neg(v.as<IntObject>()->value));
      return Value();
    case UnaryOpKind::UAdd:
      if (v.is_int() || v.is_bool()) return Value::integer(v.as_int());
      if (v.is_float()) return v;
      if (is_big_int(v)) return normalize(v.as<IntObject>()->value);
      return Value();
    case UnaryOpKind::Invert:
      if (v.is_int() || v.is_bool()) return Value::integer(~v.as_int());
      if (is_big_int(v)) return normalize(num::invert(v.as<IntObject>()->value));
      return Value();
  }
  return Value();
}

int64_t index_int64(const Value& v, const char* overflow_msg) {
  if (v.is_int() || v.is_bool()) return v.as_int();
  if (is_big_int(v)) {
    if (v.obj()->type->heap) return heap_index(v, overflow_msg);
    raise(exc::IndexError, overflow_msg ? overflow_msg : "cannot fit 'int' into an index-sized integer");
  }
  if (v.is_obj() && v.obj()->type->heap) return heap_index(v, overflow_msg);
  raise_type_error(fmt::format("'{}' object cannot be interpreted as an integer", type_name(v)));
}

bool has_index(const Value& v) {
  if (v.is_int() || v.is_bool()) return true;
  if (!v.is_obj()) return false;
  TypeObject* t = v.obj()->type;
  if (t->id == TypeId::Int) return true;
  return t->heap && !lookup_user_special(t, names::index).is_unbound();
}

Value index_value(const Value& v) {
  if (v.is_int()) return v;
  if (v.is_bool()) return Value::integer(v.as_int());
  if (is_big_int(v)) return v.obj()->type->heap ? normalize(v.as<IntObject>()->value) : v;
  if (v.is_obj() && v.obj()->type->heap) return heap_index_value(v);
  raise_type_error(fmt::format("'{}' object cannot be interpreted as an integer", type_name(v)));
}

}  // namespace pywalk
