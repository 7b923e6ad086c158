// Built-in modules: SHA-512, the Mersenne Twister's seeding, math results,
// argument binding messages, and a few module functions called from C++.
// Expected values come from CPython 3.11 (python3 -c ...).
#include <gtest/gtest.h>

#include <array>
#include <string>

#include "pywalk/call.h"
#include "pywalk/errors.h"
#include "pywalk/modules/native.h"
#include "pywalk/modules/random.h"
#include "pywalk/objects/exception.h"
#include "pywalk/objects/int.h"
#include "pywalk/objects/list.h"
#include "pywalk/objects/module.h"
#include "pywalk/objects/str.h"
#include "pywalk/ops.h"
#include "pywalk/pywalk.h"

namespace pywalk {
namespace {

class ModulesTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    if (!types::object) {
      init_runtime();
    } else {  // another suite started the runtime without the modules
      register_builtin_modules();
    }
  }

  static Value fn(const char* module, const char* name) { return getattr(import_module(module), intern(name)); }

  static std::string hex(const std::array<uint8_t, 64>& d) {
    static const char* digits = "0123456789abcdef";
    std::string s;
    for (uint8_t b : d) {
      s += digits[b >> 4];
      s += digits[b & 15];
    }
    return s;
  }

  // The message of the TypeError `f` raises.
  template <class F>
  static std::string type_error(F&& f) {
    try {
      f();
    } catch (PyException& e) {
      EXPECT_TRUE(type_of(e.exc)->is_subtype_of(exc::TypeError));
      return exception_str(e.exc.as<ExceptionObject>());
    }
    return "no exception";
  }
};

TEST_F(ModulesTest, Sha512KnownVectors) {
  using random_detail::sha512;
  EXPECT_EQ(hex(sha512("abc")),
            "ddaf35a193617abacc417349ae20413112e6fa4e89a97ea20a9eeee64b55d39a"
            "2192992a274fc1a836ba3c23a3feebbd454d4423643ce80e2a9ac94fa54ca49f");
  EXPECT_EQ(hex(sha512("")).substr(0, 32), "cf83e1357eefb8bdf1542850d66d8007");
  EXPECT_EQ(hex(sha512(std::string(200, 'a'))).substr(0, 32), "4b11459c33f52a22ee8236782714c150");
}

TEST_F(ModulesTest, MersenneTwisterSeeding) {
  using random_detail::RandomObject;
  auto r = make<RandomObject>(random_detail::random_type());
  r->seed(Value::integer(42), 2);
  EXPECT_EQ(repr(r->getrandbits(32)), "2746317213");
  EXPECT_EQ(repr(r->getrandbits(32)), "478163327");
  r->seed(make_str("hello"), 2);
  EXPECT_EQ(repr(r->getrandbits(32)), "1519453933");
  r->seed(Value::integer((int64_t(1) << 40) + 3), 2);
  EXPECT_EQ(repr(Value::floating(r->random())), "0.21978710637116716");
}

TEST_F(ModulesTest, MathMatchesCPython) {
  Value big = binary_op(BinOpKind::Pow, Value::integer(10), Value::integer(400));
  EXPECT_EQ(repr(call1(fn("math", "log"), big)), "921.0340371976182");
  Value p = binary_op(BinOpKind::Pow, Value::integer(3), Value::integer(700));
  EXPECT_EQ(repr(call1(fn("math", "log2"), p)), "1109.4737505048092");
  std::vector<Value> coords = {Value::integer(1), Value::integer(2), Value::integer(3)};
  EXPECT_EQ(repr(call(fn("math", "hypot"), modules::positional_args(coords))), "3.7416573867739413");
  std::vector<Value> tenths(10, Value::floating(0.1));
  EXPECT_EQ(repr(call1(fn("math", "fsum"), make_list(tenths))), "1.0");
  EXPECT_EQ(repr(call1(fn("math", "factorial"), Value::integer(25))), "15511210043330985984000000");
}

TEST_F(ModulesTest, PythonStyleArgumentMessages) {
  static constexpr std::array<const char*, 2> kNames = {"a", "b"};
  Value out[2];
  std::vector<Value> three = {Value::integer(1), Value::integer(2), Value::integer(3)};
  EXPECT_EQ(type_error([&] { modules::bind_py_args("f", modules::positional_args(three), kNames, 1, out); }),
            "f() takes from 1 to 2 positional arguments but 3 were given");
  EXPECT_EQ(type_error([&] { modules::bind_py_args("f", CallArgs{}, kNames, 2, out); }),
            "f() missing 2 required positional arguments: 'a' and 'b'");
  EXPECT_EQ(type_error([&] { modules::bind_py_args("R.m", modules::positional_args(three), kNames, 2, out, 1); }),
            "R.m() takes 3 positional arguments but 4 were given");
}

TEST_F(ModulesTest, PartialReprAndCall) {
  Value partial = fn("functools", "partial");
  std::vector<Value> args = {fn("math", "pow"), Value::integer(2)};
  Value p = call(partial, modules::positional_args(args));
  EXPECT_EQ(repr(p), "functools.partial(<built-in function pow>, 2)");
  EXPECT_EQ(repr(call1(p, Value::integer(10))), "1024.0");
}

TEST_F(ModulesTest, ItertoolsIteratorsAreLazy) {
  Value count = call0(fn("itertools", "count"));
  EXPECT_EQ(repr(next(count)), "0");
  EXPECT_EQ(repr(next(count)), "1");
  Value isl = call2(fn("itertools", "islice"), count, Value::integer(3));
  EXPECT_EQ(repr(make_list(to_vector(isl))), "[2, 3, 4]");
  EXPECT_EQ(repr(next(count)), "5");
}

}  // namespace
}  // namespace pywalk
