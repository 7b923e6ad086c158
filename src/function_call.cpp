// Calling user functions: binding arguments to frame slots with CPython's
// error messages, the call frame, and assignment to targets.
#include <fmt/format.h>

#include "pywalk/errors.h"
#include "pywalk/interpreter.h"
#include "pywalk/objects/instance.h"
#include "pywalk/objects/dict.h"
#include "pywalk/objects/exception.h"
#include "pywalk/objects/function.h"
#include "pywalk/objects/generator.h"
#include "pywalk/objects/list.h"
#include "pywalk/objects/str.h"
#include "pywalk/ops.h"

namespace pywalk {

Value call_function(FunctionObject* f, CallArgs args) { return Interpreter::current_->call_function(f, args); }

void Interpreter::enter_call() {
  check_interrupt();
  if (depth_ >= kRecursionLimit) raise(exc::RecursionError, "maximum recursion depth exceeded");
  char probe;
  if (&probe < stack_limit_) raise(exc::RecursionError, "maximum recursion depth exceeded");
  ++depth_;
}

static std::string quoted_list(const std::vector<std::string>& names) {
  std::string out;
  for (size_t i = 0; i < names.size(); ++i) {
    if (i > 0) out += names.size() == 2 ? " and " : (i + 1 == names.size() ? ", and " : ", ");
    out += "'" + names[i] + "'";
  }
  return out;
}

[[noreturn]] static void too_many_positional(const FunctionObject* fn, size_t given, const Value* slots) {
  const Scope* sc = fn->scope;
  size_t defcount = fn->defaults.size();
  size_t argc = static_cast<size_t>(sc->argcount);
  size_t kwonly_given = 0;
  for (int32_t i = 0; i < sc->kwonlyargcount; ++i)
    if (!slots[argc + i].is_unbound()) ++kwonly_given;
  std::string sig;
  bool plural;
  if (defcount) {
    plural = true;
    sig = fmt::format("from {} to {}", argc - defcount, argc);
  } else {
    plural = argc != 1;
    sig = fmt::format("{}", argc);
  }
  std::string kwonly_sig;
  if (kwonly_given)
    kwonly_sig = fmt::format(" positional argument{} (and {} keyword-only argument{})", given != 1 ? "s" : "",
                             kwonly_given, kwonly_given != 1 ? "s" : "");
  raise_type_error(fmt::format("{}() takes {} positional argument{} but {}{} {} given", str(fn->qualname), sig,
                               plural ? "s" : "", given, kwonly_sig, given == 1 && !kwonly_given ? "was" : "were"));
}

// Binds a call's arguments into the new frame's slots (CPython's
// initialize_locals, same checks in the same order).
static void bind_arguments(FunctionObject* fn, CallArgs args, Value* slots) {
  const Scope* sc = fn->scope;
  const size_t argc = static_cast<size_t>(sc->argcount);
  const size_t kwonly = static_cast<size_t>(sc->kwonlyargcount);
  const size_t npos = args.positional.size();
  const size_t ncopy = npos < argc ? npos : argc;
  for (size_t i = 0; i < ncopy; ++i) slots[i] = args.positional[i];
  size_t next_slot = argc + kwonly;
  if (sc->has_varargs) {
    std::vector<Value> rest;
    if (npos > argc) rest.assign(args.positional.begin() + argc, args.positional.end());
    slots[next_slot++] = make_tuple(std::move(rest));
  }
  DictObject* kwdict = nullptr;
  if (sc->has_varkw) {
    slots[next_slot] = make_dict();
    kwdict = slots[next_slot].as<DictObject>();
  }
  std::vector<std::string> posonly_passed;
  for (size_t k = 0; k < args.kw_names.size(); ++k) {
    StrObject* name = args.kw_names[k];
    std::string_view n = name->view();
    size_t j = argc + kwonly;
    for (size_t p = 0; p < argc + kwonly; ++p) {
      if (sc->varnames[p] == n) {
        j = p;
        break;
      }
    }
    if (j < static_cast<size_t>(sc->posonlyargcount)) {
      if (kwdict) {
        kwdict->set_str(name, args.kw_values[k]);
        continue;
      }
      posonly_passed.emplace_back(n);
      continue;
    }
    if (j == argc + kwonly) {
      if (kwdict) {
        kwdict->set_str(name, args.kw_values[k]);
        continue;
      }
      raise_type_error(fmt::format("{}() got an unexpected keyword argument '{}'", str(fn->qualname), n));
    }
    if (!slots[j].is_unbound())
      raise_type_error(fmt::format("{}() got multiple values for argument '{}'", str(fn->qualname), n));
    slots[j] = args.kw_values[k];
  }
  if (!posonly_passed.empty()) {
    std::string joined;
    for (size_t i = 0; i < posonly_passed.size(); ++i) joined += (i ? ", " : "") + posonly_passed[i];
    raise_type_error(fmt::format("{}() got some positional-only arguments passed as keyword arguments: '{}'",
                                 str(fn->qualname), joined));
  }
  if (npos > argc && !sc->has_varargs) too_many_positional(fn, npos, slots);
  if (npos < argc) {
    const size_t ndef = fn->defaults.size();
    const size_t first_default = argc - ndef;
    std::vector<std::string> missing;
    for (size_t i = npos; i < argc; ++i) {
      if (!slots[i].is_unbound()) continue;
      if (i >= first_default) slots[i] = fn->defaults[i - first_default];
      else missing.push_back(sc->varnames[i]);
    }
    if (!missing.empty())
      raise_type_error(fmt::format("{}() missing {} required positional argument{}: {}", str(fn->qualname),
                                   missing.size(), missing.size() == 1 ? "" : "s", quoted_list(missing)));
  }
  if (kwonly) {
    std::vector<std::string> missing;
    for (size_t i = 0; i < kwonly; ++i) {
      Value& s = slots[argc + i];
      if (!s.is_unbound()) continue;
      if (i < fn->kwdefaults.size() && !fn->kwdefaults[i].is_unbound()) s = fn->kwdefaults[i];
      else missing.push_back(sc->varnames[argc + i]);
    }
    if (!missing.empty())
      raise_type_error(fmt::format("{}() missing {} required keyword-only argument{}: {}", str(fn->qualname),
                                   missing.size(), missing.size() == 1 ? "" : "s", quoted_list(missing)));
  }
}

Value Interpreter::call_function(FunctionObject* fn, CallArgs args) {
  const Scope* sc = fn->scope;
  const size_t n = static_cast<size_t>(sc->num_locals);
  Value* slots;
  std::unique_ptr<Value[]> heap_slots;
  if (stack_top_ + n <= stack_end_) {
    slots = stack_top_;
    stack_top_ += n;
  } else {
    heap_slots.reset(new Value[n]);
    slots = heap_slots.get();
  }
  SlotGuard guard{this, slots, n, !heap_slots};
  const bool fast = args.kw_values.empty() && args.positional.size() == static_cast<size_t>(sc->argcount) &&
                    !sc->has_varargs && !sc->has_varkw && sc->kwonlyargcount == 0;
  if (fast) {
    for (size_t i = 0; i < args.positional.size(); ++i) slots[i] = args.positional[i];
  } else {
    bind_arguments(fn, args, slots);
  }
  return run_frame(fn, slots);
}

Value Interpreter::call_simple(FunctionObject* fn, const ExprList& arg_exprs, Frame& caller) {
  const Scope* sc = fn->scope;
  const size_t n = static_cast<size_t>(sc->num_locals);
  Value* slots = stack_top_;
  stack_top_ += n;  // nested calls in the arguments use the stack above these slots
  SlotGuard guard{this, slots, n, true};
  for (size_t i = 0; i < arg_exprs.size(); ++i) slots[i] = operand(*arg_exprs[i], caller);
  return run_frame(fn, slots);
}

Value Interpreter::call_simple_self(FunctionObject* fn, const Value& self, const ExprList& arg_exprs, Frame& caller) {
  const Scope* sc = fn->scope;
  const size_t n = static_cast<size_t>(sc->num_locals);
  Value* slots = stack_top_;
  stack_top_ += n;
  SlotGuard guard{this, slots, n, true};
  slots[0] = self;
  for (size_t i = 0; i < arg_exprs.size(); ++i) slots[i + 1] = operand(*arg_exprs[i], caller);
  return run_frame(fn, slots);
}

bool Interpreter::simple_call_shape(const CallExpr& e, const FunctionObject* fn, size_t extra) const {
  const Scope* sc = fn->scope;
  if (!e.keywords.empty() || e.args.size() + extra != static_cast<size_t>(sc->argcount) || sc->kwonlyargcount != 0 ||
      sc->has_varargs || sc->has_varkw || stack_top_ + sc->num_locals > stack_end_)
    return false;
  for (const ExprPtr& a : e.args)
    if (a->kind == ExprKind::Starred) return false;
  return true;
}

Frame::Frame(const Scope* scope_, Value* slots_, Env* parent, DictObject* globals_, const Module* module_)
    : slots(slots_), env(parent), scope(scope_), globals(globals_), module(module_) {
  if (!scope->cellvars.empty()) {
    own_env = make<Env>(parent, scope->cellvars.size());
    env = own_env.get();
  }
}

Value Interpreter::run_frame(FunctionObject* fn, Value* slots) {
  const Scope* sc = fn->scope;
  if (sc->is_generator) [[unlikely]]
    return make<GeneratorObject>(fn, slots, fn->source ? fn->source : main_module_).value();
  CallDepth depth(this);
  Frame frame(sc, slots, fn->closure.get(), fn->globals.as<DictObject>(), fn->source ? fn->source : main_module_);
  FrameScope current(this, &frame);
  for (const auto& [local, cell] : sc->param_cells) frame.env->slots[cell] = slots[local];
  try {
    if (fn->lambda_node) return eval(*fn->lambda_node->body, frame);
    Completion c = exec_block(fn->def_node->body, frame);
    if (c == Completion::Return) return std::move(frame.return_value);
    return Value::none();
  } catch (PyException& e) {
    leave_frame(e, frame);
    throw;
  }
}

// ------------------------------------------------------------- assignment

void Interpreter::assign(const Expr& target, const Value& v, Frame& f) {
  switch (target.kind) {
    case ExprKind::Name: {
      const auto& n = as<NameExpr>(target);
      store_name(n, v, f);
      return;
    }
    case ExprKind::Attribute:
    case ExprKind::Subscript:
    case ExprKind::Tuple:
    case ExprKind::List:
      // A failing store is reported at its target, as CPython does.
      try {
        assign_compound(target, v, f);
      } catch (PyException& e) {
        stamp_position(e, target.span);
        throw;
      }
      return;
    case ExprKind::Starred:
      assign(*as<StarredExpr>(target).value, v, f);
      return;
    case ExprKind::Constant:
    case ExprKind::BinOp:
    case ExprKind::UnaryOp:
    case ExprKind::BoolOp:
    case ExprKind::Compare:
    case ExprKind::IfExp:
    case ExprKind::NamedExpr:
    case ExprKind::Call:
    case ExprKind::Slice:
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
      break;
  }
  raise(exc::SyntaxError, "cannot assign to expression");
}

// `a, b = x, y` (same length, no starred item): evaluates the right side
// into a few values and assigns them left to right, without the tuple that
// CPython's compiler also avoids. Returns false when the shapes don't fit.
bool Interpreter::assign_parallel(const Expr& target, const Expr& value, Frame& f) {
  if ((target.kind != ExprKind::Tuple && target.kind != ExprKind::List) || value.kind != ExprKind::Tuple) return false;
  const ExprList& targets = target.kind == ExprKind::Tuple ? as<TupleExpr>(target).elts : as<ListExpr>(target).elts;
  const ExprList& values = as<TupleExpr>(value).elts;
  constexpr size_t kMax = 4;
  if (targets.size() != values.size() || values.size() > kMax) return false;
  for (size_t i = 0; i < values.size(); ++i)
    if (targets[i]->kind == ExprKind::Starred || values[i]->kind == ExprKind::Starred) return false;
  Value v[kMax];
  for (size_t i = 0; i < values.size(); ++i) v[i] = operand(*values[i], f);
  for (size_t i = 0; i < targets.size(); ++i) assign(*targets[i], v[i], f);
  return true;
}

void Interpreter::assign_compound(const Expr& target, const Value& v, Frame& f) {
  if (target.kind == ExprKind::Attribute) {
    const auto& a = as<AttributeExpr>(target);
    Value obj = eval(*a.value, f);
    if (!a.interned) a.interned = intern(a.attr);
    auto* name = static_cast<StrObject*>(a.interned);
    if (obj.is_obj() && obj.obj()->type->heap && instance_setattr_fast(obj, name, v)) return;
    setattr(obj, name, v);
  } else if (target.kind == ExprKind::Subscript) {
    const auto& s = as<SubscriptExpr>(target);
    Value obj = eval(*s.value, f);
    Value key = eval_subscript_key(*s.slice, f);
    setitem(obj, key, v);
  } else {
    unpack(target.kind == ExprKind::Tuple ? as<TupleExpr>(target).elts : as<ListExpr>(target).elts, v, f);
  }
}

void Interpreter::unpack(const ExprList& targets, const Value& v, Frame& f) {
  std::vector<Value> items;
  if (is_exact_tuple(v)) items = v.as<TupleObject>()->items;
  else if (is_exact_list(v)) items = v.as<ListObject>()->items;
  else {
    Value it;
    try {
      it = iter(v);
    } catch (PyException&) {
      raise_type_error(fmt::format("cannot unpack non-iterable {} object", type_name(v)));
    }
    size_t star_count = 0;
    for (const ExprPtr& t : targets) star_count += t->kind == ExprKind::Starred;
    if (star_count == 0) {
      // Stop after one more than needed, as CPython does (infinite iterators).
      for (;;) {
        Value x = next(it);
        if (x.is_unbound()) break;
        items.push_back(std::move(x));
        if (items.size() > targets.size()) break;
      }
    } else {
      for_each(it, [&](const Value& x) { items.push_back(x); });
    }
  }
  size_t star = targets.size();
  for (size_t i = 0; i < targets.size(); ++i)
    if (targets[i]->kind == ExprKind::Starred) star = i;
  if (star == targets.size()) {
    if (items.size() > targets.size())
      raise_value_error(fmt::format("too many values to unpack (expected {})", targets.size()));
    if (items.size() < targets.size())
      raise_value_error(fmt::format("not enough values to unpack (expected {}, got {})", targets.size(), items.size()));
    for (size_t i = 0; i < targets.size(); ++i) assign(*targets[i], items[i], f);
    return;
  }
  size_t after = targets.size() - star - 1;
  if (items.size() < star + after)
    raise_value_error(
        fmt::format("not enough values to unpack (expected at least {}, got {})", star + after, items.size()));
  for (size_t i = 0; i < star; ++i) assign(*targets[i], items[i], f);
  std::vector<Value> middle(items.begin() + star, items.end() - after);
  assign(*targets[star], make_list(std::move(middle)), f);
  for (size_t i = 0; i < after; ++i) assign(*targets[star + 1 + i], items[items.size() - after + i], f);
}

}  // namespace pywalk
