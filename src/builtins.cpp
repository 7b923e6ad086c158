// The builtins module: registration of every builtin name, the argument
// helpers shared by the builtins, and the builtins about types, objects,
// attributes and iteration. Printing, sequences and numbers are in
// builtins_io.cpp, builtins_seq.cpp and builtins_num.cpp.
#include "pywalk/builtins.h"

#include <fmt/format.h>

#include <algorithm>

#include "pywalk/builtins_eval.h"
#include "pywalk/errors.h"
#include "pywalk/interpreter.h"
#include "pywalk/objects/generator.h"
#include "pywalk/objects/builtin.h"
#include "pywalk/objects/class.h"
#include "pywalk/objects/dict.h"
#include "pywalk/objects/float.h"
#include "pywalk/objects/generic_alias.h"
#include "pywalk/objects/int.h"
#include "pywalk/objects/iter.h"
#include "pywalk/objects/list.h"
#include "pywalk/objects/range.h"
#include "pywalk/objects/str.h"
#include "pywalk/ops.h"
#include "ops_heap.h"

namespace pywalk {

// ------------------------------------------------------- argument helpers

void check_positional(std::string_view name, size_t n, size_t min, size_t max) {
  if (n < min)
    raise_type_error(fmt::format("{} expected {}{} argument{}, got {}", name, min == max ? "" : "at least ", min,
                                 min == 1 ? "" : "s", n));
  if (n > max)
    raise_type_error(fmt::format("{} expected {}{} argument{}, got {}", name, min == max ? "" : "at most ", max,
                                 max == 1 ? "" : "s", n));
}

namespace {

Value find_keyword(CallArgs args, std::string_view name) {
  for (size_t k = 0; k < args.kw_names.size(); ++k)
    if (args.kw_names[k]->view() == name) return args.kw_values[k];
  return Value();
}

}  // namespace

void unpack_args(std::string_view name, CallArgs args, std::span<const char* const> names, size_t posonly,
                 size_t minpos, size_t maxpos, Value* out) {
  size_t nargs = args.positional.size(), nkw = args.kw_values.size();
  size_t maxargs = names.size();
  for (size_t i = 0; i < maxargs; ++i) out[i] = Value();
  if (nargs + nkw > maxargs)
    raise_type_error(fmt::format("{}() takes at most {} {}argument{} ({} given)", name, maxargs,
                                 nargs == 0 ? "keyword " : "", maxargs == 1 ? "" : "s", nargs + nkw));
  if (nargs > maxpos) {
    if (maxpos == 0) raise_type_error(fmt::format("{}() takes no positional arguments", name));
    raise_type_error(fmt::format("{}() takes {} {} positional argument{} ({} given)", name,
                                 minpos < maxpos ? "at most" : "exactly", maxpos, maxpos == 1 ? "" : "s", nargs));
  }
  size_t minposonly = std::min(posonly, minpos);
  if (nargs < minposonly)
    raise_type_error(fmt::format("{}() takes {} {} positional argument{} ({} given)", name,
                                 minposonly < maxpos ? "at least" : "exactly", minposonly, minposonly == 1 ? "" : "s",
                                 nargs));
  for (size_t i = 0; i < nargs; ++i) out[i] = args.positional[i];
  size_t remaining = nkw;
  for (size_t i = std::max(nargs, posonly); i < maxargs; ++i) {
    Value current;
    if (remaining > 0)
      current = find_keyword(args, names[i]);
    else if (i >= minpos)
      break;
    if (!current.is_unbound()) {
      out[i] = std::move(current);
      --remaining;
    } else if (i < minpos) {
      raise_type_error(fmt::format("{}() missing required argument '{}' (pos {})", name, names[i], i + 1));
    }
  }
  if (remaining == 0) return;
  for (size_t i = posonly; i < nargs; ++i)
    if (!find_keyword(args, names[i]).is_unbound())
      raise_type_error(fmt::format("argument for {}() given by name ('{}') and position ({})", name, names[i], i + 1));
  for (size_t k = 0; k < nkw; ++k) {
    std::string_view kw = args.kw_names[k]->view();
    bool known = false;
    for (size_t i = posonly; i < maxargs; ++i) known = known || kw == names[i];
    if (!known) raise_type_error(fmt::format("'{}' is an invalid keyword argument for {}()", kw, name));
  }
}

void unpack_keywords(std::string_view name, CallArgs args, std::span<const char* const> names, Value* out) {
  unpack_args(name, CallArgs{{}, args.kw_values, args.kw_names}, names, 0, 0, 0, out);
}

void add_builtin(DictObject* builtins, const char* name, BuiltinFn fn) {
  Value f = make_builtin(name, fn);
  f.obj()->make_immortal();
  builtins->set_str(intern(name), f);
}

Value builtin_data_attr(const Value& obj, std::string_view name) {
  if (obj.is_int() || obj.is_bool() || is_big_int(obj)) return int_getattr(obj, name);
  if (obj.is_float()) return float_getattr(obj.as_float(), name);
  if (is_range(obj)) return range_getattr(obj.as<RangeObject>(), name);
  if (is_slice(obj)) return slice_getattr(obj.as<SliceObject>(), name);
  return Value();
}

// ------------------------------------------------------------------ type()

Value type_new(CallArgs args) {
  if (args.positional.size() == 1) {
    if (!args.kw_values.empty()) raise_type_error("type() takes no keyword arguments");
    return Value(static_cast<Object*>(type_of(args.positional[0])));
  }
  if (args.positional.size() != 3) raise_type_error("type() takes 1 or 3 arguments");
  return type_new3(args);
}

namespace {

Value one_arg(const char* name, CallArgs args) {
  ArgParser(name, args).no_keywords().positional(1, 1);
  return args.positional[0];
}

// ------------------------------------------------------- objects and types

Value builtin_len(const Value&, CallArgs args) {
  return Value::integer(len(one_arg("len", args)));
}
Value builtin_repr(const Value&, CallArgs args) {
  return repr_value(one_arg("repr", args));
}
Value builtin_ascii(const Value&, CallArgs args) {
  return make_str(ascii(one_arg("ascii", args)));
}
Value builtin_hash(const Value&, CallArgs args) {
  return Value::integer(hash(one_arg("hash", args)));
}

Value builtin_id(const Value&, CallArgs args) {
  Value v = one_arg("id", args);
  if (v.is_obj()) return Value::integer(static_cast<int64_t>(reinterpret_cast<uintptr_t>(v.obj())));
  // Inline values have no address: derive a stable number from tag and
  // payload (splitmix64), kept clear of real addresses by bit 62.
  uint64_t z = v.bits() + 0x9e3779b97f4a7c15ULL * (static_cast<uint64_t>(v.tag()) + 1);
  z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
  z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
  z ^= z >> 31;
  return Value::integer(static_cast<int64_t>((z >> 2) | (uint64_t(1) << 62)));
}

}  // namespace

bool is_callable(const Value& v) {
  if (!v.is_obj()) return false;
  TypeId id = v.obj()->type->id;
  if (id == TypeId::Function || id == TypeId::BuiltinFunction || id == TypeId::MethodDescriptor ||
      id == TypeId::Method || id == TypeId::Type)
    return true;
  if (v.obj()->type->heap) return !lookup_user_special(v.obj()->type, names::call).is_unbound();
  return v.obj()->type->call_slot != nullptr;
}

namespace {

Value builtin_callable(const Value&, CallArgs args) {
  return Value::boolean(is_callable(one_arg("callable", args)));
}

bool isinstance_of(const Value& obj, const Value& cls) {
  if (is_type(cls)) return type_of(obj)->is_subtype_of(cls.as<TypeObject>());
  if (is_generic_alias(cls)) raise_type_error("isinstance() argument 2 cannot be a parameterized generic");
  if (const auto* members = union_members(cls)) {
    for (const Value& c : *members)
      if (isinstance_of(obj, c)) return true;
    return false;
  }
  if (is_tuple(cls)) {
    for (const Value& c : cls.as<TupleObject>()->items)
      if (isinstance_of(obj, c)) return true;
    return false;
  }
  raise_type_error("isinstance() arg 2 must be a type, a tuple of types, or a union");
}

Value builtin_isinstance(const Value&, CallArgs args) {
  ArgParser("isinstance", args).no_keywords();
  check_positional("isinstance", args.positional.size(), 2, 2);
  return Value::boolean(isinstance_of(args.positional[0], args.positional[1]));
}

bool issubclass_of(const Value& derived, const Value& cls) {
  if (is_type(cls)) {
    if (!is_type(derived)) raise_type_error("issubclass() arg 1 must be a class");
    return derived.as<TypeObject>()->is_subtype_of(cls.as<TypeObject>());
  }
  if (is_generic_alias(cls)) raise_type_error("issubclass() argument 2 cannot be a parameterized generic");
  if (const auto* members = union_members(cls)) {
    for (const Value& c : *members)
      if (issubclass_of(derived, c)) return true;
    return false;
  }
  if (is_tuple(cls)) {
    for (const Value& c : cls.as<TupleObject>()->items)
      if (issubclass_of(derived, c)) return true;
    return false;
  }
  if (!is_type(derived)) raise_type_error("issubclass() arg 1 must be a class");
  raise_type_error("issubclass() arg 2 must be a class, a tuple of classes, or a union");
}

Value builtin_issubclass(const Value&, CallArgs args) {
  ArgParser("issubclass", args).no_keywords();
  check_positional("issubclass", args.positional.size(), 2, 2);
  return Value::boolean(issubclass_of(args.positional[0], args.positional[1]));
}

// ---------------------------------------------------------------- attributes

StrObject* attr_name(const Value& name) {
  if (!is_str(name)) raise_type_error(fmt::format("attribute name must be string, not '{}'", type_name(name)));
  return intern(as_str(name)->view());
}

Value builtin_getattr(const Value&, CallArgs args) {
  ArgParser("getattr", args).no_keywords();
  check_positional("getattr", args.positional.size(), 2, 3);
  StrObject* name = attr_name(args.positional[1]);
  if (args.positional.size() == 3) {
    Value v = getattr_or_unbound(args.positional[0], name);
    return v.is_unbound() ? args.positional[2] : v;
  }
  return getattr(args.positional[0], name);
}

Value builtin_hasattr(const Value&, CallArgs args) {
  ArgParser("hasattr", args).no_keywords();
  check_positional("hasattr", args.positional.size(), 2, 2);
  StrObject* name = attr_name(args.positional[1]);
  return Value::boolean(!getattr_or_unbound(args.positional[0], name).is_unbound());
}

Value builtin_setattr(const Value&, CallArgs args) {
  ArgParser("setattr", args).no_keywords();
  check_positional("setattr", args.positional.size(), 3, 3);
  setattr(args.positional[0], attr_name(args.positional[1]), args.positional[2]);
  return Value::none();
}

Value builtin_delattr(const Value&, CallArgs args) {
  ArgParser("delattr", args).no_keywords();
  check_positional("delattr", args.positional.size(), 2, 2);
  delattr(args.positional[0], attr_name(args.positional[1]));
  return Value::none();
}

// ------------------------------------------------------------- namespaces

Value builtin_globals(const Value&, CallArgs args) {
  ArgParser("globals", args).no_keywords().positional(0, 0);
  return Interpreter::current()->current_globals();
}


// -------------------------------------------------------------- iteration

Value builtin_iter(const Value&, CallArgs args) {
  ArgParser("iter", args).no_keywords();
  check_positional("iter", args.positional.size(), 1, 2);
  if (args.positional.size() == 1) return iter(args.positional[0]);
  if (!is_callable(args.positional[0])) raise_type_error("iter(v, w): v must be callable");
  return make_callable_iterator(args.positional[0], args.positional[1]);
}

Value builtin_next(const Value&, CallArgs args) {
  ArgParser("next", args).no_keywords();
  check_positional("next", args.positional.size(), 1, 2);
  const Value& it = args.positional[0];
  if (args.positional.size() == 1 && has_heap_type(it)) {
    // A class's __next__ raises its own StopIteration (with its value).
    Value f = lookup_user_special(it.obj()->type, names::next);
    if (!f.is_unbound()) return call_special0(f, it);
  }
  if (args.positional.size() == 1 && is_generator(it)) return generator_next_or_stop(it.as<GeneratorObject>());
  Value v = next(it);
  if (!v.is_unbound()) return v;
  if (args.positional.size() == 2) return args.positional[1];
  raise_stop_iteration();
}

Value builtin_format(const Value&, CallArgs args) {
  ArgParser("format", args).no_keywords();
  check_positional("format", args.positional.size(), 1, 2);
  if (args.positional.size() == 1) return make_str(format(args.positional[0], ""));
  const Value& spec = args.positional[1];
  if (!is_str(spec)) raise_type_error(fmt::format("format() argument 2 must be str, not {}", type_name(spec)));
  return make_str(format(args.positional[0], as_str(spec)->view()));
}

// exit()/quit(): raise SystemExit(code), as the site module's
// Quitter.__call__(self, code=None) does (with its Python-level messages).
Value builtin_exit(const Value&, CallArgs args) {
  if (args.positional.size() > 1)
    raise_type_error(fmt::format("Quitter.__call__() takes from 1 to 2 positional arguments but {} were given",
                                 args.positional.size() + 1));
  Value code = args.positional.empty() ? Value::none() : args.positional[0];
  for (size_t k = 0; k < args.kw_names.size(); ++k) {
    std::string_view name = args.kw_names[k]->view();
    if (name != "code")
      raise_type_error(fmt::format("Quitter.__call__() got an unexpected keyword argument '{}'", name));
    if (!args.positional.empty()) raise_type_error("Quitter.__call__() got multiple values for argument 'code'");
    code = args.kw_values[k];
  }
  throw PyException{make_exception_args(exc::SystemExit, make_tuple({code}))};
}

void add_type(DictObject* b, TypeObject* t) {
  b->set_str(intern(t->name), Value(static_cast<Object*>(t)));
}

}  // namespace

void register_builtins(DictObject* b) {
  for (TypeObject* t : {types::object, types::type, types::int_, types::bool_, types::float_, types::str, types::list,
                        types::tuple, types::dict, types::set, types::frozenset, types::range, types::slice,
                        types::enumerate, types::zip, types::map, types::filter, types::reversed})
    add_type(b, t);
  for (TypeObject* t : exc::builtin_types()) add_type(b, t);
  b->set_str(intern("EnvironmentError"), Value(static_cast<Object*>(exc::OSError)));
  b->set_str(intern("IOError"), Value(static_cast<Object*>(exc::OSError)));
  b->set_str(intern("Ellipsis"), ellipsis_value());
  b->set_str(intern("__debug__"), Value::boolean(true));  // CPython folds it to True before running
  b->set_str(intern("NotImplemented"), not_implemented_value());

  add_builtin(b, "len", &builtin_len);
  add_builtin(b, "repr", &builtin_repr);
  add_builtin(b, "ascii", &builtin_ascii);
  add_builtin(b, "hash", &builtin_hash);
  add_builtin(b, "id", &builtin_id);
  add_builtin(b, "callable", &builtin_callable);
  add_builtin(b, "isinstance", &builtin_isinstance);
  add_builtin(b, "issubclass", &builtin_issubclass);
  add_builtin(b, "getattr", &builtin_getattr);
  add_builtin(b, "hasattr", &builtin_hasattr);
  add_builtin(b, "setattr", &builtin_setattr);
  add_builtin(b, "delattr", &builtin_delattr);
  add_builtin(b, "globals", &builtin_globals);
  add_builtin(b, "iter", &builtin_iter);
  add_builtin(b, "next", &builtin_next);
  add_builtin(b, "format", &builtin_format);
  add_builtin(b, "exit", &builtin_exit);
  add_builtin(b, "quit", &builtin_exit);
  register_builtins_io(b);
  register_builtins_eval(b);
  register_builtins_seq(b);
  register_builtins_num(b);
  register_builtins_class(b);
}

}  // namespace pywalk
