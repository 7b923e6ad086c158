// The `operator` module: the operators as functions, each the generic
// operation of ops.h, so they behave exactly as the operator does. The
// itemgetter, attrgetter and methodcaller types are in operator_getters.cpp.
#include "pywalk/modules/operator.h"

#include <fmt/format.h>

#include <array>
#include <cmath>

#include "pywalk/builtins.h"
#include "pywalk/errors.h"
#include "pywalk/gc.h"
#include "pywalk/modules/native.h"
#include "pywalk/objects/dict.h"
#include "pywalk/objects/int.h"
#include "pywalk/objects/list.h"
#include "pywalk/objects/module.h"
#include "pywalk/objects/str.h"
#include "pywalk/ops.h"

namespace pywalk {

namespace {

// "_operator.not_() takes exactly one argument (2 given)"
const Value& one(const char* name, CallArgs args) {
  ArgParser(fmt::format("_operator.{}", name), args).no_keywords().positional(1, 1);
  return args.positional[0];
}

// "add expected 2 arguments, got 1", "_operator.add() takes no keyword arguments"
void n_args(const char* name, CallArgs args, size_t n) {
  if (!args.kw_names.empty()) raise_type_error(fmt::format("_operator.{}() takes no keyword arguments", name));
  check_positional(name, args.positional.size(), n, n);
}

#define PYWALK_BINOP(NAME, KIND)                                               \
  Value op_##NAME(const Value&, CallArgs args) {                               \
    n_args(#NAME, args, 2);                                                    \
    return binary_op(BinOpKind::KIND, args.positional[0], args.positional[1]); \
  }
#define PYWALK_INPLACE(NAME, KIND)                                              \
  Value op_##NAME(const Value&, CallArgs args) {                                \
    n_args(#NAME, args, 2);                                                     \
    return inplace_op(BinOpKind::KIND, args.positional[0], args.positional[1]); \
  }
#define PYWALK_CMP(NAME, KIND)                                               \
  Value op_##NAME(const Value&, CallArgs args) {                             \
    n_args(#NAME, args, 2);                                                  \
    return compare(args.positional[0], args.positional[1], CmpOpKind::KIND); \
  }
#define PYWALK_UNARY(NAME, KIND)                          \
  Value op_##NAME(const Value&, CallArgs args) {          \
    return unary_op(UnaryOpKind::KIND, one(#NAME, args)); \
  }

PYWALK_BINOP(add, Add)
PYWALK_BINOP(sub, Sub)
PYWALK_BINOP(mul, Mult)
PYWALK_BINOP(matmul, MatMult)
PYWALK_BINOP(truediv, Div)
PYWALK_BINOP(floordiv, FloorDiv)
PYWALK_BINOP(mod, Mod)
PYWALK_BINOP(pow, Pow)
PYWALK_BINOP(lshift, LShift)
PYWALK_BINOP(rshift, RShift)
PYWALK_BINOP(and_, BitAnd)
PYWALK_BINOP(or_, BitOr)
PYWALK_BINOP(xor, BitXor)
PYWALK_INPLACE(iadd, Add)
PYWALK_INPLACE(isub, Sub)
PYWALK_INPLACE(imul, Mult)
PYWALK_INPLACE(imatmul, MatMult)
PYWALK_INPLACE(itruediv, Div)
PYWALK_INPLACE(ifloordiv, FloorDiv)
PYWALK_INPLACE(imod, Mod)
PYWALK_INPLACE(ipow, Pow)
PYWALK_INPLACE(ilshift, LShift)
PYWALK_INPLACE(irshift, RShift)
PYWALK_INPLACE(iand, BitAnd)
PYWALK_INPLACE(ior, BitOr)
PYWALK_INPLACE(ixor, BitXor)
PYWALK_CMP(eq, Eq)
PYWALK_CMP(ne, NotEq)
PYWALK_CMP(lt, Lt)
PYWALK_CMP(le, LtE)
PYWALK_CMP(gt, Gt)
PYWALK_CMP(ge, GtE)
PYWALK_UNARY(neg, USub)
PYWALK_UNARY(pos, UAdd)
PYWALK_UNARY(inv, Invert)
PYWALK_UNARY(invert, Invert)

#undef PYWALK_BINOP
#undef PYWALK_INPLACE
#undef PYWALK_CMP
#undef PYWALK_UNARY

bool is_sequence(const Value& v) {
  if (!v.is_obj()) return false;
  switch (v.obj()->type->id) {
    case TypeId::Str:
    case TypeId::List:
    case TypeId::Tuple:
    case TypeId::Range:
    case TypeId::Bytes:
      return true;
    default:
      return v.obj()->type->id == TypeId::Instance && !getattr_or_unbound(v, intern("__getitem__")).is_unbound();
  }
}

Value op_concat(const Value&, CallArgs args) {
  n_args("concat", args, 2);
  const Value& a = args.positional[0];
  if (!is_sequence(a)) raise_type_error(fmt::format("'{}' object can't be concatenated", type_name(a)));
  return binary_op(BinOpKind::Add, a, args.positional[1]);
}

Value op_iconcat(const Value&, CallArgs args) {
  n_args("iconcat", args, 2);
  const Value& a = args.positional[0];
  if (!is_sequence(a)) raise_type_error(fmt::format("'{}' object can't be concatenated", type_name(a)));
  return inplace_op(BinOpKind::Add, a, args.positional[1]);
}

Value op_not_(const Value&, CallArgs args) {
  return Value::boolean(!truthy(one("not_", args)));
}
Value op_truth(const Value&, CallArgs args) {
  return Value::boolean(truthy(one("truth", args)));
}

Value op_abs(const Value&, CallArgs args) {
  const Value& v = one("abs", args);
  if (v.is_float()) return Value::floating(std::fabs(v.as_float()));
  if (is_int(v)) {
    if (v.is_bool()) return Value::integer(v.as_int());
    if (v.is_int() ? v.as_int() < 0 : to_bigint(v).is_negative()) return unary_op(UnaryOpKind::USub, v);
    return v;
  }
  if (v.is_obj() && v.obj()->type->id == TypeId::Instance) {
    Value m = getattr_or_unbound(v, intern("__abs__"));
    if (!m.is_unbound()) return call0(m);
  }
  raise_type_error(fmt::format("bad operand type for abs(): '{}'", type_name(v)));
}

Value op_index(const Value&, CallArgs args) {
  const Value& v = one("index", args);
  if (v.is_bool()) return Value::integer(v.as_int());
  if (is_int(v)) return v;
  if (v.is_obj() && v.obj()->type->id == TypeId::Instance) {
    Value m = getattr_or_unbound(v, intern("__index__"));
    if (!m.is_unbound()) return call0(m);
  }
  raise_type_error(fmt::format("'{}' object cannot be interpreted as an integer", type_name(v)));
}

Value op_is_(const Value&, CallArgs args) {
  n_args("is_", args, 2);
  return Value::boolean(args.positional[0].is(args.positional[1]));
}

Value op_is_not(const Value&, CallArgs args) {
  n_args("is_not", args, 2);
  return Value::boolean(!args.positional[0].is(args.positional[1]));
}

Value op_contains(const Value&, CallArgs args) {
  n_args("contains", args, 2);
  return Value::boolean(contains(args.positional[0], args.positional[1]));
}

Value op_getitem(const Value&, CallArgs args) {
  n_args("getitem", args, 2);
  return getitem(args.positional[0], args.positional[1]);
}

Value op_setitem(const Value&, CallArgs args) {
  n_args("setitem", args, 3);
  setitem(args.positional[0], args.positional[1], args.positional[2]);
  return Value::none();
}

Value op_delitem(const Value&, CallArgs args) {
  n_args("delitem", args, 2);
  delitem(args.positional[0], args.positional[1]);
  return Value::none();
}

Value op_countOf(const Value&, CallArgs args) {
  n_args("countOf", args, 2);
  const Value& b = args.positional[1];
  int64_t n = 0;
  for_each(args.positional[0], [&](const Value& x) {
    if (x.is(b) || eq(x, b)) ++n;
  });
  return Value::integer(n);
}

Value op_indexOf(const Value&, CallArgs args) {
  n_args("indexOf", args, 2);
  const Value& b = args.positional[1];
  Value it = iter(args.positional[0]);
  for (int64_t i = 0;; ++i) {
    Value x = next(it);
    if (x.is_unbound()) break;
    if (x.is(b) || eq(x, b)) return Value::integer(i);
  }
  raise_value_error("sequence.index(x): x not in sequence");
}

Value op_length_hint(const Value&, CallArgs args) {
  if (!args.kw_names.empty()) raise_type_error("_operator.length_hint() takes no keyword arguments");
  check_positional("length_hint", args.positional.size(), 1, 2);
  Value dflt = args.positional.size() == 2 ? args.positional[1] : Value::integer(0);
  if (!is_int(dflt)) raise_type_error(fmt::format("'{}' object cannot be interpreted as an integer", type_name(dflt)));
  const Value& obj = args.positional[0];
  try {
    return Value::integer(len(obj));
  } catch (PyException& e) {
    if (!type_of(e.exc)->is_subtype_of(exc::TypeError)) throw;
  }
  Value hint = getattr_or_unbound(obj, intern("__length_hint__"));
  if (!hint.is_unbound()) return call0(hint);
  return dflt;
}

Value op_call(const Value&, CallArgs args) {
  if (args.positional.empty()) raise_type_error("call() missing 1 required positional argument: 'obj'");
  return call(args.positional[0], CallArgs{args.positional.subspan(1), args.kw_values, args.kw_names});
}

}  // namespace

void init_operator_module(ModuleObject* m) {
  init_operator_getters(m);
  struct Entry {
    const char* name;
    BuiltinFn fn;
  };
  static const Entry kFunctions[] = {
      {"abs", &op_abs},
      {"add", &op_add},
      {"and_", &op_and_},
      {"call", &op_call},
      {"concat", &op_concat},
      {"contains", &op_contains},
      {"countOf", &op_countOf},
      {"delitem", &op_delitem},
      {"eq", &op_eq},
      {"floordiv", &op_floordiv},
      {"ge", &op_ge},
      {"getitem", &op_getitem},
      {"gt", &op_gt},
      {"iadd", &op_iadd},
      {"iand", &op_iand},
      {"iconcat", &op_iconcat},
      {"ifloordiv", &op_ifloordiv},
      {"ilshift", &op_ilshift},
      {"imatmul", &op_imatmul},
      {"imod", &op_imod},
      {"imul", &op_imul},
      {"index", &op_index},
      {"indexOf", &op_indexOf},
      {"inv", &op_inv},
      {"invert", &op_invert},
      {"ior", &op_ior},
      {"ipow", &op_ipow},
      {"irshift", &op_irshift},
      {"is_", &op_is_},
      {"is_not", &op_is_not},
      {"isub", &op_isub},
      {"itruediv", &op_itruediv},
      {"ixor", &op_ixor},
      {"le", &op_le},
      {"length_hint", &op_length_hint},
      {"lshift", &op_lshift},
      {"lt", &op_lt},
      {"matmul", &op_matmul},
      {"mod", &op_mod},
      {"mul", &op_mul},
      {"ne", &op_ne},
      {"neg", &op_neg},
      {"not_", &op_not_},
      {"or_", &op_or_},
      {"pos", &op_pos},
      {"pow", &op_pow},
      {"rshift", &op_rshift},
      {"setitem", &op_setitem},
      {"sub", &op_sub},
      {"truediv", &op_truediv},
      {"truth", &op_truth},
      {"xor", &op_xor},
  };
  for (const Entry& e : kFunctions) modules::def(m, e.name, e.fn);
  // The dunder aliases (operator.__add__ ...).
  for (const Entry& e : kFunctions) {
    std::string n = e.name;
    if (n == "countOf" || n == "indexOf" || n == "is_" || n == "is_not" || n == "length_hint" || n == "truth") continue;
    if (n.back() == '_') n.pop_back();
    modules::set_attr(m, fmt::format("__{}__", n).c_str(), make_builtin(fmt::format("__{}__", n), e.fn));
  }
}

}  // namespace pywalk
