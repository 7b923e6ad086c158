// Comprehensions: list/set/dict comprehensions run to completion in a frame
// of their own; generator expressions suspend theirs (objects/genexpr.h).
#include "pywalk/errors.h"
#include "pywalk/interpreter.h"
#include "pywalk/objects/dict.h"
#include "pywalk/objects/exception.h"
#include "pywalk/objects/function.h"
#include "pywalk/objects/genexpr.h"
#include "pywalk/objects/iter.h"
#include "pywalk/objects/list.h"
#include "pywalk/objects/set.h"
#include "pywalk/ops.h"

namespace pywalk {

Value Interpreter::eval_comprehension(const ComprehensionBase& e, Frame& f) {
  // The first iterable is evaluated (and iter() taken) in the enclosing
  // scope; the rest runs in the comprehension's own frame, like a call.
  Value first = iter(eval(*e.generators[0].iter, f));
  const Scope* sc = e.scope.get();
  const size_t n = static_cast<size_t>(sc->num_locals);
  if (e.kind == ExprKind::GeneratorExp) {
    auto g = make<GenExprFrame>(&static_cast<const GeneratorExpExpr&>(e), f.module, n > 0 ? n : 1);
    g->slots[0] = first;
    g->iters[0] = first;
    g->globals = Value(static_cast<Object*>(f.globals));
    g->env = sc->cellvars.empty() ? Ref<Env>(f.env) : make<Env>(f.env, sc->cellvars.size());
    return make_iterator(types::generator, g.value());
  }
  if (stack_top_ + n > stack_end_) raise(exc::RecursionError, "maximum recursion depth exceeded");
  Value* slots = stack_top_;
  stack_top_ += n;
  SlotGuard guard{this, slots, n, true};
  CallDepth depth(this);
  Frame frame(sc, slots, f.env, f.globals, f.module);
  FrameScope current(this, &frame);
  if (n > 0) frame.slots[0] = first;
  Value result = e.kind == ExprKind::SetComp    ? make_set()
                 : e.kind == ExprKind::DictComp ? make_dict()
                                                : make_list();
  try {
    comprehension_loop(e, 0, frame, result);
  } catch (PyException& ex) {
    // Errors of the loop itself (iter() of an inner clause's iterable, an
    // unhashable key) point at the whole comprehension, as CPython's.
    stamp_position(ex, e.span);
    leave_frame(ex, frame);  // a comprehension is a frame of its own: <listcomp>
    throw;
  }
  return result;
}

// Binds the item to clause `level`'s target; true when its `if`s all hold.
bool Interpreter::comprehension_accepts(const Comprehension& g, const Value& item, Frame& f) {
  assign(*g.target, item, f);
  for (const ExprPtr& cond : g.ifs)
    if (!truthy(operand(*cond, f))) return false;
  return true;
}

void Interpreter::comprehension_loop(const ComprehensionBase& e, size_t level, Frame& f, const Value& result) {
  const Comprehension& g = e.generators[level];
  Value it = level == 0 ? f.slots[0] : iter(eval(*g.iter, f));
  for (;;) {
    Value item = next(it);
    if (item.is_unbound()) return;
    if (!comprehension_accepts(g, item, f)) continue;
    if (level + 1 < e.generators.size()) {
      comprehension_loop(e, level + 1, f, result);
      continue;
    }
    if (e.kind == ExprKind::ListComp) {
      result.as<ListObject>()->items.push_back(operand(*static_cast<const ListCompExpr&>(e).elt, f));
    } else if (e.kind == ExprKind::SetComp) {
      result.as<SetObject>()->add(operand(*static_cast<const SetCompExpr&>(e).elt, f));
    } else {
      const auto& d = static_cast<const DictCompExpr&>(e);
      Value k = operand(*d.key, f);
      Value v = operand(*d.value, f);
      result.as<DictObject>()->set(k, v);
    }
  }
}

// One step of a generator expression: resumes its nested loops at the
// innermost running clause and returns the next value, or Unbound at the
// end. An exception ends the generator, as in CPython.
Value Interpreter::generator_next(GenExprFrame* g) {
  if (g->done) return Value();
  if (g->running) raise_value_error("generator already executing");
  const GeneratorExpExpr& e = *g->node;
  const Scope* sc = e.scope.get();
  Ref<GenExprFrame> keep(g);  // the frame must outlive this step even if its iterator is dropped
  g->running = true;
  struct Running {
    GenExprFrame* g;
    ~Running() { g->running = false; }
  } running{g};
  CallDepth depth(this);
  Frame frame;  // the generator's own slots and Env, made when it was created
  frame.slots = g->slots.data();
  frame.scope = sc;
  frame.env = g->env.get();
  frame.globals = g->globals.as<DictObject>();
  frame.module = g->module;
  FrameScope current(this, &frame);
  try {
    for (;;) {
      const Comprehension& clause = e.generators[g->level];
      Value it = g->iters[g->level];
      Value item = next(it);
      if (item.is_unbound()) {
        if (g->level == 0) {
          g->finish();
          return Value();
        }
        g->iters[g->level] = Value();
        --g->level;
        continue;
      }
      if (!comprehension_accepts(clause, item, frame)) continue;
      if (g->level + 1 < e.generators.size()) {
        ++g->level;
        g->iters[g->level] = iter(eval(*e.generators[g->level].iter, frame));
        continue;
      }
      return operand(*e.elt, frame);
    }
  } catch (PyException& ex) {
    g->finish();
    stamp_position(ex, e.span);
    leave_frame(ex, frame);  // the <genexpr> frame
    throw;
  }
}

Value generator_next(GenExprFrame* g) { return Interpreter::current()->generator_next(g); }

}  // namespace pywalk
