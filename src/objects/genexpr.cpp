// GenExprFrame: the suspended frame of a generator expression (see
// objects/genexpr.h; Interpreter::generator_next runs it).
#include "pywalk/objects/genexpr.h"

#include "pywalk/call.h"
#include "pywalk/errors.h"
#include "pywalk/gc.h"
#include "pywalk/objects/builtin.h"
#include "pywalk/objects/exception.h"
#include "pywalk/objects/generator.h"
#include "pywalk/objects/iter.h"
#include "pywalk/ops.h"

namespace pywalk {

GenExprFrame::GenExprFrame(const GeneratorExpExpr* node_, const Module* module_, size_t nslots)
    : Object(types::env), node(node_), module(module_), slots(nslots), iters(node_->generators.size()) {
  gc_track(this);
}

void GenExprFrame::finish() {
  done = true;
  std::vector<Value> old_slots, old_iters;  // released after the frame is consistent
  old_slots.swap(slots);
  old_iters.swap(iters);
  env = nullptr;
}

void GenExprFrame::traverse(GcVisitor& v) const {
  for (const Value& s : slots) v.visit(s);
  for (const Value& i : iters) v.visit(i);
  v.visit(env.get());
  v.visit(globals);
}

void GenExprFrame::clear_refs() {
  finish();
  globals = Value();
}

// ------------------------------------------ send / throw / close methods

namespace {

// The generator expression's frame, or null once it is over.
GenExprFrame* live_frame(const Value& self) {
  auto* it = static_cast<IteratorObject*>(self.obj());
  if (!it->source.is_obj() || it->source.obj()->type != types::env) return nullptr;
  auto* g = it->source.as<GenExprFrame>();
  return g->done ? nullptr : g;
}

Value genexpr_send(const Value& self, CallArgs args) {
  ArgParser("send", args).no_keywords().positional(1, 1);
  Value v = next(self);
  if (v.is_unbound()) raise_stop_iteration();
  return v;
}

Value genexpr_close(const Value& self, CallArgs args) {
  ArgParser("close", args).no_keywords().positional(0, 0);
  if (GenExprFrame* g = live_frame(self)) {
    if (g->running) raise(exc::ValueError, "generator already executing");
    g->finish();
  }
  return Value::none();
}

// throw(): the exception ends the generator expression and propagates.
Value genexpr_throw(const Value& self, CallArgs args) {
  Value e = throw_argument(args);
  if (GenExprFrame* g = live_frame(self)) {
    if (g->running) raise(exc::ValueError, "generator already executing");
    g->finish();
  }
  raise_exception_object(e);
}

}  // namespace

void init_genexpr_methods() {
  add_method(types::generator, "send", &genexpr_send);
  add_method(types::generator, "throw", &genexpr_throw);
  add_method(types::generator, "close", &genexpr_close);
}

}  // namespace pywalk
