// Exception instances: construction, str/repr, the builtin attributes
// (args, __cause__, __context__, __traceback__, SystemExit.code,
// StopIteration.value, OSError's errno/strerror/filename, the `name` of
// NameError/AttributeError/ImportError), the opaque traceback object, and
// the raise_* helpers. The types themselves are in exception_types.cpp.
#include "pywalk/objects/exception.h"

#include <fmt/format.h>

#include "pywalk/builtins_eval.h"
#include "pywalk/errors.h"
#include "pywalk/gc.h"
#include "pywalk/objects/builtin.h"
#include "pywalk/objects/dict.h"
#include "pywalk/objects/list.h"
#include "pywalk/objects/str.h"
#include "pywalk/ops.h"

namespace pywalk {

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

// ------------------------------------------------------------ traceback objects

namespace {
TypeObject* traceback_type = nullptr;

// What `exc.__traceback__` shows: an opaque view of the exception's entries.
struct TracebackObject : Object {
  explicit TracebackObject(Value e) : Object(traceback_type), exc(std::move(e)) { gc_track(this); }
  Value exc;  // strong: the exception whose entries this is
  void traverse(GcVisitor& v) const override { v.visit(exc); }
  void clear_refs() override { exc = Value::none(); }
};
}  // namespace

void init_traceback_type() { traceback_type = types::make_type("traceback", TypeId::Native, types::object); }

Value traceback_of(const Value& exception) {
  const auto* e = exception.as<ExceptionObject>();
  if (e->traceback.empty()) return Value::none();
  return make<TracebackObject>(exception).value();
}

// ------------------------------------------------------------ str and repr

static Value stored(const ExceptionObject* e, const char* name) {
  if (!is_dict(e->dict)) return Value();
  return as_dict(e->dict)->get_str(intern(name));
}

static const std::vector<Value>& args_of(const ExceptionObject* e) { return e->args.as<TupleObject>()->items; }

// OSError(errno, strerror[, filename[, winerror[, filename2]]]): the parts of
// the arguments, whether the constructor kept them in args or in the dict.
static Value os_filename(const ExceptionObject* e, const char* name, size_t index) {
  Value v = stored(e, name);
  if (!v.is_unbound()) return v;
  const auto& a = args_of(e);
  if (a.size() >= 3 && a.size() <= 5 && index < a.size()) return a[index];
  return Value::none();
}

static std::string os_error_str(const ExceptionObject* e) {
  const auto& a = args_of(e);
  Value filename = os_filename(e, "filename", 2);
  Value filename2 = os_filename(e, "filename2", 4);
  if (a.size() >= 2 && !filename.is_none()) {
    if (!filename2.is_none())
      return fmt::format("[Errno {}] {}: {} -> {}", str(a[0]), str(a[1]), repr(filename), repr(filename2));
    return fmt::format("[Errno {}] {}: {}", str(a[0]), str(a[1]), repr(filename));
  }
  if (a.size() == 2) return fmt::format("[Errno {}] {}", str(a[0]), str(a[1]));
  return {};
}

std::string exception_str(const ExceptionObject* e) {
  const auto& items = args_of(e);
  if (e->type->is_subtype_of(exc::SyntaxError)) {
    std::string s;
    if (syntax_error_str(Value(const_cast<ExceptionObject*>(e)), s)) return s;  // builtins_eval.h
  }
  if (e->type->is_subtype_of(exc::OSError)) {
    std::string s = os_error_str(e);
    if (!s.empty() || items.size() >= 2) return s;
  }
  if (items.empty()) return "";
  if (items.size() == 1) {
    if (e->type->is_subtype_of(exc::KeyError)) return repr(items[0]);
    return str(items[0]);
  }
  return str(e->args);
}

std::string exception_repr(const ExceptionObject* e) {
  const auto& items = args_of(e);
  if (items.size() == 1) return fmt::format("{}({})", e->type->name, repr(items[0]));
  if (items.empty()) return e->type->name + "()";
  return e->type->name + repr(e->args);
}

// ------------------------------------------------------------ construction

// The keyword arguments an exception type's constructor accepts (stored as
// attributes), CPython 3.11's.
static bool accepts_keyword(TypeObject* t, std::string_view k) {
  if (t->is_subtype_of(exc::ImportError)) return k == "name" || k == "path";
  if (t->is_subtype_of(exc::AttributeError)) return k == "name" || k == "obj";
  if (t->is_subtype_of(exc::NameError)) return k == "name";
  return false;
}

static DictObject* dict_of(ExceptionObject* e) {
  if (!is_dict(e->dict)) e->dict = make_dict();
  return as_dict(e->dict);
}

Value exception_new(TypeObject* t, CallArgs args) {
  if (!args.kw_values.empty()) {
    bool kw_ok = t->is_subtype_of(exc::ImportError) || t->is_subtype_of(exc::AttributeError) ||
                 t->is_subtype_of(exc::NameError);
    if (!kw_ok) raise_type_error(fmt::format("{}() takes no keyword arguments", t->name));
    for (StrObject* k : args.kw_names)
      if (!accepts_keyword(t, k->view()))
        raise_type_error(fmt::format("'{}' is an invalid keyword argument for {}()", k->view(), t->name));
  }
  size_t n = args.positional.size();
  if (t->is_subtype_of(exc::UnicodeError) && t != exc::UnicodeError) {
    size_t want = t == exc::UnicodeTranslateError ? 4 : 5;
    if (n != want) raise_type_error(fmt::format("function takes exactly {} arguments ({} given)", want, n));
  }
  if (t == exc::OSError && n >= 2 && n <= 5 && args.positional[0].is_int())
    t = exc::os_error_subclass(args.positional[0].as_int());
  auto e = make<ExceptionObject>(t);
  if (t->is_subtype_of(exc::OSError) && n >= 3 && n <= 5) {
    // args keeps (errno, strerror); the file names become attributes.
    e->args = make_tuple({args.positional[0], args.positional[1]});
    DictObject* d = dict_of(e.get());
    d->set_str(intern("filename"), args.positional[2]);
    d->set_str(intern("filename2"), n == 5 ? args.positional[4] : Value::none());
  } else {
    e->args = make_tuple(std::vector<Value>(args.positional.begin(), args.positional.end()));
  }
  for (size_t k = 0; k < args.kw_names.size(); ++k) dict_of(e.get())->set_str(args.kw_names[k], args.kw_values[k]);
  return e.value();
}

// ------------------------------------------------------------ attributes

void set_exception_attr(const Value& e, const char* name, const Value& v) {
  dict_of(e.as<ExceptionObject>())->set_str(intern(name), v);
}

// The attributes some exception types add (read from the dict when set
// there, otherwise derived from args as CPython's constructors set them).
static Value typed_attr(ExceptionObject* e, std::string_view n) {
  TypeObject* t = e->type;
  const auto& a = args_of(e);
  auto from_dict_or = [&](const char* name, Value fallback) {
    Value v = stored(e, name);
    return v.is_unbound() ? fallback : v;
  };
  if (n == "code" && t->is_subtype_of(exc::SystemExit))
    return from_dict_or("code", a.empty() ? Value::none() : a.size() == 1 ? a[0] : e->args);
  if (n == "value" && t->is_subtype_of(exc::StopIteration))
    return from_dict_or("value", a.empty() ? Value::none() : a[0]);
  if (t->is_subtype_of(exc::OSError)) {
    bool has_errno = a.size() >= 2 && a.size() <= 5;
    if (n == "errno") return from_dict_or("errno", has_errno ? a[0] : Value::none());
    if (n == "strerror") return from_dict_or("strerror", has_errno ? a[1] : Value::none());
    if (n == "filename") return os_filename(e, "filename", 2);
    if (n == "filename2") return os_filename(e, "filename2", 4);
  }
  if (t->is_subtype_of(exc::ImportError)) {
    if (n == "name" || n == "path") return from_dict_or(n == "name" ? "name" : "path", Value::none());
    if (n == "msg") return from_dict_or("msg", a.size() == 1 ? a[0] : Value::none());
  }
  if ((t->is_subtype_of(exc::NameError) || t->is_subtype_of(exc::AttributeError)) && n == "name")
    return from_dict_or("name", Value::none());
  if (t->is_subtype_of(exc::AttributeError) && n == "obj") return from_dict_or("obj", Value::none());
  return Value();
}

Value exception_getattr(ExceptionObject* e, StrObject* name) {
  std::string_view n = name->view();
  if (n == "args") return e->args;
  if (n == "__cause__") return e->cause;
  if (n == "__context__") return e->context;
  if (n == "__suppress_context__") return Value::boolean(e->suppress_context);
  if (n == "__traceback__") return traceback_of(Value(static_cast<Object*>(e)));
  if (e->type != exc::BaseException && e->type != exc::Exception) {
    Value v = typed_attr(e, n);
    if (!v.is_unbound()) return v;
  }
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
    if (del) raise_type_error("__traceback__ may not be deleted");
    if (v.is_none()) {
      e->traceback.clear();
    } else if (v.is_obj() && v.obj()->type == traceback_type) {
      const auto* src = v.as<TracebackObject>()->exc.as<ExceptionObject>();
      if (src != e) e->traceback = src->traceback;
    } else {
      raise_type_error("__traceback__ must be a traceback or None");
    }
    return true;
  }
  return false;
}

void set_context(ExceptionObject* e, const Value& context) {
  // CPython's _PyErr_SetObject: cut any cycle the new link would close.
  Object* self = e;
  Value o = context;
  while (is_exception(o)) {
    auto* oe = o.as<ExceptionObject>();
    if (oe->context.is(Value(self))) {
      oe->context = Value::none();
      break;
    }
    o = oe->context;
  }
  e->context = context;
}

// ------------------------------------------------------------ methods

static Value exception_with_traceback(const Value& self, CallArgs args) {
  ArgParser("with_traceback", args).no_keywords().positional(1, 1);
  exception_setattr(self.as<ExceptionObject>(), intern("__traceback__"), args.positional[0]);
  return self;
}

static Value exception_add_note(const Value& self, CallArgs args) {
  ArgParser("add_note", args).no_keywords().positional(1, 1);
  const Value& note = args.positional[0];
  if (!is_str(note))
    raise_type_error(fmt::format("note must be a str, not '{}'", type_name(note)));
  Value obj = self;
  StrObject* key = intern("__notes__");
  Value notes = getattr_or_unbound(obj, key);
  if (notes.is_unbound()) {
    notes = make_list({});
    setattr(obj, key, notes);
  }
  if (!is_list(notes)) raise_type_error("Cannot add note: __notes__ is not a list");
  notes.as<ListObject>()->items.push_back(note);
  return Value::none();
}

void init_exception_methods() {
  add_method(exc::BaseException, "with_traceback", &exception_with_traceback);
  add_method(exc::BaseException, "add_note", &exception_add_note);
}

// ------------------------------------------------------------ raising

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

void raise_exception_object(Value exception) {
  auto* ex = exception.as<ExceptionObject>();
  ex->entry_frame = nullptr;
  ex->position_pending = true;
  throw PyException{std::move(exception)};
}

}  // namespace pywalk
