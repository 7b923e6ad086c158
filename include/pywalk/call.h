// The one calling convention.
//
// Every call, from the evaluator or from C++ (sorted's key, map, a
// decorator), goes through call(callee, CallArgs). CallArgs is a borrowed
// view: positional values, then keyword values with their interned names.
// Builtin functions receive the view directly and parse it with ArgParser,
// which raises CPython's arity/keyword errors; user functions bind it into
// frame slots (interpreter.cpp). Nothing is allocated for a call whose
// arguments are all positional.
#pragma once

#include <cstddef>
#include <span>
#include <string_view>

#include "pywalk/object.h"

namespace pywalk {

struct StrObject;

struct CallArgs {
  std::span<const Value> positional;   // borrowed
  std::span<const Value> kw_values;    // borrowed
  std::span<StrObject* const> kw_names;  // borrowed, interned, same length as kw_values
  size_t size() const noexcept { return positional.size() + kw_values.size(); }
};

// Calls any callable; raises TypeError "'X' object is not callable".
Value call(const Value& callee, CallArgs args);
inline Value call0(const Value& f) { return call(f, {}); }
Value call1(const Value& f, const Value& a);
Value call2(const Value& f, const Value& a, const Value& b);

// Argument parsing for builtins, with CPython's messages. `fname` is the
// name used in messages ("len", "sorted", "str.split" -> "split").
class ArgParser {
 public:
  ArgParser(std::string_view fname, CallArgs args) : fname_(fname), args_(args) {}
  // No keyword arguments allowed: "fname() takes no keyword arguments".
  ArgParser& no_keywords();
  // Positional count within [min, max] (max < 0: unlimited), CPython style:
  // "fname expected at least 1 argument, got 0", "fname expected at most 2 arguments, got 3",
  // "fname() takes exactly one argument (2 given)", "fname() takes no arguments (1 given)".
  ArgParser& positional(size_t min, long max);
  // The i-th positional, or a keyword named `name` (if keywords allowed), or Unbound.
  Value get(size_t i, std::string_view name = {}) const;
  // Keyword-only argument, or Unbound. Unknown keywords raise
  // "fname() got an unexpected keyword argument 'x'" in done().
  Value keyword(std::string_view name);
  void done();  // checks that every keyword was consumed
  size_t npos() const noexcept { return args_.positional.size(); }
  CallArgs args() const noexcept { return args_; }

 private:
  std::string_view fname_;
  CallArgs args_;
  uint64_t used_kw_ = 0;  // bitmask of consumed keywords
};

}  // namespace pywalk
