// GeneratorObject and the `generator` type: __next__, send, throw, close
// (see objects/generator.h; running the body is generator_run.cpp).
#include "pywalk/objects/generator.h"

#include <fmt/format.h>

#include "pywalk/call.h"
#include "pywalk/errors.h"
#include "pywalk/gc.h"
#include "pywalk/objects/builtin.h"
#include "pywalk/objects/dict.h"
#include "pywalk/objects/exception.h"
#include "pywalk/objects/list.h"
#include "pywalk/objects/str.h"
#include "pywalk/ops.h"
#include "pywalk/pywalk.h"
#include "pywalk/traceback.h"

namespace pywalk {

TypeObject* generator_type = nullptr;

GeneratorObject::GeneratorObject(FunctionObject* fn, Value* args, const Module* module)
    : Object(generator_type), function(fn) {
  const Scope* sc = fn->scope;
  const size_t n = static_cast<size_t>(sc->num_locals);
  slots.reset(new Value[n > 0 ? n : 1]);
  for (size_t i = 0; i < n; ++i) slots[i] = std::move(args[i]);
  frame = Frame(sc, slots.get(), fn->closure.get(), fn->globals.as<DictObject>(), module);
  for (const auto& [local, cell] : sc->param_cells) frame.env->slots[cell] = slots[local];
  gc_track(this);
}

GeneratorObject::~GeneratorObject() {
  if (state == State::Suspended && !abandoned && Interpreter::current()) {
    // CPython closes a suspended generator that dies, so its `finally`
    // blocks run. Counted as alive meanwhile: Refs taken during close()
    // must not free it again.
    refcount = 1u << 20;
    try {
      generator_close(this);
    } catch (PyException& e) {
      // As CPython's unraisable hook reports it.
      Value self(this);
      std::string text = "Exception ignored in: " + repr(self) + "\n" + format_exception(e.exc);
      write_stderr(text);
    } catch (...) {
    }
    refcount = 0;
  }
  if (fiber && state != State::Finished && stack_top) {
    // Given up while suspended: drop what its frames held on the value stack.
    for (Value* v = fiber->values_begin(); v < stack_top; ++v) *v = Value();
  }
}

void GeneratorObject::release_frame() {
  const size_t n = static_cast<size_t>(function->scope->num_locals);
  for (size_t i = 0; i < n; ++i) slots[i] = Value();
  frame.own_env = Ref<Env>();
  frame.return_value = Value();
  handled.clear();
}

void GeneratorObject::traverse(GcVisitor& v) const {
  v.visit(function.get());
  const size_t n = static_cast<size_t>(function ? function->scope->num_locals : 0);
  for (size_t i = 0; i < n; ++i) v.visit(slots[i]);
  v.visit(frame.own_env.get());
  v.visit(frame.return_value);
  for (const Value& h : handled) v.visit(h);
  v.visit(transfer);
  v.visit(thrown);
  v.visit(failure);
  if (fiber && state == State::Suspended)
    for (const Value* p = fiber->values_begin(); p < stack_top; ++p) v.visit(*p);
}

void GeneratorObject::clear_refs() {
  // A garbage cycle through a suspended generator: its frames are never
  // resumed again (CPython would close it first; see docs/language.md).
  if (state == State::Suspended) abandoned = true;
  if (function) {
    const size_t n = static_cast<size_t>(function->scope->num_locals);
    for (size_t i = 0; i < n; ++i) slots[i] = Value();
  }
  if (fiber && state == State::Suspended)
    for (Value* p = fiber->values_begin(); p < stack_top; ++p) *p = Value();
  frame.own_env = Ref<Env>();
  frame.return_value = Value();
  handled.clear();
  transfer = Value();
  thrown = Value();
  failure = Value();
}

// throw(value) / throw(type[, value[, traceback]]), as CPython's _gen_throw.
Value throw_argument(CallArgs args) {
  ArgParser p("throw", args);
  p.no_keywords().positional(1, 3);
  const Value& typ = args.positional[0];
  Value val = args.positional.size() > 1 ? args.positional[1] : Value::none();
  if (typ.is_obj() && typ.obj()->type->id == TypeId::Type && typ.as<TypeObject>()->id == TypeId::BaseException) {
    auto* t = typ.as<TypeObject>();
    Value exc;
    if (is_exception(val) && val.obj()->type->is_subtype_of(t)) {
      exc = val;
    } else if (val.is_none()) {
      exc = call0(typ);
    } else if (val.is_obj() && val.obj()->type->id == TypeId::Tuple) {
      exc = call(typ, CallArgs{val.as<TupleObject>()->items});
    } else {
      exc = call1(typ, val);
    }
    if (!is_exception(exc))
      raise_type_error(fmt::format("calling {} should have returned an instance of BaseException, not {}",
                                   repr(typ), type_name(exc)));
    return exc;
  }
  if (is_exception(typ)) {
    if (!val.is_none()) raise_type_error("instance exception may not have a separate value");
    return typ;
  }
  raise_type_error(
      fmt::format("exceptions must be classes or instances deriving from BaseException, not {}", type_name(typ)));
}

// ----------------------------------------------------------- the protocol

namespace {

GeneratorObject* self_generator(const Value& self) { return self.as<GeneratorObject>(); }

[[noreturn]] void raise_stop_with(GeneratorObject* g) {
  Value v = std::move(g->transfer);
  g->transfer = Value();
  if (v.is_none() || v.is_unbound()) raise_stop_iteration();
  throw PyException{make_exception_args(exc::StopIteration, make_tuple({v}))};
}

Value next_slot(const Value& self) { return generator_send(self_generator(self), Value::none()); }

std::string repr_slot(const Value& self) {
  return fmt::format("<generator object {} at {}>", str(self_generator(self)->function->qualname),
                     static_cast<const void*>(self.obj()));
}

Value getattr_slot(const Value& self, StrObject* name) {
  GeneratorObject* g = self_generator(self);
  std::string_view n = name->view();
  if (n == "__name__") return g->function->name;
  if (n == "__qualname__") return g->function->qualname;
  if (n == "gi_running") return Value::boolean(g->state == GeneratorObject::State::Running);
  if (n == "gi_suspended") return Value::boolean(g->state == GeneratorObject::State::Suspended);
  if (n == "gi_code") return g->function->code;
  return Value();
}

Value gen_next(const Value& self, CallArgs args) {
  ArgParser("__next__", args).no_keywords().positional(0, 0);
  return generator_next_or_stop(self_generator(self));
}

Value gen_iter(const Value& self, CallArgs args) {
  ArgParser("__iter__", args).no_keywords().positional(0, 0);
  return self;
}

Value gen_send(const Value& self, CallArgs args) {
  ArgParser p("send", args);
  p.no_keywords().positional(1, 1);
  GeneratorObject* g = self_generator(self);
  Value v = generator_send(g, args.positional[0]);
  if (v.is_unbound()) raise_stop_with(g);
  return v;
}

Value gen_throw(const Value& self, CallArgs args) {
  Value exc = throw_argument(args);
  GeneratorObject* g = self_generator(self);
  Value v = Interpreter::current()->resume_generator(g, Value::none(), exc);
  if (v.is_unbound()) raise_stop_with(g);
  return v;
}

Value gen_close(const Value& self, CallArgs args) {
  ArgParser("close", args).no_keywords().positional(0, 0);
  generator_close(self_generator(self));
  return Value::none();
}

}  // namespace

Value generator_send(GeneratorObject* g, const Value& sent) {
  return Interpreter::current()->resume_generator(g, sent, Value());
}

Value generator_next_or_stop(GeneratorObject* g) {
  Value v = generator_send(g, Value::none());
  if (v.is_unbound()) raise_stop_with(g);
  return v;
}

void generator_close(GeneratorObject* g) {
  using State = GeneratorObject::State;
  if (g->state == State::Created) {
    g->state = State::Finished;
    g->release_frame();
    return;
  }
  if (g->state != State::Suspended || g->abandoned) return;
  if (!g->in_handler) {
    // No try/with around the yield: GeneratorExit would only unwind.
    g->unwind = true;
    Interpreter::current()->resume_generator(g, Value::none(), Value());
    return;
  }
  Value v;
  try {
    v = Interpreter::current()->resume_generator(g, Value::none(), call0(Value(exc::GeneratorExit)));
  } catch (PyException& e) {
    TypeObject* t = e.exc.obj()->type;
    if (t->is_subtype_of(exc::GeneratorExit) || t->is_subtype_of(exc::StopIteration)) return;
    throw;
  }
  if (!v.is_unbound()) raise(exc::RuntimeError, "generator ignored GeneratorExit");
}

void init_generator_type() {
  generator_type = types::make_type("generator", TypeId::Native, types::object);
  if (generator_type->dict.is_unbound()) generator_type->dict = make_dict();
  generator_type->next_slot = &next_slot;
  generator_type->repr_slot = &repr_slot;
  generator_type->getattr_slot = &getattr_slot;
  add_method(generator_type, "__next__", &gen_next);
  add_method(generator_type, "__iter__", &gen_iter);
  add_method(generator_type, "send", &gen_send);
  add_method(generator_type, "throw", &gen_throw);
  add_method(generator_type, "close", &gen_close);
}

}  // namespace pywalk
