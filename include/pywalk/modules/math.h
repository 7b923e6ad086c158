// Shared between the files of the math module (src/modules/math*.cpp):
// argument conversion as CPython's mathmodule.c does it.
#pragma once

#include "pywalk/object.h"

namespace pywalk {

struct ModuleObject;

namespace math_detail {

// PyFloat_AsDouble: int/bool/float (an instance through __float__ or
// __index__); TypeError "must be real number, not str"; OverflowError "int
// too large to convert to float".
double as_double(const Value& v);
// The result of a special method of a user instance (`__floor__`...), or
// Unbound when `v` is not an instance or has no such method.
Value call_special(const Value& v, const char* name);
// frexp of a nonzero int: x in [0.5, 1) correctly rounded (half-even) and
// e with v ~= x * 2**e (CPython's _PyLong_Frexp). Used by log() of huge ints.
double int_frexp(const Value& v, int64_t& e);

}  // namespace math_detail

// The integer functions (math_int.cpp): factorial, gcd, lcm, isqrt, comb,
// perm, floor, ceil, trunc.
void init_math_int(ModuleObject* m);
// fsum, hypot, dist, prod (math_sum.cpp).
void init_math_sum(ModuleObject* m);

}  // namespace pywalk
