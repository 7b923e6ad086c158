// Statement execution, module start-up and the Interpreter's lifetime.
#include "pywalk/interpreter.h"

#include <fmt/format.h>

#include "pywalk/builtins.h"
#include "pywalk/errors.h"
#include "pywalk/gc.h"
#include "pywalk/objects/generator.h"
#include "pywalk/objects/class.h"
#include "pywalk/objects/dict.h"
#include "pywalk/objects/exception.h"
#include "pywalk/objects/function.h"
#include "pywalk/objects/instance.h"
#include "pywalk/objects/iter.h"
#include "pywalk/objects/list.h"
#include "pywalk/objects/module.h"
#include "pywalk/objects/range.h"
#include "pywalk/objects/str.h"
#include "pywalk/ops.h"
#include "pywalk/pywalk.h"

namespace pywalk {

void stamp_position(PyException& e, const Span& span) noexcept {
  auto* ex = e.exc.as<ExceptionObject>();
  if (ex->position_pending) {
    ex->pending_span = span;
    ex->position_pending = false;
  }
}

static void stamp(PyException& e, const Span& span) { stamp_position(e, span); }

void Interpreter::add_traceback_entry(PyException& e, const Frame& f) {
  auto* ex = e.exc.as<ExceptionObject>();
  if (ex->entry_frame != &f) {
    ex->traceback.push_back({&f.module->filename, f.module, f.scope->name, ex->pending_span});
    ex->entry_frame = &f;
  }
  ex->position_pending = true;
}

void Interpreter::leave_frame(PyException& e, const Frame& f) {
  add_traceback_entry(e, f);
  e.exc.as<ExceptionObject>()->entry_frame = nullptr;
}

Interpreter* Interpreter::current_ = nullptr;
volatile int Interpreter::interrupt_requested_ = 0;
constexpr size_t kValueStackSize = 1 << 18;

Interpreter::Interpreter() {
  current_ = this;
  builtins_ = make_dict();
  register_builtins(builtins());
  globals_ = make_dict();
  DictObject* g = main_globals();
  g->set_str(intern("__name__"), make_str("__main__"));
  g->set_str(intern("__doc__"), Value::none());
  g->set_str(intern("__package__"), Value::none());
  g->set_str(intern("__spec__"), Value::none());
  g->set_str(intern("__annotations__"), make_dict());
  stack_.reset(new Value[kValueStackSize]);
  stack_top_ = stack_.get();
  stack_end_ = stack_top_ + kValueStackSize;
  char here;
  // The evaluator runs on a thread with a large stack (main.cpp); keep a
  // wide margin below the point where we started.
  stack_limit_ = &here - kCppStackBudget;
}

Interpreter::~Interpreter() {
  main_globals()->clear();
  gc_collect();
  if (current_ == this) current_ = nullptr;
}

Value Interpreter::current_globals() const { return globals_; }

void Interpreter::run_module(const Module& module) { run_body(module, false); }

void Interpreter::run_interactive(const Module& module) { run_body(module, true); }

void Interpreter::raise_keyboard_interrupt() {
  interrupt_requested_ = 0;
  throw_keyboard_interrupt();
}

void Interpreter::throw_keyboard_interrupt() {
  throw PyException{make_exception_args(exc::KeyboardInterrupt, empty_tuple())};
}

void Interpreter::run_body(const Module& module, bool interactive) {
  main_module_ = &module;
  Frame frame;
  frame.scope = module.scope.get();
  frame.globals = main_globals();
  frame.module = &module;
  FrameScope current(this, &frame);
  if (!interactive && !module.body.empty() && module.body[0]->kind == StmtKind::ExprStmt) {
    const Expr& first = *as<ExprStmt>(*module.body[0]).value;  // the module docstring
    if (first.kind == ExprKind::Constant && as<ConstantExpr>(first).const_kind == ConstKind::Str)
      main_globals()->set_str(names::doc, eval_constant(as<ConstantExpr>(first)));
  }
  ++depth_;
  try {
    for (const StmtPtr& s : module.body) {
      if (interactive && s->kind == StmtKind::ExprStmt) {
        Value v;
        try {
          v = eval(*as<ExprStmt>(*s).value, frame);
        } catch (PyException& e) {
          stamp(e, s->span);
          throw;
        }
        if (!v.is_none()) {
          builtins()->set_str(intern("_"), v);
          write_stdout(repr(v) + "\n");
        }
        continue;
      }
      Completion c = exec(*s, frame);
      (void)c;  // the resolver rejects return/break/continue at module level
      gc_maybe_collect();
    }
  } catch (PyException& e) {
    --depth_;
    leave_frame(e, frame);
    throw;
  }
  --depth_;
}

Completion Interpreter::exec_block(const StmtList& body, Frame& f) {
  for (const StmtPtr& s : body) {
    Completion c = exec(*s, f);
    if (c != Completion::Normal) return c;
  }
  return Completion::Normal;
}

Completion Interpreter::exec(const Stmt& s, Frame& f) {
  // An expression statement's errors are stamped by eval() already: no
  // handler here, one C++ rethrow less per exception.
  if (s.kind == StmtKind::ExprStmt) {
    (void)eval(*as<ExprStmt>(s).value, f);
    return Completion::Normal;
  }
  if (s.kind == StmtKind::Return) {
    const auto& r = as<ReturnStmt>(s);
    f.return_value = r.value ? operand(*r.value, f) : Value::none();
    return Completion::Return;
  }
  try {
    switch (s.kind) {
      case StmtKind::Assign: {
        const auto& a = as<AssignStmt>(s);
        if (a.targets.size() == 1 && assign_parallel(*a.targets[0], *a.value, f)) return Completion::Normal;
        Value v = operand(*a.value, f);
        for (const ExprPtr& t : a.targets) assign(*t, v, f);
        return Completion::Normal;
      }
      case StmtKind::AugAssign: {
        const auto& a = as<AugAssignStmt>(s);
        const Expr& t = *a.target;
        // The parser only accepts a name, an attribute or a subscript here.
        if (t.kind == ExprKind::Name) {
          const auto& n = as<NameExpr>(t);
          Value cur = operand(n, f);  // an unbound name goes through eval(), which marks the target
          Value rhs = eval(*a.value, f);
          if (a.op == BinOpKind::Add && is_str(cur) && is_str(rhs) && !cur.obj()->type->heap &&
              !rhs.obj()->type->heap) {  // exact str: a subclass may define __add__/__radd__
            // `s += t` in a loop must not copy s each time: drop the
            // variable's own reference so the string can grow in place.
            store_name(n, Value::none(), f);
            if (!str_append_in_place(as_str(cur), as_str(rhs))) {
              try {
                cur = str_concat(as_str(cur), as_str(rhs));
              } catch (PyException&) {
                store_name(n, cur, f);
                throw;
              }
            }
            store_name(n, cur, f);
          } else {
            store_name(n, inplace_op(a.op, cur, rhs), f);
          }
        } else if (t.kind == ExprKind::Attribute) {
          const auto& at = as<AttributeExpr>(t);
          Value obj = eval(*at.value, f);
          if (!at.interned) at.interned = intern(at.attr);
          auto* name = static_cast<StrObject*>(at.interned);
          bool plain = obj.is_obj() && obj.obj()->type->heap;
          Value cur = plain ? instance_getattr_fast(obj, name) : Value();
          if (cur.is_unbound()) cur = getattr(obj, name);
          Value rhs = eval(*a.value, f);
          Value result = inplace_op(a.op, cur, rhs);
          if (!(plain && instance_setattr_fast(obj, name, result))) setattr(obj, name, result);
        } else {
          const auto& sub = as<SubscriptExpr>(t);
          Value obj = eval(*sub.value, f);
          Value key = eval_subscript_key(*sub.slice, f);
          Value cur = getitem(obj, key);
          Value rhs = eval(*a.value, f);
          setitem(obj, key, inplace_op(a.op, cur, rhs));
        }
        return Completion::Normal;
      }
      case StmtKind::AnnAssign: {
        const auto& a = as<AnnAssignStmt>(s);
        if (a.value) assign(*a.target, eval(*a.value, f), f);
        if (!f.slots) {
          // Module level and class bodies: the annotation is evaluated, and
          // recorded in __annotations__ for a plain name (function bodies do neither).
          Value ann = eval(*a.annotation, f);
          if (a.simple && a.target->kind == ExprKind::Name) {
            Value d = (f.locals ? f.locals : f.globals)->get_str(intern("__annotations__"));
            if (d.is_unbound()) raise(exc::NameError, "__annotations__ not found");
            setitem(d, Value(intern(as<NameExpr>(*a.target).id)), ann);
          }
        }
        return Completion::Normal;
      }
      case StmtKind::FunctionDef:
        exec_function_def(as<FunctionDefStmt>(s), f);
        return Completion::Normal;
      case StmtKind::ClassDef:
        exec_class_def(as<ClassDefStmt>(s), f);
        return Completion::Normal;
      case StmtKind::ExprStmt:
      case StmtKind::Return:
        break;  // handled above
      case StmtKind::If: {
        const auto& i = as<IfStmt>(s);
        if (truthy(operand(*i.test, f))) return exec_block(i.body, f);
        return exec_block(i.orelse, f);
      }
      case StmtKind::While: {
        const auto& w = as<WhileStmt>(s);
        while (truthy(operand(*w.test, f))) {
          check_interrupt();
          Completion c = exec_block(w.body, f);
          if (c == Completion::Break) return Completion::Normal;
          if (c == Completion::Return) return c;
          gc_maybe_collect();
        }
        return exec_block(w.orelse, f);
      }
      case StmtKind::For:
        return exec_for(as<ForStmt>(s), f);
      case StmtKind::Break:
        return Completion::Break;
      case StmtKind::Continue:
        return Completion::Continue;
      case StmtKind::Pass:
      case StmtKind::Global:
      case StmtKind::Nonlocal:
        return Completion::Normal;
      case StmtKind::Delete:
        for (const ExprPtr& t : as<DeleteStmt>(s).targets) exec_delete(*t, f);
        return Completion::Normal;
      case StmtKind::Assert: {
        const auto& a = as<AssertStmt>(s);
        if (!truthy(eval(*a.test, f))) {
          Value args = a.msg ? make_tuple({eval(*a.msg, f)}) : empty_tuple();
          PyException e{make_exception_args(exc::AssertionError, std::move(args))};
          stamp(e, a.test->span);  // CPython marks the failed condition
          throw e;
        }
        return Completion::Normal;
      }
      case StmtKind::Raise:
        exec_raise(as<RaiseStmt>(s), f);
        return Completion::Normal;
      case StmtKind::Try:
        return exec_try(as<TryStmt>(s), f);
      case StmtKind::With:
        return exec_with(as<WithStmt>(s), 0, f);
      case StmtKind::Import:
        exec_import(as<ImportStmt>(s), f);
        return Completion::Normal;
      case StmtKind::ImportFrom:
        exec_import_from(as<ImportFromStmt>(s), f);
        return Completion::Normal;
    }
  } catch (PyException& e) {
    stamp(e, s.span);
    throw;
  }
  return Completion::Normal;
}

Completion Interpreter::exec_for(const ForStmt& s, Frame& f) {
  Value iterable = eval(*s.iter, f);
  Value it;
  try {
    it = iter(iterable);
  } catch (PyException& e) {
    stamp(e, s.span);  // CPython reports GET_ITER at the whole `for` statement
    throw;
  }
  // Fast path: a range iterator counts without allocating.
  if (it.as<Object>()->type == types::range_iterator && s.target->kind == ExprKind::Name) {
    auto* ri = it.as<IteratorObject>();
    auto* r = ri->source.as<RangeObject>();
    const auto& name = as<NameExpr>(*s.target);
    for (int64_t i = 0; i < r->length; ++i) {
      check_interrupt();
      store_name(name, Value::integer(r->at(i)), f);
      Completion c = exec_block(s.body, f);
      if (c == Completion::Break) return Completion::Normal;
      if (c == Completion::Return) return c;
      gc_maybe_collect();
    }
    return exec_block(s.orelse, f);
  }
  // A generator is resumed directly (no next() dispatch).
  GeneratorObject* gen = is_generator(it) ? it.as<GeneratorObject>() : nullptr;
  const Value none = Value::none(), unbound;
  for (;;) {
    Value item = gen ? resume_generator(gen, none, unbound) : next(it);
    if (item.is_unbound()) break;
    assign(*s.target, item, f);
    check_interrupt();
    Completion c = exec_block(s.body, f);
    if (c == Completion::Break) return Completion::Normal;
    if (c == Completion::Return) return c;
    gc_maybe_collect();
  }
  return exec_block(s.orelse, f);
}

static bool exception_matches(const Value& exc_value, const Value& spec) {
  TypeObject* t = exc_value.obj()->type;
  if (is_tuple(spec)) {
    for (const Value& v : spec.as<TupleObject>()->items)
      if (exception_matches(exc_value, v)) return true;
    return false;
  }
  if (spec.is_obj() && spec.obj()->type == types::type &&
      spec.as<TypeObject>()->id == TypeId::BaseException)
    return t->is_subtype_of(spec.as<TypeObject>());
  raise_type_error("catching classes that do not inherit from BaseException is not allowed");
}

// An exception that started while handled_.back() was being handled (caught
// here, or leaving a handler, a finally or an __exit__) gets it as __context__,
// unless it already has one.
void Interpreter::chain_to_handled(PyException& e) {
  if (handled_.empty()) return;
  auto* ex = e.exc.as<ExceptionObject>();
  if (ex->context.is_none() && !e.exc.is(handled_.back())) set_context(ex, handled_.back());
}

// Runs `body` with `caught` as the exception being handled (for a bare raise
// and the __context__ of exceptions raised meanwhile).
template <typename Body>
auto Interpreter::while_handling(const Value& caught, Body&& body) {
  handled_.push_back(caught);
  try {
    auto r = body();
    handled_.pop_back();
    return r;
  } catch (PyException& inner) {
    chain_to_handled(inner);
    handled_.pop_back();
    throw;
  }
}

Completion Interpreter::exec_try(const TryStmt& s, Frame& f) {
  Completion c = Completion::Normal;
  try {
    try {
      c = exec_block(s.body, f);
    } catch (PyException& e) {
      chain_to_handled(e);
      Value caught = e.exc;
      add_traceback_entry(e, f);  // __traceback__ includes the frame that caught it
      // The except clauses' types are evaluated and matched while `caught` is
      // being handled: an error there chains to it.
      const ExceptHandler* match = while_handling(caught, [&]() -> const ExceptHandler* {
        for (const ExceptHandler& h : s.handlers) {
          if (!h.type) return &h;
          Value spec = eval(*h.type, f);
          try {
            if (exception_matches(caught, spec)) return &h;
          } catch (PyException& te) {
            stamp(te, h.span);
            throw;
          }
        }
        return nullptr;
      });
      if (match) {
        const ExceptHandler& h = *match;
        if (h.name.empty()) {
          c = while_handling(caught, [&] { return exec_block(h.body, f); });
        } else {
          // `except E as name:` unbinds name however the handler ends.
          store_name(h.name, h.name_scope, h.name_slot, h.name_hops, caught, f);
          try {
            c = while_handling(caught, [&] { return exec_block(h.body, f); });
          } catch (PyException&) {
            store_name(h.name, h.name_scope, h.name_slot, h.name_hops, Value(), f);
            throw;
          }
          store_name(h.name, h.name_scope, h.name_slot, h.name_hops, Value(), f);
        }
        goto handled;
      }
      throw;
    }
    if (c == Completion::Normal) c = exec_block(s.orelse, f);
  } catch (PyException& e) {
    if (!s.finalbody.empty()) {
      // The finally block runs while the exception is being handled: one
      // raised in it gets it as __context__, a bare `raise` re-raises it.
      add_traceback_entry(e, f);
      Value pending = e.exc;
      Completion fc = while_handling(pending, [&] { return exec_block(s.finalbody, f); });
      if (fc != Completion::Normal) return fc;  // return/break in finally swallows the exception
    }
    throw;
  }
handled:
  if (s.finalbody.empty()) return c;
  Completion fc = exec_block(s.finalbody, f);
  return fc != Completion::Normal ? fc : c;
}

void Interpreter::exec_raise(const RaiseStmt& s, Frame& f) {
  if (!s.exc) {
    if (handled_.empty()) raise(exc::RuntimeError, "No active exception to reraise");
    // A re-raise adds no traceback entry for this frame (CPython's RERAISE).
    handled_.back().as<ExceptionObject>()->entry_frame = &f;
    throw PyException{handled_.back()};
  }
  Value v = eval(*s.exc, f);
  if (v.is_obj() && v.obj()->type == types::type && v.as<TypeObject>()->id == TypeId::BaseException)
    v = call0(v);
  if (!is_exception(v)) raise_type_error("exceptions must derive from BaseException");
  auto* ex = v.as<ExceptionObject>();
  if (s.cause) {
    Value cause = eval(*s.cause, f);
    if (cause.is_obj() && cause.obj()->type == types::type && cause.as<TypeObject>()->id == TypeId::BaseException)
      cause = call0(cause);
    if (!cause.is_none() && !is_exception(cause)) raise_type_error("exception causes must derive from BaseException");
    ex->cause = cause;
    ex->suppress_context = true;
  }
  // Raised while another is handled: that one becomes its context (CPython
  // replaces an older context here).
  if (!handled_.empty() && !handled_.back().is(v)) set_context(ex, handled_.back());
  raise_exception_object(v);
}

// `import a` binds the module; `import a.b` imports a.b and binds `a`
// (pywalk's built-in modules have no submodules yet, so that fails with
// CPython's ModuleNotFoundError); `import a as b` binds the module to b.
void Interpreter::exec_import(const ImportStmt& s, Frame& f) {
  for (const Alias& a : s.names) {
    std::string_view top = std::string_view(a.name).substr(0, a.name.find('.'));
    Value m = import_module(top);
    if (top.size() != a.name.size()) {
      Value sub = import_module(a.name);
      if (!a.asname.empty()) m = sub;
    }
    store_name(a.asname.empty() ? std::string(top) : a.asname, a.name_scope, a.name_slot, a.name_hops, m, f);
  }
}

// `from m import x as y, *`.
void Interpreter::exec_import_from(const ImportFromStmt& s, Frame& f) {
  if (s.level > 0) raise(exc::ImportError, "attempted relative import with no known parent package");
  Value m = import_module(s.module);
  auto* mod = m.as<ModuleObject>();
  for (const Alias& a : s.names) {
    if (a.name == "*") {
      // Every public name (a module's __all__ is not supported yet).
      for (const DictEntry& e : mod->ns()->entries) {
        if (e.key.is_unbound() || as_str(e.key)->view().starts_with("_")) continue;
        f.globals->set(e.key, e.value);
      }
      continue;
    }
    Value v = mod->ns()->get_str(intern(a.name));
    if (v.is_unbound())
      raise(exc::ImportError,
            fmt::format("cannot import name '{}' from '{}' (unknown location)", a.name, s.module));
    store_name(a.asname.empty() ? a.name : a.asname, a.name_scope, a.name_slot, a.name_hops, v, f);
  }
}

void Interpreter::exec_function_def(const FunctionDefStmt& s, Frame& f) {
  // Decorators are evaluated before the function is made, applied bottom-up.
  std::vector<Value> decorators;
  for (const ExprPtr& d : s.decorator_list) decorators.push_back(eval(*d, f));
  Value fn = make_function(s.scope.get(), s.args, &s, nullptr, f);
  for (size_t i = decorators.size(); i-- > 0;) {
    try {
      fn = call1(decorators[i], fn);
    } catch (PyException& e) {
      stamp(e, s.decorator_list[i]->span);  // CPython points at the decorator line
      throw;
    }
  }
  store_name(s.name, s.name_scope, s.name_slot, s.name_hops, fn, f);
}

// Whether a class body has annotations of its own (CPython's find_ann:
// nested blocks count, nested functions and classes do not).
static bool has_annotations(const StmtList& body) {
  for (const StmtPtr& s : body) {
    switch (s->kind) {
      case StmtKind::AnnAssign: return true;
      case StmtKind::If: {
        const auto& i = as<IfStmt>(*s);
        if (has_annotations(i.body) || has_annotations(i.orelse)) return true;
        break;
      }
      case StmtKind::While: {
        const auto& w = as<WhileStmt>(*s);
        if (has_annotations(w.body) || has_annotations(w.orelse)) return true;
        break;
      }
      case StmtKind::For: {
        const auto& w = as<ForStmt>(*s);
        if (has_annotations(w.body) || has_annotations(w.orelse)) return true;
        break;
      }
      case StmtKind::With:
        if (has_annotations(as<WithStmt>(*s).body)) return true;
        break;
      case StmtKind::Try: {
        const auto& t = as<TryStmt>(*s);
        if (has_annotations(t.body) || has_annotations(t.orelse) || has_annotations(t.finalbody)) return true;
        for (const ExceptHandler& h : t.handlers)
          if (has_annotations(h.body)) return true;
        break;
      }
      default:
        break;
    }
  }
  return false;
}

void Interpreter::exec_class_def(const ClassDefStmt& s, Frame& f) {
  // Decorators, then bases and keywords, then the body (CPython's order).
  std::vector<Value> decorators;
  for (const ExprPtr& d : s.decorator_list) decorators.push_back(eval(*d, f));
  std::vector<Value> bases = eval_sequence_items(s.bases, f);
  std::vector<Value> kw_values;
  std::vector<StrObject*> kw_names;
  Value metaclass;
  for (const Keyword& k : s.keywords) {
    if (k.arg.empty()) {
      Value m = eval(*k.value, f);
      if (!is_dict(m)) raise_type_error(fmt::format("argument after ** must be a mapping, not {}", type_name(m)));
      for (const DictEntry& entry : m.as<DictObject>()->entries) {
        if (entry.key.is_unbound()) continue;
        if (!is_str(entry.key)) raise_type_error("keywords must be strings");
        StrObject* name = intern(as_str(entry.key)->view());
        if (name->view() == "metaclass") metaclass = entry.value;
        else {
          kw_names.push_back(name);
          kw_values.push_back(entry.value);
        }
      }
      continue;
    }
    Value v = eval(*k.value, f);
    if (k.arg == "metaclass") {
      metaclass = v;
      continue;
    }
    kw_names.push_back(intern(k.arg));
    kw_values.push_back(v);
  }
  // The metaclass: `type`, unless a base is not a class (then, as CPython,
  // the base's type is called and fails with its own message).
  Value meta(static_cast<Object*>(types::type));
  if (!metaclass.is_unbound()) {
    // A metaclass that is not a class (a function) is called as CPython does:
    // metaclass(name, bases, namespace, **kw). Classes other than type are not supported.
    if (!is_type(metaclass)) meta = metaclass;
    else if (!metaclass.is(meta))
      raise_type_error(fmt::format("pywalk does not support metaclasses (metaclass={})", repr(metaclass)));
  } else if (!bases.empty()) {
    TypeObject* winner = type_of(bases[0]);
    for (const Value& b : bases) {
      TypeObject* t = type_of(b);
      if (winner->is_subtype_of(t)) continue;
      if (t->is_subtype_of(winner)) {
        winner = t;
        continue;
      }
      raise_type_error(
          "metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses "
          "of all its bases");
    }
    meta = Value(static_cast<Object*>(winner));
  }

  const Scope* sc = s.scope.get();
  Value ns_value = make_dict();
  DictObject* ns = as_dict(ns_value);
  Value module_name = f.globals->get_str(names::name);
  if (!module_name.is_unbound()) ns->set_str(names::module, module_name);
  ns->set_str(names::qualname, make_str(sc->qualname));
  if (has_annotations(s.body)) ns->set_str(names::annotations, make_dict());
  if (!s.body.empty() && s.body[0]->kind == StmtKind::ExprStmt) {
    const Expr& first = *as<ExprStmt>(*s.body[0]).value;
    if (first.kind == ExprKind::Constant && as<ConstantExpr>(first).const_kind == ConstKind::Str)
      ns->set_str(names::doc, eval_constant(as<ConstantExpr>(first)));
  }
  Frame body(sc, nullptr, f.env, f.globals, f.module);
  body.locals = ns;
  {
    CallDepth depth(this);
    FrameScope current(this, &body);
    try {
      Completion c = exec_block(s.body, body);
      (void)c;  // the resolver rejects return/break/continue in a class body
    } catch (PyException& e) {
      leave_frame(e, body);
      throw;
    }
  }
  Value cls;
  if (meta.is(Value(static_cast<Object*>(types::type)))) {
    cls = build_class(intern(s.name), std::move(bases), ns,
                      CallArgs{{}, std::span<const Value>(kw_values), std::span<StrObject* const>(kw_names)});
  } else {
    Value argv[3] = {make_str(s.name), make_tuple(std::move(bases)), ns_value};
    cls = call(meta, CallArgs{std::span<const Value>(argv, 3), std::span<const Value>(kw_values),
                              std::span<StrObject* const>(kw_names)});
  }
  // The implicit __class__ cell of the methods (zero-argument super()).
  for (size_t i = 0; i < sc->cellvars.size(); ++i)
    if (sc->cellvars[i] == "__class__") body.env->slots[i] = cls;
  for (size_t i = decorators.size(); i-- > 0;) {
    try {
      cls = call1(decorators[i], cls);
    } catch (PyException& e) {
      stamp(e, s.decorator_list[i]->span);
      throw;
    }
  }
  store_name(s.name, s.name_scope, s.name_slot, s.name_hops, cls, f);
}

// `with A() as a, B() as b:` is `with A() as a:` around `with B() as b:`.
Completion Interpreter::exec_with(const WithStmt& s, size_t index, Frame& f) {
  if (index == s.items.size()) return exec_block(s.body, f);
  const WithItem& item = s.items[index];
  Value mgr = eval(*item.context_expr, f);
  TypeObject* t = type_of(mgr);
  Value enter = type_lookup(t, names::enter);
  if (enter.is_unbound())
    raise_type_error(fmt::format("'{}' object does not support the context manager protocol", t->name));
  Value exit = type_lookup(t, names::exit);
  if (exit.is_unbound())
    raise_type_error(
        fmt::format("'{}' object does not support the context manager protocol (missed __exit__ method)", t->name));
  Value exit_bound = descr_get(exit, mgr, t);
  Value v = call0(descr_get(enter, mgr, t));
  Completion c;
  try {
    if (item.optional_vars) assign(*item.optional_vars, v, f);
    c = exec_with(s, index + 1, f);
  } catch (PyException& e) {
    chain_to_handled(e);
    add_traceback_entry(e, f);
    Value caught = e.exc;
    Value suppress = while_handling(caught, [&] {
      Value argv[3] = {Value(static_cast<Object*>(caught.obj()->type)), caught, traceback_of(caught)};
      return call(exit_bound, CallArgs{std::span<const Value>(argv, 3), {}, {}});
    });
    if (truthy(suppress)) return Completion::Normal;
    throw;
  }
  Value argv[3] = {Value::none(), Value::none(), Value::none()};
  (void)call(exit_bound, CallArgs{std::span<const Value>(argv, 3), {}, {}});
  return c;
}

void Interpreter::exec_delete(const Expr& t, Frame& f) {
  // The parser only accepts names, attributes, subscripts and tuples/lists of them.
  if (t.kind == ExprKind::Name) {
    const auto& n = as<NameExpr>(t);
    switch (n.scope) {
      case NameScope::Local:
        if (f.slots) {
          if (f.slots[n.slot].is_unbound()) raise_unbound(n, f);
          f.slots[n.slot] = Value();
          return;
        }
        break;
      case NameScope::Cell:
      case NameScope::Free: {
        Env* e = f.env;
        for (int32_t i = 0; i < n.hops; ++i) e = e->parent.get();
        if (e->slots[n.slot].is_unbound()) raise_unbound(n, f);
        e->slots[n.slot] = Value();
        return;
      }
      case NameScope::GlobalExplicit:
      case NameScope::GlobalImplicit:
      case NameScope::Unresolved:
        break;
    }
    if (f.locals && n.scope == NameScope::Local) {
      if (!f.locals->remove(Value(intern(n.id)))) raise_name_error(n.id, f);
      return;
    }
    if (!f.globals->remove(Value(intern(n.id)))) raise_name_error(n.id, f);
  } else if (t.kind == ExprKind::Attribute) {
    const auto& a = as<AttributeExpr>(t);
    delattr(eval(*a.value, f), intern(a.attr));
  } else if (t.kind == ExprKind::Subscript) {
    const auto& sub = as<SubscriptExpr>(t);
    Value obj = eval(*sub.value, f);
    delitem(obj, eval_subscript_key(*sub.slice, f));
  } else {
    const ExprList& elts = t.kind == ExprKind::Tuple ? as<TupleExpr>(t).elts : as<ListExpr>(t).elts;
    for (const ExprPtr& e : elts) exec_delete(*e, f);
  }
}

}  // namespace pywalk
