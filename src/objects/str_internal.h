// Helpers shared by the str implementation files (str_args.cpp defines
// them; str_methods.cpp, str_search.cpp, str_case.cpp, str_translate.cpp,
// str_format.cpp and str_percent.cpp use them); not part of the contract.
//
// Argument checking: CPython's str methods come from three generations of
// argument parsers, each with its own wording, so every method picks the
// helper that matches what python3 prints for it (see the comments).
#pragma once

#include <string>
#include <string_view>

#include "pywalk/call.h"
#include "pywalk/objects/str.h"

namespace pywalk::strimpl {

// Code points of a UTF-8 string.
std::u32string decode(std::string_view utf8);
// A str from code points (length known, no rescan).
Value from_u32(std::u32string_view cps);

// Index of the code point that starts at byte offset b of s.
int64_t char_index(const StrObject* s, size_t byte);

// s itself as a Value (CPython returns the same object when nothing changes).
Value same(const StrObject* s);
// The code points [i, j) of s as a str (s itself when that is all of it).
Value piece(const StrObject* s, int64_t i, int64_t j);
// The bytes [b, e) of s (on code point boundaries) as a str.
Value byte_piece(const StrObject* s, size_t b, size_t e);

// PyNumber_AsSsize_t with OverflowError: "'float' object cannot be interpreted as an integer",
// "Python int too large to convert to C ssize_t".
int64_t as_ssize(const Value& v);
// _PyLong_AsInt: the same with "Python int too large to convert to C int".
int as_c_int(const Value& v);
// _PyEval_SliceIndex: None keeps `dflt`; big ints clamp; TypeError
// "slice indices must be integers or None or have an __index__ method".
int64_t slice_index(const Value& v, int64_t dflt);
// ADJUST_INDICES of stringlib: clamps [start, end) into [0, len].
void adjust_indices(int64_t& start, int64_t& end, int64_t len);

// "str.upper() takes no arguments (1 given)" and "str.upper() takes no keyword arguments".
void no_args(const char* name, CallArgs args);
// "str.join() takes exactly one argument (0 given)" (METH_O).
const Value& one_arg(const char* name, CallArgs args);
// "str.strip() takes no keyword arguments".
void no_keywords(const char* name, CallArgs args);
// "find() takes at least 1 argument (0 given)", "find() takes at most 3 arguments (5 given)",
// "str.find() takes no keyword arguments" (as for s.find(x=1); CPython says "find()" when the
// bound method is called from a variable, which pywalk does not distinguish).
void check_arity(const char* name, CallArgs args, size_t min, size_t max);
// Keyword-capable methods (Argument Clinic): fills out[i] for names[i] from
// positionals then keywords. "split() takes at most 2 arguments (3 given)",
// "'zz' is an invalid keyword argument for split()",
// "argument for split() given by name ('sep') and position (1)".
void parse_keywords(const char* name, CallArgs args, const char* const* names, size_t n, Value* out);

// "must be str, not int" style (old parsers name None 'NoneType').
const StrObject* require_str(const Value& v, const char* prefix);
// Type name as Argument Clinic prints it: "None" for None.
std::string clinic_type_name(const Value& v);

// Shared by str.format and str.format_map: with `mapping` Unbound, fields
// come from args (positional and keyword: str.format); otherwise names are
// looked up in `mapping` and positional fields raise "Format string contains
// positional fields" (str.format_map).
std::string format_fields(const StrObject* tmpl, CallArgs args, const Value& mapping);

}  // namespace pywalk::strimpl
