// GeneratorObject: what calling a generator function returns.
//
// Calling a function whose body contains `yield` (Scope::is_generator) binds
// the arguments as usual, then, instead of running the body, moves the
// slots into a GeneratorObject, which owns the call's Frame from then on:
// its locals (`slots`, a heap array the Frame points into) and its Env.
//
// The body runs on the generator's own C++ stack (fiber.h), made on the
// first resume and given back when the body is over: `yield` suspends the
// fiber wherever it is in the evaluator and resume (next(), send(), throw(),
// close(), a for loop) continues it. Values cross the switch through
// `transfer` (sent in, yielded out, the return value at the end) and
// `thrown` (an exception for the body to raise at its yield); an exception
// leaving the body is kept in `failure` and re-raised by the resumer, so no
// C++ exception ever crosses stacks. Interpreter::resume_generator
// (generator_run.cpp) saves and restores the interpreter's per-thread state
// around each switch (current frame, value stack, C++ stack floor, handled
// exceptions, recursion depth).
//
// States: Created (not started, no fiber), Suspended (at a yield), Running,
// Finished (fiber gone, values dropped). A suspended generator that dies is
// closed first (GeneratorExit thrown at its yield, so `finally` blocks run),
// as CPython does.
#pragma once

#include <memory>
#include <vector>

#include "pywalk/fiber.h"
#include "pywalk/interpreter.h"
#include "pywalk/object.h"
#include "pywalk/objects/function.h"

namespace pywalk {

// Thrown at a yield by a close() that needs no Python code (no try/with
// around the yield): unwinds the body's C++ frames, passing every
// `catch (PyException&)`, much cheaper than a GeneratorExit.
struct GeneratorUnwind {};

struct GeneratorObject : Object {
  enum class State : uint8_t { Created, Suspended, Running, Finished };
  // Takes the bound arguments from `args` (num_locals values; left Unbound).
  GeneratorObject(FunctionObject* fn, Value* args, const Module* module);
  ~GeneratorObject() override;

  Ref<FunctionObject> function;    // strong
  std::unique_ptr<Value[]> slots;  // strong: the frame's locals
  Frame frame;                     // its own_env is strong; slots point into `slots`
  std::unique_ptr<Fiber> fiber;    // while started and not finished
  Value* stack_top = nullptr;      // borrowed: the fiber's value-stack top while suspended
  std::vector<Value> handled;      // strong: exceptions the body was handling when it yielded
  Value transfer;                  // strong: sent value / yielded value / return value
  Value thrown;                    // strong: an exception to raise at the yield, or Unbound
  Value failure;                   // strong: the exception that ended the body, or Unbound
  State state = State::Created;
  bool abandoned = false;          // cleared by the collector while suspended: never resumed again
  bool in_handler = false;         // suspended inside a try/with of the body (close() runs Python code)
  bool unwind = false;             // close() without Python code: unwind the body's C++ frames

  void traverse(GcVisitor& v) const override;
  void clear_refs() override;
  // Drops the frame's values (the body is over).
  void release_frame();
};

extern TypeObject* generator_type;
void init_generator_type();

inline bool is_generator(const Value& v) { return v.is_obj() && v.obj()->type == generator_type; }

// The generator protocol: the next value (Unbound when the body returned;
// its value is then in g->transfer), or the body's exception.
Value generator_send(GeneratorObject* g, const Value& sent);
// next(g): the next value, or StopIteration carrying the return value.
Value generator_next_or_stop(GeneratorObject* g);
// The exception throw(...)'s arguments describe, with CPython's checks.
Value throw_argument(CallArgs args);
// close(): GeneratorExit at the yield; RuntimeError if the body yields again.
void generator_close(GeneratorObject* g);

}  // namespace pywalk
