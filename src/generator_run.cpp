// Running generators: resuming a body on its fiber, `yield` and `yield
// from` (see objects/generator.h for the object and its states).
#include <new>

#include "pywalk/errors.h"
#include "pywalk/interpreter.h"
#include "pywalk/objects/exception.h"
#include "pywalk/objects/generator.h"
#include "pywalk/objects/list.h"
#include "pywalk/objects/str.h"
#include "pywalk/call.h"
#include "pywalk/ops.h"

namespace pywalk {

namespace {

void generator_entry(void* arg) {
  Interpreter::current()->run_generator_body(static_cast<GeneratorObject*>(arg));
}

bool is_instance_of(const Value& e, TypeObject* t) { return e.is_obj() && e.obj()->type->is_subtype_of(t); }

}  // namespace

Value Interpreter::resume_generator(GeneratorObject* g, const Value& sent, const Value& thrown) {
  using State = GeneratorObject::State;
  if (g->state == State::Running) raise(exc::ValueError, "generator already executing");
  if (g->state == State::Finished || g->abandoned) {
    if (!thrown.is_unbound()) raise_exception_object(thrown);
    g->transfer = Value::none();
    return Value();
  }
  if (g->state == State::Created) {
    if (!thrown.is_unbound()) {
      // Thrown into a generator that never ran: it ends right there.
      g->state = State::Finished;
      g->release_frame();
      raise_exception_object(thrown);
    }
    if (!sent.is_none() && !sent.is_unbound())
      raise_type_error("can't send non-None value to a just-started generator");
    g->fiber = std::make_unique<Fiber>(&generator_entry, g);
    g->stack_top = g->fiber->values_begin();
  }
  Ref<GeneratorObject> keep(g);
  CallDepth depth(this);
  // The resumer's state, restored however the body comes back.
  Frame* saved_frame = frame_;
  Value* saved_top = stack_top_;
  Value* saved_end = stack_end_;
  char* saved_limit = stack_limit_;
  GeneratorObject* saved_gen = running_gen_;
  const size_t handled_base = handled_.size();
  for (Value& h : g->handled) handled_.push_back(std::move(h));
  g->handled.clear();
  g->transfer = sent.is_unbound() ? Value::none() : sent;
  g->thrown = thrown;
  frame_ = &g->frame;
  stack_top_ = g->stack_top;
  stack_end_ = g->fiber->values_end();
  stack_limit_ = g->fiber->stack_floor();
  running_gen_ = g;
  g->state = State::Running;
  g->fiber->resume();
  frame_ = saved_frame;
  stack_top_ = saved_top;
  stack_end_ = saved_end;
  stack_limit_ = saved_limit;
  running_gen_ = saved_gen;
  if (g->state == State::Suspended) {
    for (size_t i = handled_base; i < handled_.size(); ++i) g->handled.push_back(std::move(handled_[i]));
  }
  handled_.resize(handled_base);
  if (g->state == State::Suspended) return std::move(g->transfer);
  // The body is over: its stack goes back to the pool.
  g->fiber.reset();
  if (g->failure.is_unbound()) return Value();
  Value failure = std::move(g->failure);
  g->failure = Value();
  if (is_instance_of(failure, exc::StopIteration)) {
    // PEP 479: a StopIteration leaving the body becomes a RuntimeError.
    Value err = make_exception(exc::RuntimeError, "generator raised StopIteration");
    auto* ex = err.as<ExceptionObject>();
    ex->cause = failure;
    ex->suppress_context = true;
    set_context(ex, failure);
    throw PyException{std::move(err)};
  }
  throw PyException{std::move(failure)};
}

void Interpreter::run_generator_body(GeneratorObject* g) noexcept {
  Frame& frame = g->frame;
  try {
    try {
      const FunctionObject* fn = g->function.get();
      if (fn->lambda_node) {
        g->transfer = eval(*fn->lambda_node->body, frame);
      } else {
        Completion c = exec_block(fn->def_node->body, frame);
        g->transfer = c == Completion::Return ? std::move(frame.return_value) : Value::none();
      }
    } catch (PyException& e) {
      leave_frame(e, frame);
      g->failure = std::move(e.exc);
    } catch (GeneratorUnwind&) {
      // closed where no Python code had to run: just over
    } catch (std::bad_alloc&) {
      g->failure = make_exception(exc::MemoryError, "");
    }
  } catch (...) {
    // Making the MemoryError itself failed: report something, never unwind
    // past the fiber's first frame.
    g->failure = Value();
  }
  g->state = GeneratorObject::State::Finished;
  g->release_frame();
}

void Interpreter::suspend_generator(Value y, bool in_handler) {
  GeneratorObject* g = running_gen_;
  g->transfer = std::move(y);
  g->stack_top = stack_top_;
  g->in_handler = in_handler;
  g->state = GeneratorObject::State::Suspended;
  g->fiber->suspend();
  // Resumed (resume_generator has installed this generator's state again).
  if (g->unwind) throw GeneratorUnwind{};
}

Value Interpreter::yield_value(Value v, bool in_handler) {
  suspend_generator(std::move(v), in_handler);
  GeneratorObject* g = running_gen_;
  if (!g->thrown.is_unbound()) {
    Value t = std::move(g->thrown);
    g->thrown = Value();
    raise_exception_object(std::move(t));
  }
  Value sent = std::move(g->transfer);
  g->transfer = Value();
  return sent;
}

// CPython's YIELD_FROM / gen_send_ex delegation (PEP 380): values sent and
// exceptions thrown into this generator go to the subiterator; its return
// value (StopIteration.value) is the value of the expression.
Value Interpreter::yield_from(const Value& src, bool in_handler) {
  Value it = is_generator(src) ? src : iter(src);
  Value sent = Value::none();
  Value thrown;
  static StrObject* const send_name = intern("send");
  static StrObject* const throw_name = intern("throw");
  static StrObject* const close_name = intern("close");
  for (;;) {
    Value y;
    if (is_generator(it)) {
      auto* sub = it.as<GeneratorObject>();
      y = resume_generator(sub, sent, thrown);
      if (y.is_unbound()) return std::move(sub->transfer);
    } else {
      try {
        if (!thrown.is_unbound()) {
          Value m = getattr_or_unbound(it, throw_name);
          if (m.is_unbound()) raise_exception_object(thrown);
          y = call1(m, thrown);
        } else if (sent.is_none()) {
          y = next(it);
          if (y.is_unbound()) return Value::none();
        } else {
          y = call1(getattr(it, send_name), sent);
        }
      } catch (PyException& e) {
        if (!is_instance_of(e.exc, exc::StopIteration)) throw;
        Value v = exception_getattr(e.exc.as<ExceptionObject>(), intern("value"));
        return v.is_unbound() ? Value::none() : v;
      }
    }
    thrown = Value();
    try {
      suspend_generator(std::move(y), in_handler);
    } catch (GeneratorUnwind&) {
      // close() of this generator: close the subiterator too (a generator
      // is closed when its last reference goes).
      if (!is_generator(it)) {
        Value m = getattr_or_unbound(it, close_name);
        if (!m.is_unbound()) call0(m);
      }
      throw;
    }
    GeneratorObject* g = running_gen_;
    sent = std::move(g->transfer);
    g->transfer = Value();
    if (!g->thrown.is_unbound()) {
      thrown = std::move(g->thrown);
      g->thrown = Value();
      sent = Value::none();
      if (is_instance_of(thrown, exc::GeneratorExit)) {
        // close(): close the subiterator, then let GeneratorExit through.
        if (is_generator(it)) {
          generator_close(it.as<GeneratorObject>());
        } else {
          Value m = getattr_or_unbound(it, close_name);
          if (!m.is_unbound()) call0(m);
        }
        raise_exception_object(std::move(thrown));
      }
    }
  }
}

}  // namespace pywalk
