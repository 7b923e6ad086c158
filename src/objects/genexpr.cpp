// GenExprFrame: the suspended frame of a generator expression (see
// objects/genexpr.h; Interpreter::generator_next runs it).
#include "pywalk/objects/genexpr.h"

#include "pywalk/gc.h"

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

}  // namespace pywalk
