// int, float, range, slice and the builtin iterators, exercised from C++.
// Every expected value and message below was printed by CPython 3.11
// (python3), e.g. `python3 -c "print(repr(-7 // 2))"`.
#include <gtest/gtest.h>

#include <cmath>
#include <functional>
#include <string>
#include <vector>

#include "pywalk/call.h"
#include "pywalk/errors.h"
#include "pywalk/object.h"
#include "pywalk/objects/dict.h"
#include "pywalk/objects/exception.h"
#include "pywalk/objects/float.h"
#include "pywalk/objects/int.h"
#include "pywalk/objects/iter.h"
#include "pywalk/objects/list.h"
#include "pywalk/objects/range.h"
#include "pywalk/objects/set.h"
#include "pywalk/objects/str.h"
#include "pywalk/ops.h"

namespace pywalk {
namespace {

class NumbersTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    if (types::object) return;  // another suite initialised the runtime
    types::init_builtin_types();
    init_type_methods();
  }
};

Value I(int64_t i) {
  return Value::integer(i);
}
Value F(double d) {
  return Value::floating(d);
}
Value B(bool b) {
  return Value::boolean(b);
}
Value S(const char* s) {
  return make_str(s);
}
Value Big(const char* digits) {
  return normalize(num::BigInt::from_string(digits, 10));
}

// "TypeName: message" of the Python exception f raises, or "no error".
std::string error_of(const std::function<void()>& f) {
  try {
    f();
  } catch (const PyException& e) {
    auto* x = e.exc.as<ExceptionObject>();
    return x->type->name + ": " + exception_str(x);
  }
  return "no error";
}

Value args_call(Value (*fn)(CallArgs), std::vector<Value> pos) {
  return fn(CallArgs{std::span<const Value>(pos), {}, {}});
}

Value kw_call(Value (*fn)(CallArgs), std::vector<Value> pos, std::vector<std::pair<const char*, Value>> kw) {
  std::vector<Value> kw_values;
  std::vector<StrObject*> kw_names;
  for (auto& [n, v] : kw) {
    kw_names.push_back(intern(n));
    kw_values.push_back(v);
  }
  return fn(
      CallArgs{std::span<const Value>(pos), std::span<const Value>(kw_values), std::span<StrObject* const>(kw_names)});
}

Value method(const Value& obj, const char* name, std::vector<Value> pos = {}) {
  return call(getattr(obj, intern(name)), CallArgs{std::span<const Value>(pos), {}, {}});
}

std::vector<std::string> drain(const Value& it) {
  std::vector<std::string> out;
  for (;;) {
    Value v = next(it);
    if (v.is_unbound()) break;
    out.push_back(repr(v));
  }
  return out;
}

using Strs = std::vector<std::string>;

// ------------------------------------------------------------------- int

TEST_F(NumbersTest, IntArithmeticFollowsPython) {
  EXPECT_EQ(repr(int_binary(BinOpKind::FloorDiv, I(-7), I(2))), "-4");
  EXPECT_EQ(repr(int_binary(BinOpKind::Mod, I(-7), I(2))), "1");
  EXPECT_EQ(repr(int_binary(BinOpKind::Mod, I(7), I(-2))), "-1");
  EXPECT_EQ(repr(int_binary(BinOpKind::Pow, I(2), I(-1))), "0.5");
  EXPECT_EQ(repr(int_binary(BinOpKind::Pow, I(-2), I(-3))), "-0.125");
  EXPECT_EQ(repr(int_binary(BinOpKind::Pow, I(10), I(-400))), "0.0");
  EXPECT_EQ(repr(int_binary(BinOpKind::Pow, I(0), I(0))), "1");
  EXPECT_EQ(repr(int_binary(BinOpKind::Div, I(1), I(3))), "0.3333333333333333");
  EXPECT_EQ(repr(int_binary(BinOpKind::Div, Big("100000000000000000000"), I(3))), "3.333333333333333e+19");
  EXPECT_EQ(repr(int_binary(BinOpKind::RShift, I(-1), I(100))), "-1");
  EXPECT_EQ(repr(int_binary(BinOpKind::Mult, B(true), I(3))), "3");
  EXPECT_EQ(repr(int_binary(BinOpKind::Add, B(true), B(true))), "2");
}

TEST_F(NumbersTest, IntResultsThatFitStayInline) {
  Value big = int_binary(BinOpKind::Pow, I(2), I(200));
  EXPECT_TRUE(is_big_int(big));
  EXPECT_EQ(repr(big), "1606938044258990275541962092341162602522202993782792835301376");
  Value p63 = int_binary(BinOpKind::Pow, I(2), I(63));
  EXPECT_EQ(repr(p63), "9223372036854775808");
  Value back = int_binary(BinOpKind::Sub, p63, I(1));
  EXPECT_TRUE(back.is_int());
  EXPECT_EQ(back.as_int(), INT64_MAX);
  EXPECT_EQ(repr(int_binary(BinOpKind::FloorDiv, I(INT64_MIN), I(-1))), "9223372036854775808");
  EXPECT_EQ(repr(int_binary(BinOpKind::Mod, I(INT64_MIN), I(-1))), "0");
  EXPECT_EQ(repr(int_binary(BinOpKind::Mult, I(INT64_MIN), I(-1))), "9223372036854775808");
  EXPECT_EQ(repr(int_binary(BinOpKind::LShift, I(1), I(64))), "18446744073709551616");
  Value shifted = int_binary(BinOpKind::RShift, int_binary(BinOpKind::LShift, I(1), I(64)), I(10));
  EXPECT_TRUE(shifted.is_int());
  EXPECT_EQ(shifted.as_int(), int64_t(1) << 54);
  EXPECT_EQ(int_compare(big, p63), 1);
  EXPECT_EQ(int_compare(I(-5), big), -1);
  EXPECT_EQ(int_compare(B(true), I(1)), 0);
}

TEST_F(NumbersTest, BoolBitwiseStaysBool) {
  EXPECT_EQ(repr(int_binary(BinOpKind::BitAnd, B(true), B(false))), "False");
  EXPECT_EQ(repr(int_binary(BinOpKind::BitOr, B(true), B(false))), "True");
  EXPECT_EQ(repr(int_binary(BinOpKind::BitXor, B(true), B(true))), "False");
  EXPECT_EQ(repr(int_binary(BinOpKind::BitAnd, B(true), I(3))), "1");
}

TEST_F(NumbersTest, IntErrorsHaveCPythonsMessages) {
  EXPECT_EQ(error_of([] { int_binary(BinOpKind::Div, I(1), I(0)); }), "ZeroDivisionError: division by zero");
  EXPECT_EQ(error_of([] { int_binary(BinOpKind::FloorDiv, I(1), I(0)); }),
            "ZeroDivisionError: integer division or modulo by zero");
  EXPECT_EQ(error_of([] { int_binary(BinOpKind::Mod, I(1), I(0)); }), "ZeroDivisionError: integer modulo by zero");
  EXPECT_EQ(error_of([] { int_binary(BinOpKind::Pow, I(0), I(-1)); }),
            "ZeroDivisionError: 0.0 cannot be raised to a negative power");
  EXPECT_EQ(error_of([] { int_binary(BinOpKind::LShift, I(1), I(-1)); }), "ValueError: negative shift count");
  EXPECT_EQ(error_of([] { int_binary(BinOpKind::LShift, I(1), Big("1000000000000000000000000000000")); }),
            "OverflowError: too many digits in integer");
  EXPECT_EQ(repr(int_binary(BinOpKind::RShift, I(1), Big("1000000000000000000000000000000"))), "0");
  EXPECT_EQ(error_of([] { int_binary(BinOpKind::MatMult, I(3), I(4)); }),
            "TypeError: unsupported operand type(s) for @: 'int' and 'int'");
  Value huge = int_binary(BinOpKind::Pow, I(10), I(400));
  EXPECT_EQ(error_of([&] { int_binary(BinOpKind::Div, huge, I(1)); }),
            "OverflowError: integer division result too large for a float");
  EXPECT_EQ(repr(int_binary(BinOpKind::Div, huge, int_binary(BinOpKind::Pow, I(10), I(399)))), "10.0");
}

TEST_F(NumbersTest, IntToStringEnforcesTheDigitLimit) {
  Value v = int_binary(BinOpKind::Pow, I(10), I(5000));
  EXPECT_EQ(error_of([&] { int_to_string(v); }),
            "ValueError: Exceeds the limit (4300 digits) for integer string conversion; use "
            "sys.set_int_max_str_digits() to increase the limit");
  EXPECT_EQ(int_to_string(I(-42)), "-42");
}

TEST_F(NumbersTest, IntConstructor) {
  EXPECT_EQ(repr(args_call(int_new, {})), "0");
  EXPECT_EQ(repr(args_call(int_new, {S("  12  ")})), "12");
  EXPECT_EQ(repr(args_call(int_new, {S("1_000")})), "1000");
  EXPECT_EQ(repr(args_call(int_new, {S(" -0b101 "), I(0)})), "-5");
  EXPECT_EQ(repr(args_call(int_new, {S("z"), I(36)})), "35");
  EXPECT_EQ(repr(args_call(int_new, {B(true)})), "1");
  EXPECT_EQ(repr(args_call(int_new, {F(-3.9)})), "-3");
  EXPECT_EQ(repr(args_call(int_new, {F(1e20)})), "100000000000000000000");
  EXPECT_EQ(repr(kw_call(int_new, {S("11")}, {{"base", I(2)}})), "3");
  EXPECT_EQ(error_of([] { args_call(int_new, {S("x")}); }), "ValueError: invalid literal for int() with base 10: 'x'");
  EXPECT_EQ(error_of([] {
              args_call(int_new, {S(""), I(10)});
            }),
            "ValueError: invalid literal for int() with base 10: ''");
  EXPECT_EQ(error_of([] {
              args_call(int_new, {S("12"), I(1)});
            }),
            "ValueError: int() base must be >= 2 and <= 36, or 0");
  EXPECT_EQ(error_of([] {
              args_call(int_new, {I(12), I(10)});
            }),
            "TypeError: int() can't convert non-string with explicit base");
  EXPECT_EQ(error_of([] {
              args_call(int_new, {S("1"), F(2.0)});
            }),
            "TypeError: 'float' object cannot be interpreted as an integer");
  EXPECT_EQ(error_of([] { args_call(int_new, {Value::none()}); }),
            "TypeError: int() argument must be a string, a bytes-like object or a real number, not 'NoneType'");
  EXPECT_EQ(error_of([] { args_call(int_new, {F(INFINITY)}); }),
            "OverflowError: cannot convert float infinity to integer");
  EXPECT_EQ(error_of([] { args_call(int_new, {F(NAN)}); }), "ValueError: cannot convert float NaN to integer");
  EXPECT_EQ(error_of([] {
              args_call(int_new, {I(1), I(2), I(3)});
            }),
            "TypeError: int() takes at most 2 arguments (3 given)");
  EXPECT_EQ(error_of([] {
              kw_call(int_new, {}, {{"x", S("1")}});
            }),
            "TypeError: 'x' is an invalid keyword argument for int()");
  EXPECT_EQ(error_of([] { kw_call(int_new, {}, {{"base", I(16)}}); }), "TypeError: int() missing string argument");
}

TEST_F(NumbersTest, IntMethods) {
  EXPECT_EQ(repr(method(I(5), "bit_length")), "3");
  EXPECT_EQ(repr(method(I(-5), "bit_count")), "2");
  EXPECT_EQ(repr(method(I(INT64_MIN), "bit_length")), "64");
  EXPECT_EQ(repr(method(B(true), "conjugate")), "1");
  EXPECT_EQ(repr(method(B(true), "as_integer_ratio")), "(1, 1)");
  EXPECT_EQ(error_of([] { method(I(5), "bit_length", {I(1)}); }),
            "TypeError: int.bit_length() takes no arguments (1 given)");
  EXPECT_EQ(repr(int_getattr(B(true), "real")), "1");
  EXPECT_EQ(repr(int_getattr(I(5), "denominator")), "1");
}

// ----------------------------------------------------------------- float

TEST_F(NumbersTest, FloatArithmetic) {
  EXPECT_EQ(repr(float_binary(BinOpKind::Mod, -7.5, 2)), "0.5");
  EXPECT_EQ(repr(float_binary(BinOpKind::FloorDiv, -5, 3)), "-2.0");
  EXPECT_EQ(repr(float_binary(BinOpKind::Mult, 1e308, 10)), "inf");
  EXPECT_EQ(repr(float_binary(BinOpKind::Pow, 0.5, 1e10)), "0.0");
  EXPECT_EQ(repr(float_binary(BinOpKind::Pow, NAN, 0)), "1.0");
  EXPECT_EQ(repr(float_binary(BinOpKind::Pow, 1, NAN)), "1.0");
  EXPECT_EQ(repr(float_binary(BinOpKind::Pow, -1, INFINITY)), "1.0");
  EXPECT_EQ(repr(float_binary(BinOpKind::Pow, -2, 3)), "-8.0");
  EXPECT_EQ(error_of([] { float_binary(BinOpKind::Div, 1, 0); }), "ZeroDivisionError: float division by zero");
  EXPECT_EQ(error_of([] { float_binary(BinOpKind::FloorDiv, 1, 0); }),
            "ZeroDivisionError: float floor division by zero");
  EXPECT_EQ(error_of([] { float_binary(BinOpKind::Mod, 1, 0); }), "ZeroDivisionError: float modulo");
  EXPECT_EQ(error_of([] { float_binary(BinOpKind::Pow, 0.0, -1.5); }),
            "ZeroDivisionError: 0.0 cannot be raised to a negative power");
  EXPECT_EQ(error_of([] { float_binary(BinOpKind::Pow, 10.0, 400); }),
            "OverflowError: (34, 'Numerical result out of range')");
  EXPECT_EQ(error_of([] { float_binary(BinOpKind::Pow, -1.5, 0.5); }),
            "NotImplementedError: pywalk does not support complex numbers");
}

TEST_F(NumbersTest, FloatConstructorAndMethods) {
  EXPECT_EQ(repr(args_call(float_new, {})), "0.0");
  EXPECT_EQ(repr(args_call(float_new, {S(" inf ")})), "inf");
  EXPECT_EQ(repr(args_call(float_new, {S("1_0.5")})), "10.5");
  EXPECT_EQ(repr(args_call(float_new, {B(true)})), "1.0");
  EXPECT_EQ(error_of([] { args_call(float_new, {S("x")}); }), "ValueError: could not convert string to float: 'x'");
  EXPECT_EQ(error_of([] { args_call(float_new, {int_binary(BinOpKind::Pow, I(10), I(400))}); }),
            "OverflowError: int too large to convert to float");
  EXPECT_EQ(error_of([] { args_call(float_new, {make_list()}); }),
            "TypeError: float() argument must be a string or a real number, not 'list'");
  EXPECT_EQ(error_of([] {
              args_call(float_new, {I(1), I(2)});
            }),
            "TypeError: float expected at most 1 argument, got 2");
  EXPECT_EQ(repr(method(F(0.1), "as_integer_ratio")), "(3602879701896397, 36028797018963968)");
  EXPECT_EQ(repr(method(F(-0.0), "as_integer_ratio")), "(0, 1)");
  EXPECT_EQ(error_of([] { method(F(INFINITY), "as_integer_ratio"); }),
            "OverflowError: cannot convert Infinity to integer ratio");
  EXPECT_EQ(repr(method(F(5e-324), "hex")), "'0x0.0000000000001p-1022'");
  EXPECT_EQ(repr(method(F(1.5), "hex")), "'0x1.8000000000000p+0'");
  EXPECT_EQ(repr(method(F(-0.0), "hex")), "'-0x0.0p+0'");
  EXPECT_EQ(repr(method(F(1e308), "hex")), "'0x1.1ccf385ebc8a0p+1023'");
  EXPECT_EQ(repr(method(F(1.0), "is_integer")), "True");
  EXPECT_EQ(error_of([] { method(F(1.5), "is_integer", {I(1)}); }),
            "TypeError: float.is_integer() takes no arguments (1 given)");
}

// ----------------------------------------------------------- range, slice

TEST_F(NumbersTest, RangeReprIndexAndSlices) {
  Value r = make_range(0, 10, 1);
  EXPECT_EQ(repr(r), "range(0, 10)");
  EXPECT_EQ(repr(make_range(0, 10, 2)), "range(0, 10, 2)");
  EXPECT_EQ(repr(range_getitem(r.as<RangeObject>(), make_slice(Value::none(), Value::none(), I(-1)))),
            "range(9, -1, -1)");
  Value r20 = make_range(0, 20, 3);
  EXPECT_EQ(repr(range_getitem(r20.as<RangeObject>(), make_slice(I(1), I(-1), Value::none()))), "range(3, 18, 3)");
  EXPECT_EQ(
      repr(range_getitem(r.as<RangeObject>(), make_slice(Big("100000000000000000000"), Value::none(), Value::none()))),
      "range(10, 10)");
  Value r15 = make_range(1, 5, 1);
  EXPECT_EQ(repr(range_getitem(r15.as<RangeObject>(), I(-1))), "4");
  EXPECT_EQ(error_of([&] { range_getitem(r15.as<RangeObject>(), I(-5)); }),
            "IndexError: range object index out of range");
  EXPECT_EQ(error_of([&] { range_getitem(r15.as<RangeObject>(), Big("100000000000000000000")); }),
            "IndexError: range object index out of range");
  EXPECT_EQ(error_of([&] { range_getitem(r15.as<RangeObject>(), F(1.0)); }),
            "TypeError: range indices must be integers or slices, not float");
  EXPECT_EQ(error_of([&] { range_getitem(r.as<RangeObject>(), make_slice(I(0), I(0), I(0))); }),
            "ValueError: slice step cannot be zero");
  EXPECT_EQ(len(make_range(10, 0, -3)), 4);
  EXPECT_EQ(drain(iter(make_range(10, 0, -3))), (Strs{"10", "7", "4", "1"}));
}

TEST_F(NumbersTest, RangeConstructorErrors) {
  EXPECT_EQ(repr(args_call(range_new, {I(-5)})), "range(0, -5)");
  EXPECT_EQ(error_of([] { args_call(range_new, {}); }), "TypeError: range expected at least 1 argument, got 0");
  EXPECT_EQ(error_of([] {
              args_call(range_new, {I(1), I(2), I(3), I(4)});
            }),
            "TypeError: range expected at most 3 arguments, got 4");
  EXPECT_EQ(error_of([] {
              args_call(range_new, {I(1), F(2.5)});
            }),
            "TypeError: 'float' object cannot be interpreted as an integer");
  EXPECT_EQ(error_of([] { args_call(range_new, {I(1), I(2), I(0)}); }), "ValueError: range() arg 3 must not be zero");
  EXPECT_EQ(error_of([] { kw_call(range_new, {}, {{"x", I(1)}}); }), "TypeError: range() takes no keyword arguments");
  // documented difference: CPython accepts bounds beyond int64
  EXPECT_EQ(error_of([] { args_call(range_new, {Big("100000000000000000000")}); }),
            "OverflowError: Python int too large to convert to C ssize_t");
  EXPECT_EQ(error_of([] { make_range(INT64_MIN, INT64_MAX, 1); }),
            "OverflowError: Python int too large to convert to C ssize_t");
  Value wide = make_range(INT64_MIN, INT64_MAX, INT64_MAX);
  EXPECT_EQ(drain(iter(wide)), (Strs{"-9223372036854775808", "-1", "9223372036854775806"}));
}

TEST_F(NumbersTest, RangeContainsEqualityAndMethods) {
  Value keep = make_range(0, 10, 1);
  auto* r = keep.as<RangeObject>();
  EXPECT_TRUE(range_contains(r, I(3)));
  EXPECT_TRUE(range_contains(r, F(3.0)));
  EXPECT_TRUE(range_contains(r, B(true)));
  EXPECT_FALSE(range_contains(r, I(10)));
  EXPECT_FALSE(range_contains(r, S("a")));
  EXPECT_FALSE(range_contains(r, Big("100000000000000000000")));
  Value neg = make_range(10, -10, -3);
  EXPECT_TRUE(range_contains(neg.as<RangeObject>(), I(-8)));
  EXPECT_FALSE(range_contains(neg.as<RangeObject>(), I(-10)));
  EXPECT_TRUE(range_eq(make_range(0, 0, 1).as<RangeObject>(), make_range(1, 1, 1).as<RangeObject>()));
  EXPECT_TRUE(range_eq(make_range(0, 5, 2).as<RangeObject>(), make_range(0, 6, 2).as<RangeObject>()));
  EXPECT_FALSE(range_eq(make_range(0, 1, 1).as<RangeObject>(), make_range(1, 2, 5).as<RangeObject>()));
  EXPECT_EQ(repr(method(keep, "index", {I(3)})), "3");
  EXPECT_EQ(repr(method(keep, "index", {F(3.0)})), "3");
  EXPECT_EQ(repr(method(keep, "count", {F(3.0)})), "1");
  EXPECT_EQ(error_of([&] { method(keep, "index", {I(11)}); }), "ValueError: 11 is not in range");
  EXPECT_EQ(error_of([&] { method(keep, "index", {S("a")}); }), "ValueError: sequence.index(x): x not in sequence");
  EXPECT_EQ(error_of([&] { method(keep, "index"); }), "TypeError: range.index() takes exactly one argument (0 given)");
  EXPECT_EQ(range_hash(make_range(0, 10, 2).as<RangeObject>()), hash(make_tuple({I(5), I(0), I(2)})));
  EXPECT_EQ(range_hash(make_range(1, 2, 5).as<RangeObject>()), hash(make_tuple({I(1), I(1), Value::none()})));
  EXPECT_EQ(repr(range_getattr(r, "step")), "1");
}

TEST_F(NumbersTest, SliceIndicesMatchPySliceGetIndicesEx) {
  auto idx = [](Value start, Value stop, Value step, int64_t length) {
    Value s = make_slice(std::move(start), std::move(stop), std::move(step));
    SliceIndices si = slice_indices(s.as<SliceObject>(), length);
    return std::vector<int64_t>{si.start, si.stop, si.step, si.length};
  };
  Value N = Value::none();
  EXPECT_EQ(idx(I(1), I(2), N, 10), (std::vector<int64_t>{1, 2, 1, 1}));
  EXPECT_EQ(idx(N, N, I(-1), 10), (std::vector<int64_t>{9, -1, -1, 10}));
  EXPECT_EQ(idx(I(-100), I(100), I(2), 10), (std::vector<int64_t>{0, 10, 2, 5}));
  EXPECT_EQ(idx(Big("100000000000000000000"), Big("-100000000000000000000"), I(-1), 10),
            (std::vector<int64_t>{9, -1, -1, 10}));
  EXPECT_EQ(error_of([&] { idx(S("a"), N, N, 5); }),
            "TypeError: slice indices must be integers or None or have an __index__ method");
  Value s = make_slice(N, I(1), N);
  EXPECT_EQ(repr(s), "slice(None, 1, None)");
  EXPECT_EQ(repr(method(make_slice(I(1), I(2), N), "indices", {I(10)})), "(1, 2, 1)");
  EXPECT_EQ(error_of([] { method(make_slice(I(1), I(2), Value::none()), "indices", {I(-1)}); }),
            "ValueError: length should not be negative");
  EXPECT_EQ(repr(args_call(slice_new, {S("a"), make_list({I(1)}), N})), "slice('a', [1], None)");
  EXPECT_EQ(repr(slice_compare(s.as<SliceObject>(), make_slice(N, I(1), N).as<SliceObject>(), CmpOpKind::Eq)), "True");
  EXPECT_EQ(repr(slice_compare(make_slice(I(1), I(2), N).as<SliceObject>(), make_slice(I(1), I(3), N).as<SliceObject>(),
                               CmpOpKind::Lt)),
            "True");
}

// ------------------------------------------------------------- iterators

TEST_F(NumbersTest, IteratorsOfTheBuiltinTypes) {
  EXPECT_EQ(drain(iter(S("h\xc3\xa9"))), (Strs{"'h'", "'\xc3\xa9'"}));
  EXPECT_EQ(type_name(iter(S("ab"))), "str_ascii_iterator");
  EXPECT_EQ(type_name(iter(S("\xc3\xa9"))), "str_iterator");
  Value l = make_list({I(1), I(2)});
  Value it = iter(l);
  EXPECT_EQ(repr(next(it)), "1");
  l.as<ListObject>()->items.push_back(I(3));  // a list iterator sees appends
  EXPECT_EQ(drain(it), (Strs{"2", "3"}));
  l.as<ListObject>()->items.push_back(I(4));
  EXPECT_TRUE(next(it).is_unbound());  // exhausted stays exhausted
  EXPECT_EQ(error_of([&] { method(it, "__next__"); }), "StopIteration: ");
  EXPECT_EQ(error_of([&] { method(it, "__next__", {I(1)}); }), "TypeError: expected 0 arguments, got 1");
}

TEST_F(NumbersTest, DictAndSetIteratorsDetectSizeChanges) {
  Value d = make_dict();
  d.as<DictObject>()->set(I(1), I(2));
  d.as<DictObject>()->set(I(3), I(4));
  Value it = iter(d);
  d.as<DictObject>()->set(I(5), I(6));
  EXPECT_EQ(error_of([&] { next(it); }), "RuntimeError: dictionary changed size during iteration");
  EXPECT_EQ(error_of([&] { next(it); }), "RuntimeError: dictionary changed size during iteration");
  // same size after a delete and an insert: no error (python3 prints [1, 3, 7])
  Value it2 = iter(d);
  d.as<DictObject>()->remove(I(5));
  d.as<DictObject>()->set(I(7), I(8));
  EXPECT_EQ(drain(it2), (Strs{"1", "3", "7"}));
  EXPECT_EQ(drain(args_call(reversed_new, {d})), (Strs{"7", "3", "1"}));
  Value s = make_set();
  s.as<SetObject>()->add(I(1));
  Value sit = iter(s);
  s.as<SetObject>()->add(I(2));
  EXPECT_EQ(error_of([&] { next(sit); }), "RuntimeError: Set changed size during iteration");
}

TEST_F(NumbersTest, EnumerateZipMapFilterReversed) {
  EXPECT_EQ(drain(kw_call(enumerate_new, {S("ab")}, {{"start", Big("100000000000000000000")}})),
            (Strs{"(100000000000000000000, 'a')", "(100000000000000000001, 'b')"}));
  EXPECT_EQ(drain(args_call(enumerate_new, {S("ab"), I(-3)})), (Strs{"(-3, 'a')", "(-2, 'b')"}));
  EXPECT_EQ(error_of([] { args_call(enumerate_new, {}); }),
            "TypeError: enumerate() missing required argument 'iterable'");
  EXPECT_EQ(error_of([] {
              kw_call(enumerate_new, {make_list({})}, {{"iterable", make_list({})}});
            }),
            "TypeError: 'iterable' is an invalid keyword argument for enumerate()");
  EXPECT_EQ(error_of([] {
              kw_call(enumerate_new, {make_list({})}, {{"start", S("a")}});
            }),
            "TypeError: 'str' object cannot be interpreted as an integer");
  Value a = make_list({I(1), I(2)}), b = make_list({I(1)}), c = make_list({I(1), I(2), I(3)});
  EXPECT_EQ(drain(args_call(zip_new, {a, S("xyz")})), (Strs{"(1, 'x')", "(2, 'y')"}));
  EXPECT_EQ(error_of([&] {
              drain(kw_call(zip_new, {a, b}, {{"strict", B(true)}}));
            }),
            "ValueError: zip() argument 2 is shorter than argument 1");
  EXPECT_EQ(error_of([&] {
              drain(kw_call(zip_new, {b, a}, {{"strict", B(true)}}));
            }),
            "ValueError: zip() argument 2 is longer than argument 1");
  EXPECT_EQ(error_of([&] {
              drain(kw_call(zip_new, {a, a, c}, {{"strict", B(true)}}));
            }),
            "ValueError: zip() argument 3 is longer than arguments 1-2");
  EXPECT_EQ(error_of([&] {
              drain(kw_call(zip_new, {a, a, b}, {{"strict", B(true)}}));
            }),
            "ValueError: zip() argument 3 is shorter than arguments 1-2");
  EXPECT_EQ(error_of([&] {
              kw_call(zip_new, {a}, {{"strict", B(true)}, {"foo", I(1)}});
            }),
            "TypeError: zip() takes at most 1 keyword argument (2 given)");
  EXPECT_EQ(error_of([] { args_call(map_new, {Value::none()}); }),
            "TypeError: map() must have at least two arguments.");
  EXPECT_EQ(drain(args_call(filter_new, {Value::none(), make_list({I(0), I(1), S(""), S("a")})})), (Strs{"1", "'a'"}));
  EXPECT_EQ(error_of([] { args_call(filter_new, {Value::none()}); }), "TypeError: filter expected 2 arguments, got 1");
  EXPECT_EQ(drain(args_call(reversed_new, {make_range(0, 5, 1)})), (Strs{"4", "3", "2", "1", "0"}));
  EXPECT_EQ(type_name(args_call(reversed_new, {make_range(0, 5, 1)})), "range_iterator");
  EXPECT_EQ(type_name(args_call(reversed_new, {S("ab")})), "reversed");
  EXPECT_EQ(drain(args_call(reversed_new, {S("ab")})), (Strs{"'b'", "'a'"}));
  EXPECT_EQ(type_name(args_call(reversed_new, {a})), "list_reverseiterator");
  EXPECT_EQ(error_of([] { args_call(reversed_new, {make_set()}); }), "TypeError: 'set' object is not reversible");
  EXPECT_EQ(error_of([&] { args_call(reversed_new, {iter(a)}); }),
            "TypeError: 'list_iterator' object is not reversible");
  EXPECT_EQ(error_of([] { args_call(reversed_new, {}); }), "TypeError: reversed expected 1 argument, got 0");
}

}  // namespace
}  // namespace pywalk
