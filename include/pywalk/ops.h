// Generic operations on values: the one place each Python operation is
// defined for every builtin type. The evaluator, the builtins and the
// object methods all call these; each dispatches on the Value tag first
// (inline ints/floats take a fast path) and then on TypeId with a switch.
// For an instance of a class (its type is a heap type, objects/class.h),
// each operation first looks up the special method the class defines
// (__repr__, __eq__, __add__/__radd__, __getitem__, __iter__, ...) with
// CPython's rules and order, and falls back on the builtin behaviour of
// the instance's layout (a list subclass still behaves as a list), so every
// call site - builtins, sort, containers, f-strings, print - gets them.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "pywalk/ast.h"
#include "pywalk/object.h"

namespace pywalk {

struct StrObject;

// ---- conversions to text
std::string repr(const Value& v);   // repr(v), UTF-8
std::string str(const Value& v);    // str(v), UTF-8
std::string ascii(const Value& v);  // ascii(v)
Value repr_value(const Value& v);   // as a str object
Value str_value(const Value& v);    // as a str object (returns v itself when it is exactly a str)
// format(v, spec): the format-spec mini-language for the builtin types.
std::string format(const Value& v, std::string_view spec);
// "int", "list", ...: the type name used in error messages.
const std::string& type_name(const Value& v);

// The Ellipsis and NotImplemented singletons.
Value ellipsis_value();
Value not_implemented_value();
// How CPython names a callable in call errors: "f()", "print()".
std::string callable_name(const Value& callee);

// ---- truth, identity, hashing, comparison
bool truthy(const Value& v);
int64_t hash(const Value& v);  // TypeError "unhashable type: 'list'"
bool eq(const Value& a, const Value& b);  // a == b as a C++ bool (identity shortcut first, as CPython containers do)
Value compare(const Value& a, const Value& b, CmpOpKind op);  // result of a <op> b (for Eq..GtE)
bool compare_bool(const Value& a, const Value& b, CmpOpKind op);  // truthy(compare(...)); also Is/IsNot/In/NotIn
bool less_than(const Value& a, const Value& b);  // for sort/min/max: TypeError "'<' not supported between instances of 'int' and 'str'"
bool contains(const Value& container, const Value& item);  // `item in container`

// ---- arithmetic
Value binary_op(BinOpKind op, const Value& a, const Value& b);
Value inplace_op(BinOpKind op, const Value& a, const Value& b);  // list += etc. mutate in place
// Numeric comparison of two numbers (int/bool/float): <0, 0, >0, or 2 when unordered (nan).
int number_compare(const Value& a, const Value& b);
Value unary_op(UnaryOpKind op, const Value& v);
// "+", "-", "*", "@", "/", "//", "%", "** or pow()", "<<", ">>", "|", "^", "&"
const char* binop_symbol(BinOpKind op);

// ---- numbers
bool is_int(const Value& v);     // int or bool (inline or big)
bool is_number(const Value& v);  // int, bool or float
double to_double(const Value& v);  // int/bool/float -> double (OverflowError for huge ints)
// Python int from a C++ value (inline when it fits).
Value int_value(int64_t i);
// index(v): int/bool -> int64, TypeError "'X' object cannot be interpreted as an integer",
// IndexError/OverflowError "cannot fit 'int' into an index-sized integer" for huge.
int64_t index_int64(const Value& v, const char* overflow_msg = nullptr);
// index(v) as a Python int (inline or big): ints, bools and __index__.
Value index_value(const Value& v);
// Whether v can index a sequence (CPython's _PyIndex_Check): an int, a bool,
// an int subclass or an instance whose class defines __index__.
bool has_index(const Value& v);

// ---- attributes, items
Value getattr(const Value& obj, StrObject* name);  // AttributeError with CPython's message
Value getattr_or_unbound(const Value& obj, StrObject* name);  // Unbound if missing
void setattr(const Value& obj, StrObject* name, const Value& v);
void delattr(const Value& obj, StrObject* name);
Value getitem(const Value& obj, const Value& key);
void setitem(const Value& obj, const Value& key, const Value& v);
void delitem(const Value& obj, const Value& key);
int64_t len(const Value& v);  // TypeError "object of type 'int' has no len()"

// ---- iteration
Value iter(const Value& v);  // TypeError "'int' object is not iterable"
// Next item, or Unbound when exhausted (no StopIteration thrown for builtins).
Value next(const Value& iterator);
// Calls fn on each item of an iterable (fast paths for list/tuple/str/range/dict/set).
template <class Fn>
void for_each(const Value& iterable, Fn&& fn) {
  Value it = iter(iterable);
  for (;;) {
    Value item = next(it);
    if (item.is_unbound()) break;
    fn(item);
  }
}

}  // namespace pywalk
