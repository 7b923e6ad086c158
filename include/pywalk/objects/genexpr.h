// GenExprFrame: the suspended frame of a generator expression.
//
// A generator expression `(elt for t1 in it1 if c1 for t2 in it2 ...)` has a
// single yield point, after its innermost `for`/`if` clauses, so it needs no
// separate C++ stack to suspend: its state is the comprehension frame's
// slots (slot 0 holds the first iterator, as CPython's `.0`), its Env, and
// one iterator per `for` clause. Each next() (Interpreter::generator_next)
// resumes the nested loops from the innermost iterator and stops at the
// next value, so generator expressions are lazy exactly as CPython's:
// infinite sources work, side effects interleave with consumption, and
// `sum(x for x in range(10**8))` runs in flat memory.
//
// The Python-visible object is an IteratorObject of type `generator` whose
// source is this frame. Once finished (exhausted or failed) the frame drops
// its values and every later next() reports exhaustion.
#pragma once

#include <vector>

#include "pywalk/ast.h"
#include "pywalk/object.h"
#include "pywalk/objects/function.h"

namespace pywalk {

struct DictObject;

struct GenExprFrame : Object {
  GenExprFrame(const GeneratorExpExpr* node, const Module* module, size_t nslots);
  const GeneratorExpExpr* node;   // borrowed: the AST outlives the interpreter's objects
  const Module* module;           // borrowed
  std::vector<Value> slots;       // strong: the frame's locals
  Ref<Env> env;                   // strong: the frame's Env (its own, or the enclosing one)
  Value globals;                  // strong: the defining frame's globals dict
  std::vector<Value> iters;       // strong: the iterator of each `for` clause; Unbound = not running
  size_t level = 0;               // the innermost running clause
  bool done = false;
  bool running = false;
  void finish();                  // drops every value: the generator is over
  void traverse(GcVisitor& v) const override;
  void clear_refs() override;
};

// send/throw/close on generator expressions (type `generator`).
void init_genexpr_methods();

}  // namespace pywalk
