// The builtins module: print, len, range, isinstance, sorted, ... and the
// builtin type and exception names, registered into the interpreter's
// builtins dict at start-up. Each builtin is a BuiltinFunctionObject
// (objects/builtin.h) parsing its arguments with ArgParser (call.h) or the
// helpers below, and raising CPython's exact messages.
//
// CPython builtins check their arguments in several styles, each with its
// own wording; ArgParser covers METH_O / METH_NOARGS ("len() takes exactly
// one argument (0 given)"), check_positional() is _PyArg_CheckPositional
// ("isinstance expected 2 arguments, got 1"), unpack_args() is
// Argument Clinic for functions with named parameters ("'x' is an invalid keyword argument for int()"), and
// unpack_keywords() the keyword-only parameters of print/sorted/min/max/zip.
//
// The implementation is split by theme: builtins.cpp (registration, type,
// isinstance, attributes, iteration, the argument helpers), builtins_io.cpp
// (print, input), builtins_seq.cpp (sorted, min, max, sum, any, all) and
// builtins_num.cpp (abs, divmod, pow, round, hex, oct, bin, chr, ord).
#pragma once

#include <span>
#include <string_view>

#include "pywalk/call.h"
#include "pywalk/objects/builtin.h"

namespace pywalk {

struct DictObject;

// type(x): the type of x (one argument only; TypeError otherwise).
Value type_new(CallArgs args);

// Fills `builtins` with every builtin function, type and exception.
void register_builtins(DictObject* builtins);

// ---- argument checking in CPython's styles

// "NAME expected [at least |at most ]N argument[s], got M".
void check_positional(std::string_view name, size_t n, size_t min, size_t max);
// Binds arguments to the parameters `names` exactly as CPython's Argument
// Clinic parser (_PyArg_UnpackKeywords): the first `posonly` parameters
// are positional-only, the first `minpos` are required, at most `maxpos`
// may be given positionally (the rest are keyword-only). out[i] is Unbound
// for a parameter not given. Messages: "NAME() takes at most N arguments
// (M given)", "NAME() takes at least 1 positional argument (0 given)",
// "NAME() missing required argument 'x' (pos 1)", "argument for NAME()
// given by name ('x') and position (1)", "'x' is an invalid keyword
// argument for NAME()".
void unpack_args(std::string_view name, CallArgs args, std::span<const char* const> names, size_t posonly,
                 size_t minpos, size_t maxpos, Value* out);
// Keyword-only parameters of a function whose positional arguments are
// *args (print, min, max, zip; sorted passes them on to "sort"): only
// args.kw_* are looked at. "NAME() takes at most N keyword arguments (M
// given)", "'x' is an invalid keyword argument for NAME()".
void unpack_keywords(std::string_view name, CallArgs args, std::span<const char* const> names, Value* out);

// Data attributes of the number and range/slice types (int/bool: real,
// imag, numerator, denominator; float: real, imag; range/slice: start,
// stop, step), or Unbound. For ops getattr_or_unbound(), which finds only
// methods in the type dicts.
Value builtin_data_attr(const Value& obj, std::string_view name);

// Registration of each group (called by register_builtins).
void register_builtins_io(DictObject* builtins);
void register_builtins_seq(DictObject* builtins);
void register_builtins_num(DictObject* builtins);
// builtins_class.cpp: object, staticmethod, classmethod, property, super,
// dir, vars, locals.
void register_builtins_class(DictObject* builtins);
// type(name, bases, dict): a new class.
Value type_new3(CallArgs args);
// callable(v)
bool is_callable(const Value& v);
// Adds one builtin function to `builtins`.
void add_builtin(DictObject* builtins, const char* name, BuiltinFn fn);

}  // namespace pywalk
