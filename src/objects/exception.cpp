// Builtin exception types and exception instances.
#include "pywalk/objects/exception.h"

#include <fmt/format.h>

#include "pywalk/errors.h"
#include "pywalk/gc.h"
#include "pywalk/objects/dict.h"
#include "pywalk/objects/list.h"
#include "pywalk/objects/str.h"
#include "pywalk/ops.h"

namespace pywalk {

namespace exc {
TypeObject* BaseException;
TypeObject* SystemExit;
TypeObject* KeyboardInterrupt;
TypeObject* Exception;
TypeObject* StopIteration;
TypeObject* ArithmeticError;
TypeObject* FloatingPointError;
TypeObject* OverflowError;
TypeObject* ZeroDivisionError;
TypeObject* AssertionError;
TypeObject* AttributeError;
TypeObject* LookupError;
TypeObject* IndexError;
TypeObject* KeyError;
TypeObject* MemoryError;
TypeObject* NameError;
TypeObject* UnboundLocalError;
TypeObject* RuntimeError;
TypeObject* RecursionError;
TypeObject* NotImplementedError;
TypeObject* SyntaxError;
TypeObject* IndentationError;
TypeObject* TabError;
TypeObject* TypeError;
TypeObject* ValueError;
TypeObject* UnicodeError;
TypeObject* EOFError;
TypeObject* ImportError;
TypeObject* ModuleNotFoundError;
TypeObject* OSError;

void init_exception_types() {
  auto mk = [](const char* name, TypeObject* base) {
    return types::make_type(name, TypeId::BaseException, base);
  };
  BaseException = mk("BaseException", types::object);
  SystemExit = mk("SystemExit", BaseException);
  KeyboardInterrupt = mk("KeyboardInterrupt", BaseException);
  Exception = mk("Exception", BaseException);
  StopIteration = mk("StopIteration", Exception);
  ArithmeticError = mk("ArithmeticError", Exception);
  FloatingPointError = mk("FloatingPointError", ArithmeticError);
  OverflowError = mk("OverflowError", ArithmeticError);
  ZeroDivisionError = mk("ZeroDivisionError", ArithmeticError);
  AssertionError = mk("AssertionError", Exception);
  AttributeError = mk("AttributeError", Exception);
  LookupError = mk("LookupError", Exception);
  IndexError = mk("IndexError", LookupError);
  KeyError = mk("KeyError", LookupError);
  MemoryError = mk("MemoryError", Exception);
  NameError = mk("NameError", Exception);
  UnboundLocalError = mk("UnboundLocalError", NameError);
  RuntimeError = mk("RuntimeError", Exception);
  RecursionError = mk("RecursionError", RuntimeError);
  NotImplementedError = mk("NotImplementedError", RuntimeError);
  SyntaxError = mk("SyntaxError", Exception);
  IndentationError = mk("IndentationError", SyntaxError);
  TabError = mk("TabError", IndentationError);
  TypeError = mk("TypeError", Exception);
  ValueError = mk("ValueError", Exception);
  UnicodeError = mk("UnicodeError", ValueError);
  EOFError = mk("EOFError", Exception);
  ImportError = mk("ImportError", Exception);
  ModuleNotFoundError = mk("ModuleNotFoundError", ImportError);
  OSError = mk("OSError", Exception);
}
}  // namespace exc

ExceptionObject::ExceptionObject(TypeObject* t) : Object(t), args(empty_tuple()), cause(Value::none()), context(Value::none()) {
  gc_track(this);
}

void ExceptionObject::traverse(GcVisitor& v) const {
  v.visit(args);
  v.visit(cause);
  v.visit(context);
  v.visit(dict);
}

void ExceptionObject::clear_refs() {
  args = empty_tuple();
  cause = Value::none();
  context = Value::none();
  dict = Value();
}

std::string exception_str(const ExceptionObject* e) {
  const auto& items = e->args.as<TupleObject>()->items;
  if (items.empty()) return "";
  if (items.size() == 1) {
    if (e->type->is_subtype_of(exc::KeyError)) return repr(items[0]);
    return str(items[0]);
  }
  return str(e->args);
}

std::string exception_repr(const ExceptionObject* e) {
  const auto& items = e->args.as<TupleObject>()->items;
  if (items.size() == 1) return fmt::format("{}({})", e->type->name, repr(items[0]));
  if (items.empty()) return e->type->name + "()";
  return e->type->name + repr(e->args);
}

Value exception_new(TypeObject* t, CallArgs args) {
  if (!args.kw_values.empty())
    raise_type_error(fmt::format("{}() takes no keyword arguments", t->name));
  auto e = make<ExceptionObject>(t);
  e->args = make_tuple(std::vector<Value>(args.positional.begin(), args.positional.end()));
  return e.value();
}

Value exception_getattr(ExceptionObject* e, StrObject* name) {
  std::string_view n = name->view();
  if (n == "args") return e->args;
  if (n == "__cause__") return e->cause;
  if (n == "__context__") return e->context;
  if (n == "__suppress_context__") return Value::boolean(e->suppress_context);
  if (n == "__traceback__") return Value::none();
  if (!e->type->heap && is_dict(e->dict)) return as_dict(e->dict)->get_str(name);
  return Value();
}

bool exception_setattr(ExceptionObject* e, StrObject* name, const Value& v) {
  std::string_view n = name->view();
  bool del = v.is_unbound();
  if (n == "args") {
    if (del) raise_type_error("args may not be deleted");
    e->args = is_tuple(v) ? v : make_tuple(to_vector(v));
    return true;
  }
  if (n == "__cause__" || n == "__context__") {
    if (del) raise_type_error(fmt::format("{} may not be deleted", n));
    if (!v.is_none() && !is_exception(v))
      raise_type_error(fmt::format("exception {} must be None or derive from BaseException", n.substr(2, n.size() - 4)));
    if (n == "__cause__") {
      e->cause = v;
      e->suppress_context = true;
    } else {
      e->context = v;
    }
    return true;
  }
  if (n == "__suppress_context__") {
    if (del) raise_type_error("__suppress_context__ may not be deleted");
    e->suppress_context = truthy(v);
    return true;
  }
  if (n == "__traceback__") {
    if (!del && !v.is_none()) raise_type_error("__traceback__ must be a traceback or None");
    return true;
  }
  return false;
}

Value make_exception_args(TypeObject* type, Value args_tuple) {
  auto e = make<ExceptionObject>(type);
  e->args = std::move(args_tuple);
  return e.value();
}

Value make_exception(TypeObject* type, std::string message) {
  return make_exception_args(type, make_tuple({make_str(std::move(message))}));
}

void raise(TypeObject* type, std::string message) { throw PyException{make_exception(type, std::move(message))}; }
void raise_value(Value exception) { throw PyException{std::move(exception)}; }
void raise_type_error(std::string message) { raise(exc::TypeError, std::move(message)); }
void raise_value_error(std::string message) { raise(exc::ValueError, std::move(message)); }
void raise_index_error(std::string message) { raise(exc::IndexError, std::move(message)); }
void raise_attribute_error(std::string message) { raise(exc::AttributeError, std::move(message)); }
void raise_zero_division(std::string message) { raise(exc::ZeroDivisionError, std::move(message)); }
void raise_overflow(std::string message) { raise(exc::OverflowError, std::move(message)); }
void raise_key_error(const Value& key) {
  throw PyException{make_exception_args(exc::KeyError, make_tuple({key}))};
}
void raise_memory_error() { throw PyException{make_exception_args(exc::MemoryError, empty_tuple())}; }
void raise_stop_iteration() { throw PyException{make_exception_args(exc::StopIteration, empty_tuple())}; }

void check_alloc(uint64_t count, uint64_t elem_size) {
  // Refuse anything over 8 GiB outright; the machine could not hold it.
  constexpr uint64_t kLimit = uint64_t(8) << 30;
  if (elem_size != 0 && count > kLimit / elem_size) raise_memory_error();
}

}  // namespace pywalk
