// ExceptionObject: an instance of a builtin exception type.
//
// `args` is the tuple of constructor arguments; str() of an exception is
// str(args[0]) for one argument, str(args) for several, "" for none (KeyError
// uses repr of its single argument). `traceback` collects one entry per
// frame the exception passed through, innermost first as it unwinds; the
// printer (traceback.h) reverses it. `cause`/`context` support chaining.
#pragma once

#include <string>
#include <vector>

#include "pywalk/ast.h"
#include "pywalk/call.h"
#include "pywalk/object.h"

namespace pywalk {
struct StrObject;
}

namespace pywalk {

struct TracebackEntry {
  const std::string* filename;  // borrowed: Module::filename
  const Module* module;         // borrowed: for source lines
  std::string name;             // function name or "<module>"
  Span span;                    // the failing expression or statement
};

struct ExceptionObject : Object {
  explicit ExceptionObject(TypeObject* t);
  Value args;     // strong: a tuple
  Value cause;    // strong: __cause__ (None when unset)
  Value context;  // strong: __context__
  bool suppress_context = false;
  std::vector<TracebackEntry> traceback;  // innermost first
  bool position_pending = true;  // the innermost frame still needs its span
  Span pending_span;             // that span, once the innermost expression is known
  // The frame whose traceback entry was pushed last (borrowed, compared
  // only): a frame adds its entry once, and a bare `raise` adds none.
  const void* entry_frame = nullptr;
  std::string note;  // printed after the message line's text, e.g. ". Did you mean: 'print'?"
  Value dict;  // strong: extra attributes (name for NameError, ...), Unbound until used
  void traverse(GcVisitor& v) const override;
  void clear_refs() override;
};

inline bool is_exception(const Value& v) {
  return v.is_obj() && v.obj()->type->id == TypeId::BaseException;
}
std::string exception_str(const ExceptionObject* e);
std::string exception_repr(const ExceptionObject* e);
// Calls an exception type: TypeError("msg") etc.
Value exception_new(TypeObject* t, CallArgs args);
// The builtin attributes of an exception (args, __cause__, __context__,
// __suppress_context__, __traceback__), then its dict; Unbound if absent.
Value exception_getattr(ExceptionObject* e, StrObject* name);
// Sets (v) or deletes (v Unbound) one of the builtin attributes; false for
// any other name (the caller uses the instance dict).
bool exception_setattr(ExceptionObject* e, StrObject* name, const Value& v);
// e.__context__ = context, first cutting the link of context's chain that
// leads back to e (CPython's _PyErr_SetObject), so chains never cycle.
void set_context(ExceptionObject* e, const Value& context);
// `exc.__traceback__`: None before the exception was raised, else an opaque
// `traceback` object viewing its entries (made on each access: it holds the
// exception, the exception does not hold it).
Value traceback_of(const Value& exception);
// Stores attribute `name` of exception e (NameError.name, ImportError.name...).
void set_exception_attr(const Value& e, const char* name, const Value& v);
// Raises an exception object (again): it keeps its traceback entries
// (innermost) and adds those of the frames it now passes through.
[[noreturn]] void raise_exception_object(Value exception);
void init_traceback_type();     // the `traceback` type (with the exception types)
void init_exception_methods();  // BaseException.with_traceback, add_note

}  // namespace pywalk
