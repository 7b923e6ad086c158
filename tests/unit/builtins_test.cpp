// The builtins module, called through a registered builtins dict as a
// program would. Every expected value and message below was printed by
// CPython 3.11 (python3), e.g. `python3 -c "len()"`.
#include "pywalk/builtins.h"

#include <gtest/gtest.h>

#include <cmath>
#include <cstdio>
#include <functional>
#include <string>
#include <vector>

#include "pywalk/call.h"
#include "pywalk/errors.h"
#include "pywalk/object.h"
#include "pywalk/objects/dict.h"
#include "pywalk/objects/exception.h"
#include "pywalk/objects/int.h"
#include "pywalk/objects/list.h"
#include "pywalk/objects/range.h"
#include "pywalk/objects/str.h"
#include "pywalk/ops.h"

namespace pywalk {
namespace {

Value* g_builtins = nullptr;

class BuiltinsTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    if (!types::object) {
      types::init_builtin_types();
      init_type_methods();
    }
    if (!g_builtins) {
      g_builtins = new Value(make_dict());
      register_builtins(g_builtins->as<DictObject>());
    }
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
Value N() {
  return Value::none();
}
Value L(std::vector<Value> items) {
  return make_list(std::move(items));
}
Value T(std::vector<Value> items) {
  return make_tuple(std::move(items));
}

using Kw = std::vector<std::pair<const char*, Value>>;

Value lookup(const char* name) {
  Value v = g_builtins->as<DictObject>()->get_str(intern(name));
  EXPECT_FALSE(v.is_unbound()) << name;
  return v;
}

// builtins[name](*pos, **kw)
Value callb(const char* name, std::vector<Value> pos = {}, Kw kw = {}) {
  std::vector<Value> kw_values;
  std::vector<StrObject*> kw_names;
  for (auto& [n, v] : kw) {
    kw_names.push_back(intern(n));
    kw_values.push_back(v);
  }
  return call(lookup(name), CallArgs{std::span<const Value>(pos), std::span<const Value>(kw_values),
                                     std::span<StrObject* const>(kw_names)});
}

std::string r(const char* name, std::vector<Value> pos = {}, Kw kw = {}) {
  return repr(callb(name, std::move(pos), std::move(kw)));
}

// "TypeName: message" of the Python exception the call raises, or "no error".
std::string err(const char* name, std::vector<Value> pos = {}, Kw kw = {}) {
  try {
    callb(name, std::move(pos), std::move(kw));
  } catch (const PyException& e) {
    auto* x = e.exc.as<ExceptionObject>();
    return x->type->name + ": " + exception_str(x);
  }
  return "no error";
}

TEST_F(BuiltinsTest, NamesAreRegistered) {
  for (const char* name :
       {"print",         "len",       "range",   "int",        "float",          "str",      "bool",
        "list",          "tuple",     "dict",    "set",        "frozenset",      "type",     "object",
        "slice",         "enumerate", "zip",     "map",        "filter",         "reversed", "ValueError",
        "StopIteration", "OSError",   "IOError", "Ellipsis",   "NotImplemented", "abs",      "min",
        "max",           "sum",       "sorted",  "isinstance", "globals",        "input",    "iter",
        "next"})
    lookup(name);
  EXPECT_EQ(repr(lookup("len")), "<built-in function len>");
  EXPECT_EQ(repr(lookup("ZeroDivisionError")), "<class 'ZeroDivisionError'>");
  EXPECT_TRUE(lookup("IOError").is(lookup("OSError")));
}

TEST_F(BuiltinsTest, ArityMessagesInEachCPythonStyle) {
  EXPECT_EQ(err("len"), "TypeError: len() takes exactly one argument (0 given)");
  EXPECT_EQ(err("len", {I(1), I(2)}), "TypeError: len() takes exactly one argument (2 given)");
  EXPECT_EQ(err("len", {}, {{"x", I(1)}}), "TypeError: len() takes no keyword arguments");
  EXPECT_EQ(err("abs"), "TypeError: abs() takes exactly one argument (0 given)");
  EXPECT_EQ(err("print", {}, {{"sepp", I(1)}}), "TypeError: 'sepp' is an invalid keyword argument for print()");
  EXPECT_EQ(err("sorted"), "TypeError: sorted expected 1 argument, got 0");
  EXPECT_EQ(err("sorted", {L({I(1)})}, {{"foo", I(1)}}), "TypeError: 'foo' is an invalid keyword argument for sort()");
  EXPECT_EQ(err("sorted", {L({})}, {{"key", N()}, {"reverse", B(false)}, {"foo", I(1)}}),
            "TypeError: sort() takes at most 2 keyword arguments (3 given)");
  EXPECT_EQ(err("min"), "TypeError: min expected at least 1 argument, got 0");
  EXPECT_EQ(err("max", {L({I(1)})}, {{"default", I(2)}, {"key", N()}, {"foo", I(3)}}),
            "TypeError: max() takes at most 2 keyword arguments (3 given)");
  EXPECT_EQ(err("sum"), "TypeError: sum() takes at least 1 positional argument (0 given)");
  EXPECT_EQ(err("sum", {L({})}, {{"foo", I(2)}}), "TypeError: 'foo' is an invalid keyword argument for sum()");
  EXPECT_EQ(err("sum", {L({}), I(2), I(3)}), "TypeError: sum() takes at most 2 arguments (3 given)");
  EXPECT_EQ(err("pow"), "TypeError: pow() missing required argument 'base' (pos 1)");
  EXPECT_EQ(err("pow", {I(1)}, {{"foo", I(3)}}), "TypeError: pow() missing required argument 'exp' (pos 2)");
  EXPECT_EQ(err("pow", {I(1), I(2)}, {{"base", I(3)}}),
            "TypeError: argument for pow() given by name ('base') and position (1)");
  EXPECT_EQ(err("pow", {I(1), I(2), I(3), I(4)}), "TypeError: pow() takes at most 3 arguments (4 given)");
  EXPECT_EQ(err("round"), "TypeError: round() missing required argument 'number' (pos 1)");
  EXPECT_EQ(err("isinstance", {I(1)}), "TypeError: isinstance expected 2 arguments, got 1");
  EXPECT_EQ(err("getattr", {I(1)}), "TypeError: getattr expected at least 2 arguments, got 1");
  EXPECT_EQ(err("iter", {I(1), I(2), I(3)}), "TypeError: iter expected at most 2 arguments, got 3");
  EXPECT_EQ(err("next", {}, {{"it", I(1)}}), "TypeError: next() takes no keyword arguments");
  EXPECT_EQ(err("globals", {I(1)}), "TypeError: globals() takes no arguments (1 given)");
  EXPECT_EQ(err("type"), "TypeError: type() takes 1 or 3 arguments");
  EXPECT_EQ(err("type", {I(1)}, {{"x", I(2)}}), "TypeError: type() takes no keyword arguments");
  EXPECT_EQ(err("input", {I(1), I(2)}), "TypeError: input expected at most 1 argument, got 2");
  EXPECT_EQ(err("exit", {I(1), I(2)}),
            "TypeError: Quitter.__call__() takes from 1 to 2 positional arguments but 3 were given");
}

TEST_F(BuiltinsTest, SortedMinMaxSum) {
  Value abs_fn = lookup("abs"), len_fn = lookup("len");
  EXPECT_EQ(r("sorted", {L({I(-3), I(1), I(2)})}, {{"key", abs_fn}}), "[1, 2, -3]");
  EXPECT_EQ(r("sorted", {L({I(-3), I(1), I(2), I(-1)})}, {{"key", abs_fn}, {"reverse", B(true)}}), "[-3, 2, 1, -1]");
  EXPECT_EQ(r("sorted", {S("bca")}), "['a', 'b', 'c']");
  EXPECT_EQ(r("sorted", {L({I(3), I(1)})}, {{"reverse", I(1)}}), "[3, 1]");
  EXPECT_EQ(err("sorted", {L({I(3), I(1)})}, {{"reverse", N()}}),
            "TypeError: 'NoneType' object cannot be interpreted as an integer");
  EXPECT_EQ(err("sorted", {I(1)}, {{"foo", I(1)}}), "TypeError: 'int' object is not iterable");
  EXPECT_EQ(r("max", {L({S("aa"), S("b"), S("cc")})}, {{"key", len_fn}}), "'aa'");
  EXPECT_EQ(r("min", {L({S("aa"), S("b"), S("c")})}, {{"key", len_fn}}), "'b'");
  EXPECT_EQ(r("max", {L({})}, {{"default", N()}}), "None");
  EXPECT_EQ(r("min", {I(3), I(1), I(2)}), "1");
  EXPECT_EQ(r("max", {I(1), F(2.5)}), "2.5");
  EXPECT_EQ(r("max", {L({I(1), B(true)})}), "1");
  EXPECT_EQ(r("min", {L({B(true), I(1)})}), "True");
  EXPECT_EQ(err("min", {L({})}), "ValueError: min() arg is an empty sequence");
  EXPECT_EQ(err("max", {I(1)}), "TypeError: 'int' object is not iterable");
  EXPECT_EQ(err("min", {I(1), I(2)}, {{"default", I(3)}}),
            "TypeError: Cannot specify a default for min() with multiple positional arguments");
  EXPECT_EQ(err("max", {I(1), S("a")}), "TypeError: '>' not supported between instances of 'str' and 'int'");
  EXPECT_EQ(err("min", {I(1), S("a")}), "TypeError: '<' not supported between instances of 'str' and 'int'");
  EXPECT_EQ(r("sum", {L({I(1), F(2.5)})}), "3.5");
  EXPECT_EQ(r("sum", {L({F(0.1), F(0.1), F(0.1), F(0.1), F(0.1), F(0.1), F(0.1), F(0.1), F(0.1), F(0.1)})}),
            "0.9999999999999999");
  EXPECT_EQ(r("sum", {L({L({I(1)}), L({I(2)})}), L({})}), "[1, 2]");
  EXPECT_EQ(r("sum", {make_range(0, 10, 1), I(100)}), "145");
  EXPECT_EQ(r("sum", {L({I(int64_t(1) << 62), I(int64_t(1) << 62)})}), "9223372036854775808");
  EXPECT_EQ(r("sum", {L({I(1)})}, {{"start", I(10)}}), "11");
  EXPECT_EQ(err("sum", {L({S("a")}), S("")}), "TypeError: sum() can't sum strings [use ''.join(seq) instead]");
  EXPECT_EQ(err("sum", {L({S("a"), S("b")})}), "TypeError: unsupported operand type(s) for +: 'int' and 'str'");
  EXPECT_EQ(r("any", {L({})}), "False");
  EXPECT_EQ(r("any", {L({I(0), I(2)})}), "True");
  EXPECT_EQ(r("all", {L({I(1), I(0)})}), "False");
  EXPECT_EQ(r("all", {L({})}), "True");
}

TEST_F(BuiltinsTest, NumericBuiltins) {
  EXPECT_EQ(r("abs", {I(INT64_MIN)}), "9223372036854775808");
  EXPECT_EQ(r("abs", {F(-0.0)}), "0.0");
  EXPECT_EQ(r("abs", {B(true)}), "1");
  EXPECT_EQ(err("abs", {S("a")}), "TypeError: bad operand type for abs(): 'str'");
  EXPECT_EQ(r("divmod", {I(-7), I(2)}), "(-4, 1)");
  EXPECT_EQ(r("divmod", {F(7.5), I(-2)}), "(-4.0, -0.5)");
  EXPECT_EQ(r("divmod", {B(true), I(2)}), "(0, 1)");
  EXPECT_EQ(r("divmod", {callb("pow", {I(-2), I(70)}), I(3)}), "(393530540239137101141, 1)");
  EXPECT_EQ(err("divmod", {I(1), I(0)}), "ZeroDivisionError: integer division or modulo by zero");
  EXPECT_EQ(err("divmod", {F(1.0), I(0)}), "ZeroDivisionError: float divmod()");
  EXPECT_EQ(err("divmod", {S("a"), I(1)}), "TypeError: unsupported operand type(s) for divmod(): 'str' and 'int'");
  EXPECT_EQ(r("pow", {I(2), I(3), I(5)}), "3");
  EXPECT_EQ(r("pow", {I(2), I(-1), I(5)}), "3");
  EXPECT_EQ(r("pow", {I(-2), I(3), I(-5)}), "-3");
  EXPECT_EQ(r("pow", {I(2), I(3), N()}), "8");
  EXPECT_EQ(r("pow", {}, {{"base", I(2)}, {"exp", I(3)}}), "8");
  EXPECT_EQ(err("pow", {I(2), I(-1), I(4)}), "ValueError: base is not invertible for the given modulus");
  EXPECT_EQ(err("pow", {I(2), I(3), I(0)}), "ValueError: pow() 3rd argument cannot be 0");
  EXPECT_EQ(err("pow", {F(2.0), I(3), I(5)}),
            "TypeError: pow() 3rd argument not allowed unless all arguments are integers");
  EXPECT_EQ(err("pow", {S("a"), I(3), I(5)}),
            "TypeError: unsupported operand type(s) for ** or pow(): 'str', 'int', 'int'");
  EXPECT_EQ(r("round", {F(2.5)}), "2");
  EXPECT_EQ(r("round", {F(-0.5)}), "0");
  EXPECT_EQ(r("round", {F(2.675), I(2)}), "2.67");
  EXPECT_EQ(r("round", {F(2.5), I(0)}), "2.0");
  EXPECT_EQ(r("round", {I(25), I(-1)}), "20");
  EXPECT_EQ(r("round", {I(35), I(-1)}), "40");
  EXPECT_EQ(r("round", {I(-25), I(-1)}), "-20");
  EXPECT_EQ(r("round", {I(12345), I(-2)}), "12300");
  EXPECT_EQ(r("round", {I(5), I(-100)}), "0");
  EXPECT_EQ(r("round", {F(1e20)}), "100000000000000000000");
  EXPECT_EQ(r("round", {B(true), I(1)}), "1");
  EXPECT_EQ(r("round", {}, {{"number", F(1.5)}, {"ndigits", I(0)}}), "2.0");
  EXPECT_EQ(err("round", {F(INFINITY)}), "OverflowError: cannot convert float infinity to integer");
  EXPECT_EQ(err("round", {F(NAN)}), "ValueError: cannot convert float NaN to integer");
  EXPECT_EQ(err("round", {S("a")}), "TypeError: type str doesn't define __round__ method");
  EXPECT_EQ(err("round", {F(1.5), F(1.0)}), "TypeError: 'float' object cannot be interpreted as an integer");
  EXPECT_EQ(r("hex", {I(-31)}), "'-0x1f'");
  EXPECT_EQ(r("oct", {I(-8)}), "'-0o10'");
  EXPECT_EQ(r("bin", {I(-5)}), "'-0b101'");
  EXPECT_EQ(r("bin", {I(0)}), "'0b0'");
  EXPECT_EQ(r("hex", {callb("pow", {I(2), I(70)})}), "'0x400000000000000000'");
  EXPECT_EQ(err("hex", {F(1.5)}), "TypeError: 'float' object cannot be interpreted as an integer");
  EXPECT_EQ(r("chr", {I(233)}), "'\xc3\xa9'");
  EXPECT_EQ(err("chr", {I(0x110000)}), "ValueError: chr() arg not in range(0x110000)");
  EXPECT_EQ(err("chr", {I(-1)}), "ValueError: chr() arg not in range(0x110000)");
  EXPECT_EQ(err("chr", {I(int64_t(1) << 31)}), "OverflowError: Python int too large to convert to C int");
  EXPECT_EQ(r("ord", {S("\xf0\x9f\x98\x80")}), "128512");
  EXPECT_EQ(err("ord", {S("ab")}), "TypeError: ord() expected a character, but string of length 2 found");
  EXPECT_EQ(err("ord", {I(1)}), "TypeError: ord() expected string of length 1, but int found");
}

TEST_F(BuiltinsTest, TypesAndAttributes) {
  Value int_t = lookup("int"), str_t = lookup("str"), float_t = lookup("float");
  EXPECT_EQ(r("type", {I(1)}), "<class 'int'>");
  EXPECT_EQ(r("type", {lookup("len")}), "<class 'builtin_function_or_method'>");
  EXPECT_EQ(r("type", {lookup("type")}), "<class 'type'>");
  EXPECT_EQ(r("isinstance", {B(true), int_t}), "True");
  EXPECT_EQ(r("isinstance", {I(1), T({str_t, T({float_t, int_t})})}), "True");
  EXPECT_EQ(r("isinstance", {F(1.0), int_t}), "False");
  EXPECT_EQ(r("isinstance", {I(1), T({int_t, I(2)})}), "True");
  EXPECT_EQ(err("isinstance", {I(1), T({str_t, I(2)})}),
            "TypeError: isinstance() arg 2 must be a type, a tuple of types, or a union");
  EXPECT_EQ(r("issubclass", {lookup("bool"), int_t}), "True");
  EXPECT_EQ(r("issubclass", {lookup("KeyError"), lookup("LookupError")}), "True");
  EXPECT_EQ(err("issubclass", {I(1), int_t}), "TypeError: issubclass() arg 1 must be a class");
  EXPECT_EQ(err("issubclass", {int_t, I(3)}),
            "TypeError: issubclass() arg 2 must be a class, a tuple of classes, or a union");
  EXPECT_EQ(r("callable", {lookup("len")}), "True");
  EXPECT_EQ(r("callable", {int_t}), "True");
  EXPECT_EQ(r("callable", {I(1)}), "False");
  EXPECT_EQ(r("getattr", {I(1), S("x"), I(5)}), "5");
  EXPECT_EQ(err("getattr", {I(1), S("x")}), "AttributeError: 'int' object has no attribute 'x'");
  EXPECT_EQ(err("getattr", {I(1), I(2)}), "TypeError: attribute name must be string, not 'int'");
  EXPECT_EQ(r("hasattr", {S("a"), S("upper")}), "True");
  EXPECT_EQ(r("hasattr", {I(1), S("nope")}), "False");
  EXPECT_EQ(err("vars", {I(1)}), "TypeError: vars() argument must have __dict__ attribute");
  EXPECT_EQ(r("hash", {I(-1)}), "-2");
  EXPECT_EQ(r("hash", {F(1.5)}), "1152921504606846977");
  EXPECT_EQ(err("hash", {L({})}), "TypeError: unhashable type: 'list'");
  EXPECT_EQ(r("id", {I(5)}), r("id", {I(5)}));
  EXPECT_NE(r("id", {I(5)}), r("id", {F(5.0)}));
  EXPECT_EQ(r("repr", {S("x")}), "\"'x'\"");
  EXPECT_EQ(r("ascii", {S("\xc3\xa9")}), "\"'\\\\xe9'\"");
  EXPECT_EQ(r("format", {F(3.14159), S(".2f")}), "'3.14'");
  EXPECT_EQ(r("format", {I(255), S("#x")}), "'0xff'");
  EXPECT_EQ(err("format", {I(3), I(5)}), "TypeError: format() argument 2 must be str, not int");
  EXPECT_EQ(err("format", {L({I(1)}), S("x")}), "TypeError: unsupported format string passed to list.__format__");
  EXPECT_EQ(repr(builtin_data_attr(make_range(1, 5, 2), "stop")), "5");
  EXPECT_EQ(repr(builtin_data_attr(F(1.5), "imag")), "0.0");
  EXPECT_TRUE(builtin_data_attr(I(1), "start").is_unbound());
}

TEST_F(BuiltinsTest, IterationBuiltins) {
  Value pop = getattr(L({I(3), I(0), I(1), I(2)}), intern("pop"));
  EXPECT_EQ(r("list", {callb("iter", {pop, I(0)})}), "[2, 1]");
  EXPECT_EQ(type_name(callb("iter", {pop, I(0)})), "callable_iterator");
  EXPECT_EQ(err("iter", {I(1), I(2)}), "TypeError: iter(v, w): v must be callable");
  EXPECT_EQ(err("iter", {I(1)}), "TypeError: 'int' object is not iterable");
  EXPECT_EQ(r("next", {callb("iter", {L({})}), S("done")}), "'done'");
  EXPECT_EQ(err("next", {callb("iter", {L({})})}), "StopIteration: ");
  EXPECT_EQ(err("next", {L({I(1)})}), "TypeError: 'list' object is not an iterator");
  EXPECT_EQ(r("list", {callb("map", {lookup("pow"), L({I(1), I(2)}), L({I(3), I(4), I(5)})})}), "[1, 16]");
  EXPECT_EQ(r("list", {callb("zip", {})}), "[]");
  EXPECT_EQ(r("list", {callb("enumerate", {}, {{"iterable", S("ab")}, {"start", I(1)}})}), "[(1, 'a'), (2, 'b')]");
  EXPECT_EQ(r("list", {callb("enumerate", {}, {{"start", I(1)}, {"iterable", S("ab")}})}), "[(1, 'a'), (2, 'b')]");
}

TEST_F(BuiltinsTest, PrintWritesPiecesAndChecksOptions) {
  testing::internal::CaptureStdout();
  callb("print", {I(1), S("a"), N()});
  callb("print", {S("a"), S("b")}, {{"sep", S("-")}, {"end", S("!\n")}});
  callb("print", {I(1), I(2)}, {{"sep", N()}, {"end", N()}, {"flush", B(true)}});
  callb("print");
  std::fflush(stdout);
  EXPECT_EQ(testing::internal::GetCapturedStdout(), "1 a None\na-b!\n1 2\n\n");
  EXPECT_EQ(err("print", {I(1)}, {{"sep", I(3)}}), "TypeError: sep must be None or a string, not int");
  EXPECT_EQ(err("print", {I(1)}, {{"end", I(3)}}), "TypeError: end must be None or a string, not int");
  EXPECT_EQ(err("print", {I(1)}, {{"file", I(1)}}), "AttributeError: 'int' object has no attribute 'write'");
  EXPECT_EQ(err("print", {}, {{"sep", S(" ")}, {"end", S("")}, {"file", N()}, {"flush", B(false)}, {"x", I(5)}}),
            "TypeError: 'x' is an invalid keyword argument for print()");
}

}  // namespace
}  // namespace pywalk
