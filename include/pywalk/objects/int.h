// IntObject: a Python int too large for int64, backed by GMP.
//
// Invariant: an IntObject never holds a value that fits in int64; such
// values are always inline Values (Value::integer). normalize() enforces
// it, so equality of small ints never has to look at IntObject. Bools are
// inline too (Tag::Bool) and count as ints 0/1 in every numeric operation.
#pragma once

#include <string>
#include <string_view>

#include "pywalk/ast.h"
#include "pywalk/call.h"
#include "pywalk/num/bigint.h"
#include "pywalk/object.h"

namespace pywalk {

struct IntObject : Object {
  explicit IntObject(num::BigInt v);
  num::BigInt value;
};

// The canonical Value for a big integer: inline if it fits, else IntObject.
Value normalize(num::BigInt v);
inline bool is_big_int(const Value& v) {
  return v.is_obj() && v.obj()->type->id == TypeId::Int;
}
// Any int-like value (bool, inline int, IntObject) as a BigInt.
num::BigInt to_bigint(const Value& v);
// Arithmetic on two int-like values (inline fast paths are in ops.cpp).
Value int_binary(BinOpKind op, const Value& a, const Value& b);
int int_compare(const Value& a, const Value& b);  // <0, 0, >0
std::string int_to_string(const Value& v);        // decimal, with CPython's 4300-digit limit
// int(x), int(s, base)
Value int_new(CallArgs args);
// Data attributes of ints and bools: real, imag, numerator, denominator
// (Unbound for any other name).
Value int_getattr(const Value& v, std::string_view name);
void init_int_type();
// Raises the Python exception a numeric-library error stands for.
[[noreturn]] void raise_num_error(const num::NumError& e);

}  // namespace pywalk
