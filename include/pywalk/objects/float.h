// float: Python's float is an inline Value (Tag::Float), never a heap
// object, so this file only holds its operations: arithmetic with CPython's
// semantics and messages, the float() constructor and the float methods
// (is_integer, as_integer_ratio, hex...). repr and format live in
// num/float_format.h.
#pragma once

#include <string_view>

#include "pywalk/ast.h"
#include "pywalk/call.h"
#include "pywalk/object.h"

namespace pywalk {

// a <op> b on two floats (ints already converted): ZeroDivisionError
// "float division by zero", OverflowError "(34, 'Numerical result out of
// range')" for pow, ValueError/complex results as CPython.
Value float_binary(BinOpKind op, double a, double b);
// float(x)
Value float_new(CallArgs args);
// Data attributes of floats: real, imag (Unbound for any other name).
Value float_getattr(double x, std::string_view name);
void init_float_type();

}  // namespace pywalk
