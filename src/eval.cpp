// Expression evaluation.
#include <fmt/format.h>

#include "pywalk/errors.h"
#include "pywalk/interpreter.h"
#include "pywalk/num/bigint.h"
#include "pywalk/objects/builtin.h"
#include "pywalk/objects/class.h"
#include "pywalk/objects/descriptor.h"
#include "pywalk/objects/dict.h"
#include "pywalk/objects/exception.h"
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
#include "pywalk/suggestions.h"

namespace pywalk {

bool object_new_is(const Value& v);  // objects/slot_methods.cpp

// A few Values on the C++ stack, spilling to the heap past N.
template <size_t N>
class SmallValues {
 public:
  void push_back(Value v) {
    if (size_ < N) inline_[size_] = std::move(v);
    else {
      if (size_ == N) spill_.assign(std::make_move_iterator(inline_), std::make_move_iterator(inline_ + N));
      spill_.push_back(std::move(v));
    }
    ++size_;
  }
  std::span<const Value> span() const { return size_ <= N ? std::span<const Value>(inline_, size_) : std::span<const Value>(spill_); }
  size_t size() const { return size_; }

 private:
  Value inline_[N];
  std::vector<Value> spill_;
  size_t size_ = 0;
};

Value Interpreter::eval_constant(const ConstantExpr& c) {
  if (!c.value.is_unbound()) return c.value;
  switch (c.const_kind) {
    case ConstKind::None: c.value = Value::none(); break;
    case ConstKind::True: c.value = Value::boolean(true); break;
    case ConstKind::False: c.value = Value::boolean(false); break;
    case ConstKind::Ellipsis: c.value = ellipsis_value(); break;
    case ConstKind::Int: c.value = Value::integer(c.int_value); break;
    case ConstKind::BigInt: {
      // Decimal digits from the parser (a hex literal may exceed the
      // 4300-digit limit of str->int conversion, which literals don't have).
      num::BigInt b;
      mpz_set_str(b.raw(), c.text.c_str(), 10);
      c.value = normalize(std::move(b));
      break;
    }
    case ConstKind::Float: c.value = Value::floating(c.float_value); break;
    case ConstKind::Str: {
      StrObject* s = intern(c.text);
      c.value = Value(s);
      break;
    }
    case ConstKind::Imaginary:
      raise(exc::NotImplementedError, "pywalk does not support complex numbers");
    case ConstKind::Bytes:
      raise(exc::NotImplementedError, "pywalk does not support bytes");
  }
  return c.value;
}

Value Interpreter::eval_name(const NameExpr& n, Frame& f) {
  switch (n.scope) {
    case NameScope::Local:
      if (f.slots) {
        const Value& v = f.slots[n.slot];
        if (v.is_unbound()) raise_unbound(n, f);
        return v;
      }
      if (f.locals) return load_class_name(n, f);
      return load_global(n, f);
    case NameScope::Cell: {
      const Value& v = f.env->slots[n.slot];
      if (v.is_unbound()) raise_unbound(n, f);
      return v;
    }
    case NameScope::Free: {
      if (f.locals) {  // a class body reads its namespace first (LOAD_CLASSDEREF)
        if (!n.interned) n.interned = intern(n.id);
        Value v = f.locals->get_str(static_cast<StrObject*>(n.interned));
        if (!v.is_unbound()) return v;
      }
      Env* e = f.env;
      for (int32_t i = 0; i < n.hops; ++i) e = e->parent.get();
      const Value& v = e->slots[n.slot];
      if (v.is_unbound()) raise_unbound(n, f);
      return v;
    }
    case NameScope::GlobalImplicit:
      if (f.locals) return load_class_name(n, f);
      return load_global(n, f);
    case NameScope::GlobalExplicit:
    case NameScope::Unresolved:
      return load_global(n, f);
  }
  return load_global(n, f);
}

Value Interpreter::load_class_name(const NameExpr& n, Frame& f) {
  if (!n.interned) n.interned = intern(n.id);
  Value v = f.locals->get_str(static_cast<StrObject*>(n.interned));
  if (!v.is_unbound()) return v;
  return load_global(n, f);
}

Value Interpreter::load_global(const NameExpr& n, Frame& f) {
  DictObject* g = f.globals;
  DictObject* b = builtins();
  if (n.cache_globals == g && n.cache_globals_version == g->version) {
    if (!n.cache_in_builtins) return g->entries[static_cast<size_t>(n.cache_index)].value;
    if (n.cache_builtins_version == b->version) return b->entries[static_cast<size_t>(n.cache_index)].value;
  }
  if (!n.interned) n.interned = intern(n.id);
  auto* key = static_cast<StrObject*>(n.interned);
  int64_t ix = g->index_of_str(key);
  bool in_builtins = false;
  if (ix < 0) {
    ix = b->index_of_str(key);
    if (ix < 0) raise_name_error(n.id, f);
    in_builtins = true;
  }
  n.cache_globals = g;
  n.cache_globals_version = g->version;
  n.cache_builtins_version = b->version;
  n.cache_index = ix;
  n.cache_in_builtins = in_builtins;
  return (in_builtins ? b : g)->entries[static_cast<size_t>(ix)].value;
}

void Interpreter::raise_name_error(const std::string& id, Frame& f) {
  raise_name_error(exc::NameError, fmt::format("name '{}' is not defined", id), id, f);
}

void Interpreter::raise_unbound(const NameExpr& n, Frame& f) {
  if (n.scope == NameScope::Free)
    raise_name_error(
        exc::NameError,
        fmt::format("cannot access free variable '{}' where it is not associated with a value in enclosing scope", n.id),
        n.id, f);
  // No suggestion: CPython 3.11 sets `name` (which drives them) only on NameError proper.
  raise(exc::UnboundLocalError,
        fmt::format("cannot access local variable '{}' where it is not associated with a value", n.id));
}

// CPython 3.11 offers "Did you mean" for a NameError from the frame's
// co_varnames, then globals, then builtins.
void Interpreter::raise_name_error(TypeObject* type, std::string message, const std::string& id, Frame& f) {
  Value e = make_exception(type, std::move(message));
  set_exception_attr(e, "name", make_str(id));
  std::vector<std::string> candidates;
  if (f.slots && f.scope) candidates = f.scope->varnames;
  std::string s = best_suggestion(id, candidates);
  if (s.empty()) s = best_suggestion(id, dict_key_names(f.globals));
  if (s.empty()) s = best_suggestion(id, dict_key_names(builtins()));
  if (!s.empty()) e.as<ExceptionObject>()->note = fmt::format(". Did you mean: '{}'?", s);
  throw PyException{e};
}

static StrObject* name_key(const NameExpr& n) {
  if (!n.interned) n.interned = intern(n.id);
  return static_cast<StrObject*>(n.interned);
}

void Interpreter::store_name(const std::string& id, NameScope scope, int32_t slot, int32_t hops, const Value& v,
                             Frame& f, const NameExpr* cached) {
  switch (scope) {
    case NameScope::Local:
      if (f.slots) {
        f.slots[slot] = v;
        return;
      }
      if (f.locals) {
        StrObject* key = cached ? name_key(*cached) : intern(id);
        if (v.is_unbound()) f.locals->remove(Value(key));
        else f.locals->set_str(key, v);
        return;
      }
      break;
    case NameScope::Cell:
      f.env->slots[slot] = v;
      return;
    case NameScope::Free: {
      Env* e = f.env;
      for (int32_t i = 0; i < hops; ++i) e = e->parent.get();
      e->slots[slot] = v;
      return;
    }
    case NameScope::GlobalExplicit:
    case NameScope::GlobalImplicit:
    case NameScope::Unresolved:
      break;
  }
  DictObject* g = f.globals;
  if (cached && !v.is_unbound() && cached->cache_globals == g && cached->cache_globals_version == g->version &&
      !cached->cache_in_builtins) {
    g->entries[static_cast<size_t>(cached->cache_index)].value = v;  // the entry load_global found
    return;
  }
  StrObject* key = cached ? name_key(*cached) : intern(id);
  if (v.is_unbound()) g->remove(Value(key));
  else g->set_str(key, v);
}

Value Interpreter::eval_subscript_key(const Expr& slice, Frame& f) {
  if (slice.kind == ExprKind::Slice) {
    const auto& s = as<SliceExpr>(slice);
    return make_slice(s.lower ? eval(*s.lower, f) : Value::none(), s.upper ? eval(*s.upper, f) : Value::none(),
                      s.step ? eval(*s.step, f) : Value::none());
  }
  if (slice.kind == ExprKind::Tuple) {
    std::vector<Value> items;
    for (const ExprPtr& e : as<TupleExpr>(slice).elts) items.push_back(eval_subscript_key(*e, f));
    return make_tuple(std::move(items));
  }
  return eval(slice, f);
}

std::vector<Value> Interpreter::eval_sequence_items(const ExprList& elts, Frame& f) {
  std::vector<Value> items;
  items.reserve(elts.size());
  for (const ExprPtr& e : elts) {
    if (e->kind == ExprKind::Starred) {
      Value it = eval(*as<StarredExpr>(*e).value, f);
      for_each(it, [&](const Value& x) { items.push_back(x); });
    } else {
      items.push_back(eval(*e, f));
    }
  }
  return items;
}

// Whether CPython's AST optimiser turns e into a constant (a literal, a
// unary or binary operation on constants, a tuple of constants): a set
// display of more than two of them is built from a frozenset constant,
// which gives a different iteration order.
static bool is_folded_constant(const Expr& e) {
  if (e.kind == ExprKind::Constant) return true;
  if (e.kind == ExprKind::UnaryOp) return is_folded_constant(*as<UnaryOpExpr>(e).operand);
  if (e.kind == ExprKind::BinOp) {
    const auto& b = as<BinOpExpr>(e);
    return is_folded_constant(*b.left) && is_folded_constant(*b.right);
  }
  if (e.kind == ExprKind::Tuple) {
    for (const ExprPtr& x : as<TupleExpr>(e).elts)
      if (!is_folded_constant(*x)) return false;
    return true;
  }
  return false;
}

static bool fast_int_op(BinOpKind op, int64_t a, int64_t b, int64_t& out) {
  switch (op) {
    case BinOpKind::Add: return !__builtin_add_overflow(a, b, &out);
    case BinOpKind::Sub: return !__builtin_sub_overflow(a, b, &out);
    case BinOpKind::Mult: return !__builtin_mul_overflow(a, b, &out);
    case BinOpKind::BitAnd: out = a & b; return true;
    case BinOpKind::BitOr: out = a | b; return true;
    case BinOpKind::BitXor: out = a ^ b; return true;
    case BinOpKind::FloorDiv:
      if (b == 0 || (a == INT64_MIN && b == -1)) return false;
      out = a / b;
      if ((a % b != 0) && ((a < 0) != (b < 0))) --out;
      return true;
    case BinOpKind::Mod:
      if (b == 0 || b == -1) return false;
      out = a % b;
      if (out != 0 && ((out < 0) != (b < 0))) out += b;
      return true;
    case BinOpKind::MatMult:
    case BinOpKind::Div:
    case BinOpKind::Pow:
    case BinOpKind::LShift:
    case BinOpKind::RShift:
      return false;
  }
  return false;
}

// An order comparison of two C++ numbers (exact ints, or doubles with IEEE
// semantics, which are Python's: nan compares unequal to everything).
template <class T>
static bool fast_compare(CmpOpKind op, T a, T b, bool& out) {
  switch (op) {
    case CmpOpKind::Eq: out = a == b; return true;
    case CmpOpKind::NotEq: out = a != b; return true;
    case CmpOpKind::Lt: out = a < b; return true;
    case CmpOpKind::LtE: out = a <= b; return true;
    case CmpOpKind::Gt: out = a > b; return true;
    case CmpOpKind::GtE: out = a >= b; return true;
    case CmpOpKind::Is:
    case CmpOpKind::IsNot:
    case CmpOpKind::In:
    case CmpOpKind::NotIn:
      return false;
  }
  return false;
}

// The expression dispatcher. It stays small (each non-trivial case is its
// own function) so that the recursion through it is cheap; on the way out
// of a failing expression it records the innermost span for the traceback.
// No C++ stack check here: a single frame's expressions nest at most as
// deep as the parser and resolver allow (a few thousand levels), and every
// Python call checks the stack in enter_call().
Value Interpreter::eval(const Expr& e, Frame& f) {
  try {
    switch (e.kind) {
      case ExprKind::Constant: return eval_constant(as<ConstantExpr>(e));
      case ExprKind::Name: return eval_name(as<NameExpr>(e), f);
      case ExprKind::BinOp: return eval_binop(as<BinOpExpr>(e), f);
      case ExprKind::Compare: return eval_compare(as<CompareExpr>(e), f);
      case ExprKind::Call: return eval_call(as<CallExpr>(e), f);
      case ExprKind::Attribute: return eval_attribute(as<AttributeExpr>(e), f);
      case ExprKind::Subscript: return eval_subscript(as<SubscriptExpr>(e), f);
      case ExprKind::UnaryOp:
      case ExprKind::BoolOp:
      case ExprKind::IfExp:
      case ExprKind::NamedExpr:
      case ExprKind::Slice:
      case ExprKind::Starred:
      case ExprKind::Tuple:
      case ExprKind::List:
      case ExprKind::Set:
      case ExprKind::Dict:
      case ExprKind::ListComp:
      case ExprKind::SetComp:
      case ExprKind::DictComp:
      case ExprKind::GeneratorExp:
      case ExprKind::Lambda:
      case ExprKind::Yield:
      case ExprKind::YieldFrom:
      case ExprKind::JoinedStr:
      case ExprKind::FormattedValue:
        return eval_other(e, f);
    }
  } catch (PyException& ex) {
    stamp_position(ex, e.span);
    throw;
  }
  return Value::none();
}

// v as a double when that is exact: a float, or an int of at most 53 bits
// (CPython converts such ints exactly too, and divides two of them as doubles).
static inline bool exact_double(const Value& v, double& d) {
  if (v.is_float()) {
    d = v.as_float();
    return true;
  }
  if (v.is_int()) {
    int64_t i = v.as_int();
    if (i > -(int64_t(1) << 53) && i < (int64_t(1) << 53)) {
      d = static_cast<double>(i);
      return true;
    }
  }
  return false;
}

Value Interpreter::eval_binop(const BinOpExpr& b, Frame& f) {
  Value l = operand(*b.left, f);
  Value r = operand(*b.right, f);
  if (l.is_int() && r.is_int()) {
    int64_t out;
    if (fast_int_op(b.op, l.as_int(), r.as_int(), out)) return Value::integer(out);
  }
  if (l.is_float() || r.is_float() || b.op == BinOpKind::Div) {
    double x, y;
    if (exact_double(l, x) && exact_double(r, y)) {
      switch (b.op) {
        case BinOpKind::Add: return Value::floating(x + y);
        case BinOpKind::Sub: return Value::floating(x - y);
        case BinOpKind::Mult: return Value::floating(x * y);
        case BinOpKind::Div:
          if (y != 0.0) return Value::floating(x / y);
          break;
        case BinOpKind::MatMult:
        case BinOpKind::FloorDiv:
        case BinOpKind::Mod:
        case BinOpKind::Pow:
        case BinOpKind::LShift:
        case BinOpKind::RShift:
        case BinOpKind::BitOr:
        case BinOpKind::BitXor:
        case BinOpKind::BitAnd:
          break;
      }
    }
  }
  return binary_op(b.op, l, r);
}

Value Interpreter::eval_compare(const CompareExpr& c, Frame& f) {
  Value left = operand(*c.left, f);
  for (size_t i = 0; i < c.ops.size(); ++i) {
    Value right = operand(*c.comparators[i], f);
    CmpOpKind op = c.ops[i];
    bool last = i + 1 == c.ops.size();
    bool r;
    double x, y;
    if (left.is_int() && right.is_int() ? fast_compare<int64_t>(op, left.as_int(), right.as_int(), r)
        : (left.is_float() || right.is_float()) && exact_double(left, x) && exact_double(right, y)
            ? fast_compare<double>(op, x, y, r)
            : false) {
      if (!r) return Value::boolean(false);
      if (last) return Value::boolean(true);
      left = std::move(right);
      continue;
    }
    if (last && op <= CmpOpKind::GtE) return compare(left, right, op);
    if (!compare_bool(left, right, op)) return Value::boolean(false);
    left = std::move(right);
  }
  return Value::boolean(true);
}

Value Interpreter::eval_attribute(const AttributeExpr& a, Frame& f) {
  Value obj = operand(*a.value, f);
  if (!a.interned) a.interned = intern(a.attr);
  auto* name = static_cast<StrObject*>(a.interned);
  if (obj.is_obj() && obj.obj()->type->heap) {
    Value v = instance_getattr_fast(obj, name);
    if (!v.is_unbound()) return v;
  }
  return getattr(obj, name);
}

Value Interpreter::eval_subscript(const SubscriptExpr& s, Frame& f) {
  Value obj = operand(*s.value, f);
  Value key = s.slice->kind == ExprKind::Slice || s.slice->kind == ExprKind::Tuple ? eval_subscript_key(*s.slice, f)
                                                                                   : operand(*s.slice, f);
  if (key.is_int() && is_exact_list(obj)) {
    auto* l = obj.as<ListObject>();
    int64_t i = key.as_int();
    if (i < 0) i += static_cast<int64_t>(l->items.size());
    if (i >= 0 && i < static_cast<int64_t>(l->items.size())) return l->items[static_cast<size_t>(i)];
  }
  return getitem(obj, key);
}

Value Interpreter::eval_other(const Expr& e, Frame& f) {
  switch (e.kind) {
    case ExprKind::Constant:
    case ExprKind::Name:
    case ExprKind::BinOp:
    case ExprKind::Compare:
    case ExprKind::Call:
    case ExprKind::Attribute:
    case ExprKind::Subscript:
      return eval(e, f);
    case ExprKind::UnaryOp: {
      const auto& u = as<UnaryOpExpr>(e);
      Value v = operand(*u.operand, f);
      if (u.op == UnaryOpKind::Not) return Value::boolean(!truthy(v));
      return unary_op(u.op, v);
    }
    case ExprKind::BoolOp: {
      const auto& b = as<BoolOpExpr>(e);
      Value v;
      for (const ExprPtr& x : b.values) {
        v = operand(*x, f);
        bool t = truthy(v);
        if (b.op == BoolOpKind::And ? !t : t) return v;
      }
      return v;
    }
    case ExprKind::IfExp: {
      const auto& i = as<IfExpExpr>(e);
      return truthy(operand(*i.test, f)) ? eval(*i.body, f) : eval(*i.orelse, f);
    }
    case ExprKind::NamedExpr: {
      const auto& n = as<NamedExprExpr>(e);
      Value v = eval(*n.value, f);
      assign(*n.target, v, f);
      return v;
    }
    case ExprKind::Slice:
      return eval_subscript_key(e, f);
    case ExprKind::Starred:
      raise(exc::SyntaxError, "can't use starred expression here");
    case ExprKind::Tuple:
      return make_tuple(eval_sequence_items(as<TupleExpr>(e).elts, f));
    case ExprKind::List:
      return make_list(eval_sequence_items(as<ListExpr>(e).elts, f));
    case ExprKind::Set: {
      const auto& elts = as<SetExpr>(e).elts;
      bool all_constant = elts.size() > 2;
      for (const ExprPtr& x : elts) all_constant = all_constant && is_folded_constant(*x);
      return set_display(eval_sequence_items(elts, f), all_constant);
    }
    case ExprKind::Dict: {
      const auto& d = as<DictExpr>(e);
      Value out = make_dict();
      auto* dict = out.as<DictObject>();
      for (size_t i = 0; i < d.values.size(); ++i) {
        if (!d.keys[i]) {
          Value m = eval(*d.values[i], f);
          if (!is_dict(m) && getattr_or_unbound(m, intern("keys")).is_unbound())
            raise_type_error(fmt::format("'{}' object is not a mapping", type_name(m)));
          dict_update(dict, m);
          continue;
        }
        Value k = eval(*d.keys[i], f);
        Value v = eval(*d.values[i], f);
        dict->set(k, v);
      }
      return out;
    }
    case ExprKind::ListComp:
    case ExprKind::SetComp:
    case ExprKind::DictComp:
    case ExprKind::GeneratorExp:
      return eval_comprehension(static_cast<const ComprehensionBase&>(e), f);
    case ExprKind::Lambda: {
      const auto& l = as<LambdaExpr>(e);
      return make_function(l.scope.get(), l.args, nullptr, &l, f);
    }
    case ExprKind::Yield: {
      const auto& y = as<YieldExpr>(e);
      return yield_value(y.value ? eval(*y.value, f) : Value::none(), y.in_handler);
    }
    case ExprKind::YieldFrom: {
      const auto& y = as<YieldFromExpr>(e);
      return yield_from(eval(*y.value, f), y.in_handler);
    }
    case ExprKind::JoinedStr:
      return eval_joined_str(as<JoinedStrExpr>(e), f);
    case ExprKind::FormattedValue: {
      std::string out;
      append_formatted(out, as<FormattedValueExpr>(e), f);
      return make_str(std::move(out));
    }
  }
  return Value::none();
}

// An f-string is built in one buffer: literal parts are appended as they
// are, replacement fields formatted straight into it.
Value Interpreter::eval_joined_str(const JoinedStrExpr& j, Frame& f) {
  std::string out;
  for (const ExprPtr& part : j.values) {
    if (part->kind == ExprKind::FormattedValue) {
      try {
        append_formatted(out, as<FormattedValueExpr>(*part), f);
      } catch (PyException& ex) {
        stamp_position(ex, part->span);
        throw;
      }
    } else {
      Value v = eval(*part, f);
      out += as_str(v)->view();
    }
  }
  return make_str(std::move(out));
}

// One replacement field: the value, its conversion (!r !s !a), then
// format(value, spec); a spec without fields of its own is used as written.
void Interpreter::append_formatted(std::string& out, const FormattedValueExpr& fv, Frame& f) {
  Value v = operand(*fv.value, f);
  if (fv.conversion == 'r') v = repr_value(v);
  else if (fv.conversion == 's') v = str_value(v);
  else if (fv.conversion == 'a') v = make_str(ascii(v));
  std::string_view spec;
  Value spec_value;
  if (fv.format_spec) {
    const auto& js = as<JoinedStrExpr>(*fv.format_spec);
    if (js.values.size() == 1 && js.values[0]->kind == ExprKind::Constant) {
      spec_value = eval_constant(as<ConstantExpr>(*js.values[0]));
    } else {
      spec_value = eval(*fv.format_spec, f);
    }
    spec = as_str(spec_value)->view();
  }
  if (spec.empty() && is_str(v) && !v.obj()->type->heap) {
    out += as_str(v)->view();
    return;
  }
  out += format(v, spec);
}

Value Interpreter::eval_call(const CallExpr& e, Frame& f) {
  if (e.func->kind != ExprKind::Attribute) {
    Value callee = operand(*e.func, f);
    // f(a, b) of a user function taking exactly those: arguments go straight
    // into the new frame's slots.
    if (is_function(callee)) {
      auto* fn = callee.as<FunctionObject>();
      if (simple_call_shape(e, fn, 0)) return call_simple(fn, e.args, f);
    } else if (callee.is_obj() && callee.obj()->type == types::type && callee.as<TypeObject>()->heap) {
      Value r = construct_fast(e, callee.as<TypeObject>(), f);
      if (!r.is_unbound()) return r;
    }
    return eval_call_args(e, callee, Value(), f);
  }
  Value callee;
  Value self;  // set when calling a builtin method without binding it
  {
    const auto& a = as<AttributeExpr>(*e.func);
    Value obj = eval(*a.value, f);
    if (!a.interned) a.interned = intern(a.attr);
    auto* name = static_cast<StrObject*>(a.interned);
    TypeObject* t = type_of(obj);
    if (t->heap) {
      Value r = call_method_fast(e, obj, name, f);
      if (!r.is_unbound()) return r;
    } else if (t == types::super) {
      // super().m(...): the function found after the class, called with self; no bound method.
      Value m = super_find_method(obj, name, &self);
      if (!m.is_unbound()) {
        auto* fn = m.as<FunctionObject>();
        if (simple_call_shape(e, fn, 1)) return call_simple_self(fn, self, e.args, f);
        callee = std::move(m);
      }
    } else if (t->id != TypeId::Type && t->id != TypeId::Function && t->id != TypeId::Module) {
      Value m = as_dict(t->dict)->get_str(name);
      if (!m.is_unbound() && m.obj()->type->id == TypeId::MethodDescriptor) {
        callee = std::move(m);
        self = std::move(obj);
      }
    }
    if (self.is_unbound()) {
      try {
        callee = getattr(obj, name);
      } catch (PyException& ex) {
        stamp_position(ex, a.span);  // CPython marks the attribute expression, not the whole call
        throw;
      }
    }
  }
  return eval_call_args(e, callee, self, f);
}

// The general call: evaluates positional (with *iterables) and keyword
// (with **mappings) arguments, then calls through the one call path.
Value Interpreter::eval_call_args(const CallExpr& e, const Value& callee, const Value& self, Frame& f) {
  bool simple = true;
  for (const ExprPtr& a : e.args)
    if (a->kind == ExprKind::Starred) simple = false;
  for (const Keyword& k : e.keywords)
    if (k.arg.empty()) simple = false;

  SmallValues<8> values;
  SmallValues<4> kw_values;
  std::vector<StrObject*> kw_names;
  if (simple) {
    for (const ExprPtr& a : e.args) values.push_back(operand(*a, f));
  } else {
    for (const ExprPtr& a : e.args) {
      if (a->kind == ExprKind::Starred) {
        Value it = eval(*as<StarredExpr>(*a).value, f);
        if (!is_exact_list(it) && !is_exact_tuple(it)) {
          try {
            it = iter(it);
          } catch (PyException&) {
            raise_type_error(fmt::format("{} argument after * must be an iterable, not {}", callable_name(callee),
                                         type_name(it)));
          }
        }
        for_each(it, [&](const Value& x) { values.push_back(x); });
      } else {
        values.push_back(eval(*a, f));
      }
    }
  }
  bool after_double_star = false;
  for (const Keyword& k : e.keywords) {
    if (k.arg.empty()) {
      Value m = eval(*k.value, f);
      if (!is_mergeable_dict(m)) {  // any mapping: keys() and [] into a plain dict first
        if (!is_dict(m) && getattr_or_unbound(m, intern("keys")).is_unbound())
          raise_type_error(fmt::format("{} argument after ** must be a mapping, not {}", callable_name(callee),
                                       type_name(m)));
        Value copy = make_dict();
        dict_update(as_dict(copy), m);
        m = copy;
      }
      for (const DictEntry& entry : m.as<DictObject>()->entries) {
        if (entry.key.is_unbound()) continue;
        if (!is_str(entry.key)) raise_type_error("keywords must be strings");
        StrObject* name = intern(as_str(entry.key)->view());
        for (StrObject* seen : kw_names)
          if (seen == name)
            raise_type_error(fmt::format("{} got multiple values for keyword argument '{}'", callable_name(callee),
                                         name->view()));
        kw_names.push_back(name);
        kw_values.push_back(entry.value);
      }
      after_double_star = true;
      continue;
    }
    if (!k.interned) k.interned = intern(k.arg);
    auto* name = static_cast<StrObject*>(k.interned);
    kw_values.push_back(eval(*k.value, f));
    if (after_double_star)  // `f(**m, a=1)`: the explicit keyword may repeat one of m's
      for (StrObject* seen : kw_names)
        if (seen == name)
          raise_type_error(fmt::format("{} got multiple values for keyword argument '{}'", callable_name(callee),
                                       name->view()));
    kw_names.push_back(name);
  }
  CallArgs args{values.span(), kw_values.span(), std::span<StrObject* const>(kw_names)};
  if (!self.is_unbound()) {
    if (is_function(callee)) return call_with_self(callee, self, args);
    auto* m = callee.as<BuiltinFunctionObject>();
    return m->fn(self, args);
  }
  return call(callee, args);
}

Value Interpreter::call_method_fast(const CallExpr& e, const Value& obj, StrObject* name, Frame& f) {
  TypeObject* t = obj.obj()->type;
  if (t->class_flags & kClassGetattribute) return Value();
  Value m = type_lookup(t, name);
  if (!m.is_obj()) return Value();
  TypeId kind = m.obj()->type->id;
  if (kind != TypeId::Function && kind != TypeId::MethodDescriptor) return Value();
  if (DictObject* d = instance_dict_of(obj))
    if (!d->get_str(name).is_unbound()) return Value();  // an instance attribute shadows the method
  if (kind == TypeId::Function) {
    auto* fn = m.as<FunctionObject>();
    if (simple_call_shape(e, fn, 1)) return call_simple_self(fn, obj, e.args, f);
  }
  return eval_call_args(e, m, obj, f);
}

Value Interpreter::construct_fast(const CallExpr& e, TypeObject* cls, Frame& f) {
  if (cls->id != TypeId::Instance || !object_new_is(type_lookup(cls, names::new_))) return Value();
  Value init = type_lookup(cls, names::init);
  if (!is_function(init) || !simple_call_shape(e, init.as<FunctionObject>(), 1)) return Value();
  Value obj = new_instance(cls);
  Value r = call_simple_self(init.as<FunctionObject>(), obj, e.args, f);
  if (!r.is_none()) raise_type_error(fmt::format("__init__() should return None, not '{}'", type_name(r)));
  return obj;
}

Value Interpreter::make_function(const Scope* scope, const Arguments& args, const FunctionDefStmt* def,
                                 const LambdaExpr* lambda, Frame& f) {
  auto fn = make<FunctionObject>();
  fn->def_node = def;
  fn->lambda_node = lambda;
  fn->scope = scope;
  fn->closure = Ref<Env>(f.env);
  fn->source = f.module;
  fn->globals = Value(static_cast<Object*>(f.globals));
  fn->name = Value(intern(scope->name));
  fn->qualname = Value(intern(scope->qualname));
  fn->module = f.globals->get_str(intern("__name__"));
  if (fn->module.is_unbound()) fn->module = Value::none();
  fn->doc = Value::none();
  if (def && !def->body.empty() && def->body[0]->kind == StmtKind::ExprStmt) {
    const Expr& first = *as<ExprStmt>(*def->body[0]).value;
    if (first.kind == ExprKind::Constant && as<ConstantExpr>(first).const_kind == ConstKind::Str)
      fn->doc = eval_constant(as<ConstantExpr>(first));
  }
  for (const ExprPtr& d : args.defaults) fn->defaults.push_back(eval(*d, f));
  for (const ExprPtr& d : args.kw_defaults) fn->kwdefaults.push_back(d ? eval(*d, f) : Value());
  // Annotations are evaluated at definition time, as CPython does without
  // `from __future__ import annotations`.
  bool has_annotations = (def && def->returns);
  auto note = [&](const Arg& a) { if (a.annotation) has_annotations = true; };
  for (const Arg& a : args.posonlyargs) note(a);
  for (const Arg& a : args.args) note(a);
  for (const Arg& a : args.kwonlyargs) note(a);
  if (args.vararg) note(*args.vararg);
  if (args.kwarg) note(*args.kwarg);
  if (has_annotations) {
    Value ann = make_dict();
    auto put = [&](const Arg& a) {
      if (a.annotation) as_dict(ann)->set_str(intern(a.name), eval(*a.annotation, f));
    };
    for (const Arg& a : args.args) put(a);  // CPython's order: regular before positional-only
    for (const Arg& a : args.posonlyargs) put(a);
    if (args.vararg) put(*args.vararg);
    for (const Arg& a : args.kwonlyargs) put(a);
    if (args.kwarg) put(*args.kwarg);
    if (def && def->returns) as_dict(ann)->set_str(intern("return"), eval(*def->returns, f));
    fn->annotations = ann;
  }
  int first_line = def ? def->span.line : lambda->span.line;
  if (def && !def->decorator_list.empty()) first_line = def->decorator_list.front()->span.line;
  if (scope->code_object.is_unbound())
    scope->code_object = make<CodeObject>(scope, &f.module->filename, first_line).value();
  fn->code = scope->code_object;
  return fn.value();
}

}  // namespace pywalk
