// Unit tests for pywalk::num (BigInt, float formatting, format specs).
// Every expected value below was printed by CPython 3.11.
#include <gtest/gtest.h>

#include <cmath>
#include <limits>
#include <string>

#include "pywalk/num/bigint.h"
#include "pywalk/num/float_format.h"
#include "pywalk/num/format_spec.h"

using namespace pywalk::num;

namespace {

BigInt big(const char* s) { return BigInt::from_string(s, 10); }

// Runs f and returns "Kind: message" of the NumError it throws ("" if none).
template <class F>
std::string error_of(F f) {
  try {
    f();
  } catch (const NumError& e) {
    const char* k = "?";
    switch (e.kind) {
      case Kind::ValueError: k = "ValueError"; break;
      case Kind::TypeError: k = "TypeError"; break;
      case Kind::OverflowError: k = "OverflowError"; break;
      case Kind::ZeroDivisionError: k = "ZeroDivisionError"; break;
      case Kind::MemoryError: k = "MemoryError"; break;
    }
    return std::string(k) + ": " + e.message;
  }
  return "";
}

std::string fmt_i(const BigInt& v, const char* spec) { return format_int(v, parse_format_spec(spec, 'd'), "int"); }
std::string fmt_f(double v, const char* spec) { return format_float(v, parse_format_spec(spec, '\0'), "float"); }
std::string fmt_s(const char* v, const char* spec) { return format_str(v, parse_format_spec(spec, 's'), "str"); }

}  // namespace

// ---------------------------------------------------------------- BigInt

TEST(BigInt, Int64Interop) {
  BigInt a(INT64_MAX);
  EXPECT_TRUE(a.fits_int64());
  EXPECT_EQ(a.to_int64(), INT64_MAX);
  BigInt b = add(a, BigInt(1));
  EXPECT_FALSE(b.fits_int64());
  EXPECT_EQ(b.to_string(), "9223372036854775808");
  BigInt c(INT64_MIN);
  EXPECT_TRUE(c.fits_int64());
  EXPECT_FALSE(sub(c, BigInt(1)).fits_int64());
  BigInt copy = b;
  BigInt moved = std::move(copy);
  EXPECT_EQ(moved, b);
  copy = moved;
  EXPECT_EQ(copy.compare(b), 0);
  EXPECT_EQ(BigInt(5).compare(BigInt(7)), -1);
  EXPECT_EQ(compare(BigInt(7), BigInt(5)), 1);
  EXPECT_EQ(BigInt(-3).sign(), -1);
  EXPECT_TRUE(BigInt(0).is_zero());
}

TEST(BigInt, Arithmetic) {
  BigInt p = pow(BigInt(2), BigInt(200));
  EXPECT_EQ(p.to_string(), "1606938044258990275541962092341162602522202993782792835301376");
  EXPECT_EQ(pow(BigInt(5), BigInt(100)).to_string(),
            "7888609052210118054117285652827862296732064351090230047702789306640625");
  EXPECT_EQ(pow(BigInt(-3), BigInt(41)).to_string(), "-36472996377170786403");
  EXPECT_EQ(pow(BigInt(-1), big("100000000000000000000001")).to_string(), "-1");
  BigInt t30 = pow(BigInt(10), BigInt(30));
  EXPECT_EQ(floordiv(t30, BigInt(7)).to_string(), "142857142857142857142857142857");
  EXPECT_EQ(floordiv(neg(t30), BigInt(7)).to_string(), "-142857142857142857142857142858");
  EXPECT_EQ(mod(neg(t30), BigInt(7)).to_string(), "6");
  EXPECT_EQ(mod(t30, BigInt(-7)).to_string(), "-6");
  auto [q, r] = divmod(neg(pow(BigInt(10), BigInt(25))), pow(BigInt(10), BigInt(12)));
  EXPECT_EQ(q.to_string(), "-10000000000000");
  EXPECT_EQ(r.to_string(), "0");
  EXPECT_EQ(abs(BigInt(-5)).to_string(), "5");
  EXPECT_EQ(mul(p, p).bit_length(), 401u);
  EXPECT_EQ(error_of([&] { floordiv(p, BigInt(0)); }), "ZeroDivisionError: integer division or modulo by zero");
  EXPECT_EQ(error_of([&] { mod(p, BigInt(0)); }), "ZeroDivisionError: integer modulo by zero");
  EXPECT_EQ(error_of([&] { divmod(p, BigInt(0)); }), "ZeroDivisionError: integer division or modulo by zero");
}

TEST(BigInt, PowMod) {
  EXPECT_EQ(pow_mod(BigInt(3), BigInt(-1), BigInt(7)).to_string(), "5");
  EXPECT_EQ(pow_mod(BigInt(-3), BigInt(-1), BigInt(7)).to_string(), "2");
  EXPECT_EQ(pow_mod(BigInt(3), BigInt(-2), BigInt(-7)).to_string(), "-3");
  EXPECT_EQ(pow_mod(BigInt(3), BigInt(1), BigInt(-7)).to_string(), "-4");
  EXPECT_EQ(pow_mod(BigInt(-7), BigInt(3), BigInt(-5)).to_string(), "-3");
  EXPECT_EQ(pow_mod(BigInt(0), BigInt(0), BigInt(1)).to_string(), "0");
  EXPECT_EQ(pow_mod(BigInt(5), BigInt(-1), BigInt(1)).to_string(), "0");
  EXPECT_EQ(pow_mod(BigInt(2), pow(BigInt(10), BigInt(30)), BigInt(7)).to_string(), "2");
  EXPECT_EQ(error_of([] { pow_mod(BigInt(2), BigInt(-1), BigInt(4)); }),
            "ValueError: base is not invertible for the given modulus");
  EXPECT_EQ(error_of([] { pow_mod(BigInt(3), BigInt(2), BigInt(0)); }), "ValueError: pow() 3rd argument cannot be 0");
}

TEST(BigInt, ShiftsAndBits) {
  EXPECT_EQ(lshift(BigInt(1), 100).to_string(16), "10000000000000000000000000");
  EXPECT_EQ(rshift(BigInt(-5), 1).to_string(), "-3");
  EXPECT_EQ(rshift(BigInt(1), pow(BigInt(10), BigInt(30))).to_string(), "0");
  EXPECT_EQ(rshift(BigInt(-1), pow(BigInt(10), BigInt(30))).to_string(), "-1");
  EXPECT_EQ(lshift(BigInt(0), pow(BigInt(10), BigInt(30))).to_string(), "0");
  EXPECT_EQ(error_of([] { lshift(BigInt(1), BigInt(-1)); }), "ValueError: negative shift count");
  EXPECT_EQ(error_of([] { rshift(BigInt(1), BigInt(-1)); }), "ValueError: negative shift count");
  EXPECT_EQ(error_of([] { lshift(BigInt(1), pow(BigInt(10), BigInt(20))); }),
            "OverflowError: too many digits in integer");
  EXPECT_EQ(error_of([] { lshift(BigInt(1), pow(BigInt(2), BigInt(40))); }), "MemoryError: ");
  EXPECT_EQ(error_of([] { lshift(BigInt(1), pow(BigInt(2), BigInt(63))); }), "MemoryError: ");
  EXPECT_EQ(error_of([] { lshift(BigInt(1), pow(BigInt(2), BigInt(64))); }), "MemoryError: ");
  EXPECT_EQ(error_of([] { lshift(BigInt(1), pow(BigInt(10), BigInt(30))); }),
            "OverflowError: too many digits in integer");
  EXPECT_EQ(error_of([] { pow(BigInt(2), pow(BigInt(2), BigInt(40))); }), "MemoryError: ");
  EXPECT_EQ(error_of([] { pow(BigInt(3), pow(BigInt(10), BigInt(20))); }), "MemoryError: ");
  BigInt a = neg(pow(BigInt(2), BigInt(70)));
  EXPECT_EQ(bit_and(a, BigInt(12345)).to_string(), "0");
  EXPECT_EQ(bit_or(a, BigInt(5)).to_string(), "-1180591620717411303419");
  EXPECT_EQ(bit_xor(BigInt(-1), BigInt(6)).to_string(), "-7");
  EXPECT_EQ(invert(a).to_string(), "1180591620717411303423");
  EXPECT_EQ(BigInt(0).bit_length(), 0u);
  EXPECT_EQ(a.bit_length(), 71u);
}

TEST(BigInt, ToString) {
  EXPECT_EQ(pow(BigInt(2), BigInt(100)).to_string(16), "10000000000000000000000000");
  EXPECT_EQ(neg(pow(BigInt(2), BigInt(70))).to_string(8), "-200000000000000000000000");
  EXPECT_EQ(BigInt(1295).to_string(36), "zz");
  BigInt ok = sub(pow(BigInt(10), BigInt(4300)), BigInt(1));  // 4300 digits
  EXPECT_EQ(ok.to_string().size(), 4300u);
  EXPECT_EQ(neg(ok).to_string().size(), 4301u);
  EXPECT_EQ(error_of([] { pow(BigInt(10), BigInt(5000)).to_string(); }),
            "ValueError: Exceeds the limit (4300 digits) for integer string conversion; "
            "use sys.set_int_max_str_digits() to increase the limit");
  EXPECT_EQ(error_of([] { pow(BigInt(10), BigInt(4300)).to_string(); }),
            "ValueError: Exceeds the limit (4300 digits) for integer string conversion; "
            "use sys.set_int_max_str_digits() to increase the limit");
  EXPECT_EQ(pow(BigInt(10), BigInt(5000)).to_string(16).size(), 4153u);
}

TEST(BigInt, FromString) {
  EXPECT_EQ(BigInt::from_string("0x_dead_beef", 0).to_string(), "3735928559");
  EXPECT_EQ(BigInt::from_string(" -0b101 ", 0).to_string(), "-5");
  EXPECT_EQ(BigInt::from_string("zz", 36).to_string(), "1295");
  EXPECT_EQ(BigInt::from_string("Z", 36).to_string(), "35");
  EXPECT_EQ(BigInt::from_string("abc", 16).to_string(), "2748");
  EXPECT_EQ(BigInt::from_string("0b1", 16).to_string(), "177");
  EXPECT_EQ(BigInt::from_string("0b1", 12).to_string(), "133");
  EXPECT_EQ(BigInt::from_string("0x_1f", 16).to_string(), "31");
  EXPECT_EQ(BigInt::from_string("0_0", 0).to_string(), "0");
  EXPECT_EQ(BigInt::from_string("00", 0).to_string(), "0");
  EXPECT_EQ(BigInt::from_string("+1_0", 10).to_string(), "10");
  EXPECT_EQ(BigInt::from_string("\t12\n", 10).to_string(), "12");
  EXPECT_EQ(BigInt::from_string("\u00a012\u3000", 10).to_string(), "12");
  EXPECT_EQ(BigInt::from_string("\u0661\u0662\u0663", 10).to_string(), "123");
  EXPECT_EQ(BigInt::from_string("123456789012345678901234567890", 10).to_string(), "123456789012345678901234567890");
  auto inv = [](const char* s, int base) { return error_of([&] { BigInt::from_string(s, base); }); };
  EXPECT_EQ(inv("abc", 10), "ValueError: invalid literal for int() with base 10: 'abc'");
  EXPECT_EQ(inv(" abc ", 10), "ValueError: invalid literal for int() with base 10: ' abc '");
  EXPECT_EQ(inv("abc", 0), "ValueError: invalid literal for int() with base 0: 'abc'");
  EXPECT_EQ(inv("010", 0), "ValueError: invalid literal for int() with base 0: '010'");
  EXPECT_EQ(inv("0x1f", 10), "ValueError: invalid literal for int() with base 10: '0x1f'");
  EXPECT_EQ(inv("0b1", 11), "ValueError: invalid literal for int() with base 11: '0b1'");
  EXPECT_EQ(inv("_1", 10), "ValueError: invalid literal for int() with base 10: '_1'");
  EXPECT_EQ(inv("1_", 10), "ValueError: invalid literal for int() with base 10: '1_'");
  EXPECT_EQ(inv("1__1", 10), "ValueError: invalid literal for int() with base 10: '1__1'");
  EXPECT_EQ(inv("- 1", 10), "ValueError: invalid literal for int() with base 10: '- 1'");
  EXPECT_EQ(inv("", 10), "ValueError: invalid literal for int() with base 10: ''");
  EXPECT_EQ(inv("0x", 16), "ValueError: invalid literal for int() with base 16: '0x'");
  EXPECT_EQ(inv("0x_", 16), "ValueError: invalid literal for int() with base 16: '0x_'");
  EXPECT_EQ(inv("0_x1", 16), "ValueError: invalid literal for int() with base 16: '0_x1'");
  EXPECT_EQ(inv("1\x1c", 10), "ValueError: invalid literal for int() with base 10: '1\\x1c'");
  EXPECT_EQ(inv("\xc3\xa9", 10), "ValueError: invalid literal for int() with base 10: '\xc3\xa9'");
  EXPECT_EQ(inv("a'b", 10), "ValueError: invalid literal for int() with base 10: \"a'b\"");
  EXPECT_EQ(inv("a\"b'", 10), "ValueError: invalid literal for int() with base 10: 'a\"b\\''");
  EXPECT_EQ(inv("1", 37), "ValueError: int() base must be >= 2 and <= 36, or 0");
  EXPECT_EQ(inv("1", 1), "ValueError: int() base must be >= 2 and <= 36, or 0");
  std::string xs(300, 'x');
  EXPECT_EQ(inv(xs.c_str(), 10), "ValueError: invalid literal for int() with base 10: '" + std::string(199, 'x'));
  const std::string limit_tail = " digits; use sys.set_int_max_str_digits() to increase the limit";
  const std::string limit_head = "ValueError: Exceeds the limit (4300 digits) for integer string conversion: value has ";
  EXPECT_EQ(inv(std::string(5000, '1').c_str(), 10), limit_head + "5000" + limit_tail);
  EXPECT_EQ(inv(std::string(4301, '0').c_str(), 10), limit_head + "4301" + limit_tail);
  EXPECT_EQ(inv((std::string(5000, '1') + "x").c_str(), 10), limit_head + "5000" + limit_tail);
  EXPECT_EQ(inv(std::string(5000, '1').c_str(), 3), limit_head + "5000" + limit_tail);
  EXPECT_EQ(BigInt::from_string(std::string(4301, '1'), 16).bit_length(), 17201u);
  EXPECT_EQ(BigInt::from_string(" -" + std::string(4300, '1') + " ", 10).sign(), -1);
}

TEST(BigInt, FloatConversions) {
  EXPECT_EQ(float_repr(add(pow(BigInt(2), BigInt(64)), BigInt(2048)).to_double()), "1.8446744073709552e+19");
  EXPECT_EQ(float_repr(add(pow(BigInt(2), BigInt(64)), BigInt(2049)).to_double()), "1.8446744073709556e+19");
  EXPECT_EQ(float_repr(neg(pow(BigInt(2), BigInt(200))).to_double()), "-1.6069380442589903e+60");
  EXPECT_EQ(float_repr(add(pow(BigInt(2), BigInt(53)), BigInt(1)).to_double()), "9007199254740992.0");
  BigInt near_max = sub(pow(BigInt(2), BigInt(1024)), pow(BigInt(2), BigInt(971)));
  EXPECT_EQ(float_repr(near_max.to_double()), "1.7976931348623157e+308");
  BigInt rounds_up = sub(pow(BigInt(2), BigInt(1024)), pow(BigInt(2), BigInt(970)));
  EXPECT_EQ(error_of([&] { rounds_up.to_double(); }), "OverflowError: int too large to convert to float");
  EXPECT_EQ(error_of([] { pow(BigInt(10), BigInt(400)).to_double(); }),
            "OverflowError: int too large to convert to float");

  BigInt t30 = pow(BigInt(10), BigInt(30));
  EXPECT_EQ(float_repr(BigInt::true_divide(t30, BigInt(3))), "3.333333333333333e+29");
  BigInt p999 = pow(BigInt(2), BigInt(999));
  EXPECT_EQ(float_repr(BigInt::true_divide(add(mul(p999, BigInt(2)), BigInt(1)), p999)), "2.0");
  EXPECT_EQ(float_repr(BigInt::true_divide(neg(pow(BigInt(2), BigInt(1000))), BigInt(-3))),
            "3.5716953572875575e+300");
  EXPECT_EQ(float_repr(BigInt::true_divide(BigInt(1), mul(BigInt(3), pow(BigInt(2), BigInt(1070))))), "2.5e-323");
  EXPECT_EQ(float_repr(BigInt::true_divide(BigInt(3), pow(BigInt(2), BigInt(1076)))), "5e-324");
  EXPECT_EQ(float_repr(BigInt::true_divide(BigInt(1), pow(BigInt(2), BigInt(1075)))), "0.0");
  EXPECT_EQ(float_repr(BigInt::true_divide(BigInt(-1), pow(BigInt(10), BigInt(400)))), "-0.0");
  EXPECT_EQ(float_repr(BigInt::true_divide(add(pow(BigInt(2), BigInt(53)), BigInt(1)), BigInt(1))),
            "9007199254740992.0");
  EXPECT_EQ(error_of([] { BigInt::true_divide(BigInt(1), BigInt(0)); }), "ZeroDivisionError: division by zero");
  EXPECT_EQ(error_of([] { BigInt::true_divide(pow(BigInt(2), BigInt(1100)), BigInt(3)); }),
            "OverflowError: integer division result too large for a float");

  EXPECT_EQ(BigInt::from_double(2.5e20).to_string(), "250000000000000000000");
  EXPECT_EQ(BigInt::from_double(-2.9).to_string(), "-2");
  EXPECT_EQ(mod(BigInt::from_double(-1e300), BigInt(1000)).to_string(), "840");
  EXPECT_EQ(error_of([] { BigInt::from_double(HUGE_VAL); }), "OverflowError: cannot convert float infinity to integer");
  EXPECT_EQ(error_of([] { BigInt::from_double(std::nan("")); }), "ValueError: cannot convert float NaN to integer");
}

TEST(BigInt, Hash) {
  EXPECT_EQ(hash_int64(-1), -2);
  EXPECT_EQ(hash_int64(5), 5);
  EXPECT_EQ(hash_int64(INT64_MIN), -4);
  EXPECT_EQ(hash_int64((int64_t(1) << 61) - 1), 0);
  EXPECT_EQ(hash_int64(int64_t(1) << 61), 1);
  EXPECT_EQ(hash_int64(-(int64_t(1) << 61)), -2);
  EXPECT_EQ(hash_int64((int64_t(1) << 61) - 2), 2305843009213693950);
  EXPECT_EQ(BigInt(-1).py_hash(), -2);
  EXPECT_EQ(pow(BigInt(2), BigInt(100)).py_hash(), 549755813888);
  EXPECT_EQ(neg(pow(BigInt(2), BigInt(100))).py_hash(), -549755813888);
  EXPECT_EQ(pow(BigInt(10), BigInt(40)).py_hash(), 1388497483929617590);
  EXPECT_EQ(neg(pow(BigInt(10), BigInt(40))).py_hash(), -1388497483929617590);
  EXPECT_EQ(pow(BigInt(2), BigInt(63)).py_hash(), 4);
  EXPECT_EQ(hash_double(1.5), 1152921504606846977);
  EXPECT_EQ(hash_double(-1.0), -2);
  EXPECT_EQ(hash_double(HUGE_VAL), 314159);
  EXPECT_EQ(hash_double(-HUGE_VAL), -314159);
  EXPECT_EQ(hash_double(1e300), 1224995262755759164);
  EXPECT_EQ(hash_double(1e100), 1822893315824342674);
  EXPECT_EQ(hash_double(-2.5), -1152921504606846978);
  EXPECT_EQ(hash_double(1e-300), 482449582752280463);
  EXPECT_EQ(hash_double(-0.0), 0);
  EXPECT_EQ(hash_double(0.1), 230584300921369408);
  EXPECT_EQ(hash_double(std::nan("")), 0);
}

// ---------------------------------------------------------------- floats

TEST(FloatFormat, Repr) {
  EXPECT_EQ(float_repr(1e-05), "1e-05");
  EXPECT_EQ(float_repr(1e16), "1e+16");
  EXPECT_EQ(float_repr(1.5e300), "1.5e+300");
  EXPECT_EQ(float_repr(1e22), "1e+22");
  EXPECT_EQ(float_repr(1.0), "1.0");
  EXPECT_EQ(float_repr(100.0), "100.0");
  EXPECT_EQ(float_repr(0.0001), "0.0001");
  EXPECT_EQ(float_repr(123456789012345.6), "123456789012345.6");
  EXPECT_EQ(float_repr(9999999999999998.0), "9999999999999998.0");
  EXPECT_EQ(float_repr(0.1), "0.1");
  EXPECT_EQ(float_repr(5e-324), "5e-324");
  EXPECT_EQ(float_repr(1.7976931348623157e308), "1.7976931348623157e+308");
  EXPECT_EQ(float_repr(HUGE_VAL), "inf");
  EXPECT_EQ(float_repr(-HUGE_VAL), "-inf");
  EXPECT_EQ(float_repr(std::nan("")), "nan");
  EXPECT_EQ(float_repr(-std::nan("")), "nan");
  EXPECT_EQ(float_repr(-0.0), "-0.0");
  EXPECT_EQ(float_repr(0.0), "0.0");
  EXPECT_EQ(float_repr(1e-7), "1e-07");
}

TEST(FloatFormat, Fixed) {
  EXPECT_EQ(float_format_fixed(2.5, 0), "2");
  EXPECT_EQ(float_format_fixed(0.1, 50), "0.10000000000000000555111512312578270211815834045410");
  EXPECT_EQ(float_format_fixed(-0.0, 1), "-0.0");
  EXPECT_EQ(float_format_fixed(1e22, 2), "10000000000000000000000.00");
  EXPECT_EQ(float_format_exp(12345.678, 2, false), "1.23e+04");
  EXPECT_EQ(float_format_exp(12345.678, 0, true), "1E+04");
  EXPECT_EQ(float_format_general(1.0, 6, false, true), "1.00000");
  EXPECT_EQ(float_format_general(0.0001, 3, false, true), "0.000100");
  EXPECT_EQ(float_format_general(1e-5, 6, false, false), "1e-05");
  EXPECT_EQ(float_format_general(HUGE_VAL, 6, true, false), "INF");
  EXPECT_EQ(float_format_general(1234567.0, 0, false, false), "1e+06");
}

TEST(FloatFormat, Round) {
  EXPECT_EQ(float_repr(float_round(2.675, 2)), "2.67");
  EXPECT_EQ(float_repr(float_round(1e300, -300)), "1e+300");
  EXPECT_EQ(float_repr(float_round(5e-324, 400)), "5e-324");
  EXPECT_EQ(float_repr(float_round(123.456, -1)), "120.0");
  EXPECT_EQ(float_repr(float_round(-123.456, -2)), "-100.0");
  EXPECT_EQ(float_repr(float_round(1.5e300, 2)), "1.5e+300");
  EXPECT_EQ(float_repr(float_round(0.125, 2)), "0.12");
  EXPECT_EQ(float_repr(float_round(0.375, 2)), "0.38");
  EXPECT_EQ(float_repr(float_round(0.285, 2)), "0.28");
  EXPECT_EQ(float_repr(float_round(1.005, 2)), "1.0");
  EXPECT_EQ(float_repr(float_round(-0.0, 1)), "-0.0");
  EXPECT_EQ(float_repr(float_round(HUGE_VAL, 2)), "inf");
  EXPECT_EQ(float_repr(float_round(2.5, 0)), "2.0");
  EXPECT_EQ(float_repr(float_round(35.0, -1)), "40.0");
  EXPECT_EQ(float_repr(float_round(45.0, -1)), "40.0");
  EXPECT_EQ(float_repr(float_round(12345.6789, -3)), "12000.0");
  EXPECT_EQ(float_repr(float_round(1.23, -400)), "0.0");
  EXPECT_EQ(float_repr(float_round(-1.23, -400)), "-0.0");
  EXPECT_EQ(float_repr(float_round(1e-30, 10)), "0.0");
  EXPECT_EQ(float_repr(float_round(-1e-30, 10)), "-0.0");
  EXPECT_EQ(float_repr(float_round(-5e-324, 300)), "-0.0");
  EXPECT_EQ(error_of([] { float_round(1.7976931348623157e308, -308); }),
            "OverflowError: rounded value too large to represent");
  EXPECT_EQ(float_round_half_even(0.5), 0.0);
  EXPECT_EQ(float_round_half_even(1.5), 2.0);
  EXPECT_EQ(float_round_half_even(2.5), 2.0);
  EXPECT_EQ(float_round_half_even(-2.5), -2.0);
  EXPECT_EQ(float_round_half_even(1e16 + 1.0), 1e16);
}

TEST(FloatFormat, DivMod) {
  EXPECT_EQ(float_repr(float_floordiv(-7.0, 2)), "-4.0");
  EXPECT_EQ(float_repr(float_floordiv(7.0, -2)), "-4.0");
  EXPECT_EQ(float_repr(float_mod(-7.0, 2)), "1.0");
  EXPECT_EQ(float_repr(float_mod(7.0, -2)), "-1.0");
  EXPECT_EQ(float_repr(float_mod(-0.0, 2)), "0.0");
  EXPECT_EQ(float_repr(float_mod(0.0, -2)), "-0.0");
  EXPECT_EQ(float_repr(float_floordiv(-0.0, 2)), "-0.0");
  EXPECT_EQ(float_repr(float_floordiv(0.0, -2)), "-0.0");
  EXPECT_EQ(float_repr(float_mod(5.0, HUGE_VAL)), "5.0");
  EXPECT_EQ(float_repr(float_mod(-5.0, HUGE_VAL)), "inf");
  EXPECT_EQ(float_repr(float_mod(HUGE_VAL, 2)), "nan");
  EXPECT_EQ(float_repr(float_floordiv(5.0, HUGE_VAL)), "0.0");
  EXPECT_EQ(float_repr(float_floordiv(-5.0, HUGE_VAL)), "-1.0");
  EXPECT_EQ(float_repr(float_floordiv(HUGE_VAL, 2)), "nan");
  EXPECT_EQ(float_repr(float_floordiv(1e308, 1e-308)), "inf");
  EXPECT_EQ(float_repr(float_mod(-1.0, 1e-300)), "1.0368134719602886e-301");
  auto [q, r] = float_divmod(-7.5, 2.0);
  EXPECT_EQ(q, -4.0);
  EXPECT_EQ(r, 0.5);
  EXPECT_EQ(float_truediv(1.0, 4.0), 0.25);
  EXPECT_EQ(error_of([] { float_floordiv(1.0, 0.0); }), "ZeroDivisionError: float floor division by zero");
  EXPECT_EQ(error_of([] { float_mod(1.0, 0.0); }), "ZeroDivisionError: float modulo");
  EXPECT_EQ(error_of([] { float_truediv(1.0, 0.0); }), "ZeroDivisionError: float division by zero");
  EXPECT_EQ(error_of([] { float_divmod(1.0, 0.0); }), "ZeroDivisionError: float divmod()");
}

TEST(FloatFormat, Parse) {
  EXPECT_EQ(parse_float(" 1_0.5 "), 10.5);
  EXPECT_EQ(float_repr(parse_float("-Infinity")), "-inf");
  EXPECT_EQ(float_repr(parse_float("+iNF")), "inf");
  EXPECT_EQ(float_repr(parse_float("nan")), "nan");
  EXPECT_EQ(float_repr(parse_float("-nan")), "nan");
  EXPECT_EQ(float_repr(parse_float("1e1_0")), "10000000000.0");
  EXPECT_EQ(parse_float(".5"), 0.5);
  EXPECT_EQ(parse_float("5."), 5.0);
  EXPECT_EQ(float_repr(parse_float("1e500")), "inf");
  EXPECT_EQ(float_repr(parse_float("-1e-500")), "-0.0");
  EXPECT_EQ(float_repr(parse_float("1e-320")), "1e-320");
  EXPECT_EQ(parse_float("\u00a01.5"), 1.5);
  EXPECT_EQ(parse_float("\u0661\u0662"), 12.0);
  EXPECT_EQ(parse_float(" 0.1\n"), 0.1);
  auto inv = [](const char* s) { return error_of([&] { parse_float(s); }); };
  EXPECT_EQ(inv("abc"), "ValueError: could not convert string to float: 'abc'");
  for (const char* bad : {"1__0", "1_.5", "1._5", "infinity_", ".", "1e", "0x10", "", "in f", "+-1", "1_e5", "1e_5"})
    EXPECT_EQ(inv(bad), std::string("ValueError: could not convert string to float: '") + bad + "'") << bad;
  EXPECT_EQ(inv("1\x1c"), "ValueError: could not convert string to float: '1\\x1c'");
}

// ---------------------------------------------------------------- format specs

TEST(FormatSpec, Ints) {
  EXPECT_EQ(fmt_i(1234567, "012,"), "0,001,234,567");
  EXPECT_EQ(fmt_i(1234, "0=10,"), "00,001,234");
  EXPECT_EQ(fmt_i(12345, "#_b"), "0b11_0000_0011_1001");
  EXPECT_EQ(fmt_i(-255, "#012_x"), "-0x0000_00ff");
  EXPECT_EQ(fmt_i(255, "#X"), "0XFF");
  EXPECT_EQ(fmt_i(65, "^5c"), "  A  ");
  EXPECT_EQ(fmt_i(65, "05c"), "0000A");
  EXPECT_EQ(fmt_i(1, "c"), "\x01");
  EXPECT_EQ(fmt_i(big("-12345678901234567890"), "0=30,d"), "-0,012,345,678,901,234,567,890");
  EXPECT_EQ(fmt_i(1, ",d"), "1");
  EXPECT_EQ(fmt_i(-5, " 5"), "   -5");
  EXPECT_EQ(fmt_i(5, "+"), "+5");
  EXPECT_EQ(fmt_i(1, "^-5,"), "  1  ");
  EXPECT_EQ(fmt_i(1, "_x"), "1");
  EXPECT_EQ(fmt_i(12345678, "n"), "12345678");
  EXPECT_EQ(fmt_i(pow(BigInt(10), BigInt(30)), "_"), "1_000_000_000_000_000_000_000_000_000_000");
  EXPECT_EQ(fmt_i(pow(BigInt(2), BigInt(70)), ","), "1,180,591,620,717,411,303,424");
  EXPECT_EQ(fmt_i(neg(pow(BigInt(2), BigInt(70))), "_x"), "-40_0000_0000_0000_0000");
  EXPECT_EQ(fmt_i(neg(pow(BigInt(2), BigInt(70))), "#40_b"),
            "-0b100_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000");
  EXPECT_EQ(fmt_i(pow(BigInt(10), BigInt(20)), "e"), "1.000000e+20");
  EXPECT_EQ(fmt_i(1, "%"), "100.000000%");
  EXPECT_EQ(fmt_i(1, ".2%"), "100.00%");
  EXPECT_EQ(fmt_i(neg(pow(BigInt(10), BigInt(20))), ",g"), "-1e+20");
  EXPECT_EQ(fmt_i(1, "<05"), "10000");
  EXPECT_EQ(format_int(int64_t(42), parse_format_spec("*^8x", 'd'), "int"), "***2a***");
  EXPECT_EQ(format_int(int64_t(1), parse_format_spec("", 'd')), "1");
}

TEST(FormatSpec, Floats) {
  EXPECT_EQ(fmt_f(1.0, ""), "1.0");
  EXPECT_EQ(fmt_f(1e16, ".3"), "1e+16");
  EXPECT_EQ(fmt_f(123.0, ".2"), "1.2e+02");
  EXPECT_EQ(fmt_f(100.0, ".3"), "1e+02");
  EXPECT_EQ(fmt_f(0.1, "10"), "       0.1");
  EXPECT_EQ(fmt_f(1.0, "^10"), "   1.0    ");
  EXPECT_EQ(fmt_f(1.0, "#g"), "1.00000");
  EXPECT_EQ(fmt_f(0.0001, "#.3g"), "0.000100");
  EXPECT_EQ(fmt_f(1234.5, "012,.1f"), "00,001,234.5");
  EXPECT_EQ(fmt_f(1e-7, ""), "1e-07");
  EXPECT_EQ(fmt_f(1.5, "n"), "1.5");
  EXPECT_EQ(fmt_f(1e16, "n"), "1e+16");
  EXPECT_EQ(fmt_f(1e100, ",.2f").substr(0, 20), "10,000,000,000,000,0");
  EXPECT_EQ(fmt_f(123456789.0, ","), "123,456,789.0");
  EXPECT_EQ(fmt_f(1e20, ","), "1e+20");
  EXPECT_EQ(fmt_f(12345.678, ",g"), "12,345.7");
  EXPECT_EQ(fmt_f(-1234.5678, "_.2f"), "-1_234.57");
  EXPECT_EQ(fmt_f(1.5, "=+010.2%"), "+00150.00%");
  EXPECT_EQ(fmt_f(1.5, "%"), "150.000000%");
  EXPECT_EQ(fmt_f(-0.0, ""), "-0.0");
  EXPECT_EQ(fmt_f(-0.0, "z"), "0.0");
  EXPECT_EQ(fmt_f(-0.0, "+z"), "+0.0");
  EXPECT_EQ(fmt_f(-0.0001, "z.2f"), "0.00");
  EXPECT_EQ(fmt_f(-0.0, "z.1e"), "0.0e+00");
  EXPECT_EQ(fmt_f(-1e-9, "z%"), "0.000000%");
  EXPECT_EQ(fmt_f(1e301, "+"), "+1e+301");
  EXPECT_EQ(fmt_f(HUGE_VAL, "010"), "0000000inf");
  EXPECT_EQ(fmt_f(-HUGE_VAL, "010,.2f"), "-000000inf");
  EXPECT_EQ(fmt_f(-std::nan(""), "f"), "nan");
  EXPECT_EQ(fmt_f(std::nan(""), "+"), "+nan");
  EXPECT_EQ(fmt_f(HUGE_VAL, "F"), "INF");
  EXPECT_EQ(fmt_f(1.0, "_e"), "1.000000e+00");
  EXPECT_EQ(fmt_f(1.0, "="), "1.0");
}

TEST(FormatSpec, Strings) {
  EXPECT_EQ(fmt_s("ab", "05"), "ab000");
  EXPECT_EQ(fmt_s("abc", "x<7.2"), "abxxxxx");
  EXPECT_EQ(fmt_s("a\xc3\xa9", "\xc3\xa9^6"), "\xc3\xa9\xc3\xa9" "a\xc3\xa9\xc3\xa9\xc3\xa9");
  EXPECT_EQ(fmt_s("a\xc3\xa9", "06"), "a\xc3\xa9" "0000");
  EXPECT_EQ(fmt_s("\xe6\x97\xa5\xe6\x9c\xac\xe8\xaa\x9e", ".2"), "\xe6\x97\xa5\xe6\x9c\xac");
  EXPECT_EQ(fmt_s("hi", ">5"), "   hi");
  EXPECT_EQ(fmt_s("hi", "^5"), " hi  ");
  EXPECT_EQ(fmt_s("hi", ""), "hi");
}

TEST(FormatSpec, Errors) {
  EXPECT_EQ(error_of([] { fmt_f(1.5, "d"); }), "ValueError: Unknown format code 'd' for object of type 'float'");
  EXPECT_EQ(error_of([] { fmt_i(1, ".2"); }), "ValueError: Precision not allowed in integer format specifier");
  EXPECT_EQ(error_of([] { fmt_i(1, "z.2"); }), "ValueError: Precision not allowed in integer format specifier");
  EXPECT_EQ(error_of([] { fmt_s("a", "+"); }), "ValueError: Sign not allowed in string format specifier");
  EXPECT_EQ(error_of([] { fmt_s("a", " "); }), "ValueError: Space not allowed in string format specifier");
  EXPECT_EQ(error_of([] { fmt_s("a", "#"); }),
            "ValueError: Alternate form (#) not allowed in string format specifier");
  EXPECT_EQ(error_of([] { fmt_s("a", "="); }), "ValueError: '=' alignment not allowed in string format specifier");
  EXPECT_EQ(error_of([] { fmt_s("a", ","); }), "ValueError: Cannot specify ',' with 's'.");
  EXPECT_EQ(error_of([] { fmt_s("a", "_"); }), "ValueError: Cannot specify '_' with 's'.");
  EXPECT_EQ(error_of([] { fmt_s("a", "x"); }), "ValueError: Unknown format code 'x' for object of type 'str'");
  EXPECT_EQ(error_of([] { fmt_s("a", "<<<"); }), "ValueError: Unknown format code '<' for object of type 'str'");
  EXPECT_EQ(error_of([] { fmt_s("a", "z#"); }),
            "ValueError: Negative zero coercion (z) not allowed in string format specifier");
  EXPECT_EQ(error_of([] { fmt_f(1.0, "."); }), "ValueError: Format specifier missing precision");
  EXPECT_EQ(error_of([] { fmt_i(1, "1."); }), "ValueError: Format specifier missing precision");
  EXPECT_EQ(error_of([] { fmt_i(1, "abc"); }), "ValueError: Invalid format specifier 'abc' for object of type 'int'");
  EXPECT_EQ(error_of([] { fmt_i(1, "xx"); }), "ValueError: Invalid format specifier 'xx' for object of type 'int'");
  EXPECT_EQ(error_of([] { parse_format_spec("%,", 'd', "int"); }),
            "ValueError: Invalid format specifier '%,' for object of type 'int'");
  EXPECT_EQ(error_of([] { fmt_i(1, "s"); }), "ValueError: Unknown format code 's' for object of type 'int'");
  EXPECT_EQ(error_of([] { format_int(int64_t(1), parse_format_spec("s", 'd'), "bool"); }),
            "ValueError: Unknown format code 's' for object of type 'bool'");
  EXPECT_EQ(error_of([] { fmt_i(1, ",s"); }), "ValueError: Cannot specify ',' with 's'.");
  EXPECT_EQ(error_of([] { fmt_i(1, "#c"); }),
            "ValueError: Alternate form (#) not allowed with integer format specifier 'c'");
  EXPECT_EQ(error_of([] { fmt_i(1, "+c"); }), "ValueError: Sign not allowed with integer format specifier 'c'");
  EXPECT_EQ(error_of([] { fmt_i(1, ",c"); }), "ValueError: Cannot specify ',' with 'c'.");
  EXPECT_EQ(error_of([] { fmt_i(1000000000, "c"); }), "OverflowError: %c arg not in range(0x110000)");
  EXPECT_EQ(error_of([] { fmt_i(-1, "c"); }), "OverflowError: %c arg not in range(0x110000)");
  EXPECT_EQ(error_of([] { fmt_i(1, "_n"); }), "ValueError: Cannot specify '_' with 'n'.");
  EXPECT_EQ(error_of([] { fmt_f(1.0, ",n"); }), "ValueError: Cannot specify ',' with 'n'.");
  EXPECT_EQ(error_of([] { fmt_i(1, ",_"); }), "ValueError: Cannot specify both ',' and '_'.");
  EXPECT_EQ(error_of([] { fmt_i(1, "_,"); }), "ValueError: Cannot specify both ',' and '_'.");
  EXPECT_EQ(error_of([] { fmt_i(1, ",x"); }), "ValueError: Cannot specify ',' with 'x'.");
  EXPECT_EQ(error_of([] { fmt_i(1, ",b"); }), "ValueError: Cannot specify ',' with 'b'.");
  EXPECT_EQ(error_of([] { fmt_i(1, "z"); }),
            "ValueError: Negative zero coercion (z) not allowed in integer format specifier");
  EXPECT_EQ(error_of([] { fmt_i(1, "z#c"); }),
            "ValueError: Negative zero coercion (z) not allowed in integer format specifier");
  EXPECT_EQ(error_of([] { fmt_i(1, "99999999999999999999"); }),
            "ValueError: Too many decimal digits in format string");
  EXPECT_EQ(error_of([] { fmt_i(1, ".99999999999999999999f"); }),
            "ValueError: Too many decimal digits in format string");
  EXPECT_EQ(error_of([] { fmt_f(1.0, "\xc3\xbc"); }),
            "ValueError: Unknown format code '\\xfc' for object of type 'float'");
  EXPECT_EQ(error_of([] { fmt_i(1, "\x01"); }), "ValueError: Unknown format code '\\x1' for object of type 'int'");
  EXPECT_EQ(error_of([] { fmt_s("a", ",\xc3\xbc"); }), "ValueError: Cannot specify ',' with '\\xfc'.");
  EXPECT_EQ(error_of([] { fmt_i(1, "- "); }), "ValueError: Unknown format code '\\x20' for object of type 'int'");
  EXPECT_EQ(error_of([] { fmt_i(pow(BigInt(10), BigInt(400)), "e"); }),
            "OverflowError: int too large to convert to float");
  EXPECT_EQ(error_of([] { fmt_f(1.0, "99999999999.0f"); }), "MemoryError: ");
}

TEST(PercentFormat, Ints) {
  PercentFlags none;
  PercentFlags left;
  left.left = true;
  left.zero = true;
  PercentFlags zero;
  zero.zero = true;
  PercentFlags plus;
  plus.plus = true;
  PercentFlags space;
  space.space = true;
  PercentFlags alt;
  alt.alternate = true;
  PercentFlags alt_zero = alt;
  alt_zero.zero = true;
  PercentFlags alt_left = alt;
  alt_left.left = true;
  EXPECT_EQ(percent_format_int(int64_t(3), 'd', left, 5, -1), "3    ");
  EXPECT_EQ(percent_format_int(int64_t(5), 'd', zero, 8, 3), "00000005");
  EXPECT_EQ(percent_format_int(int64_t(255), 'x', plus, -1, -1), "+ff");
  EXPECT_EQ(percent_format_int(int64_t(5), 'd', space, -1, -1), " 5");
  EXPECT_EQ(percent_format_int(int64_t(-5), 'd', space, -1, -1), "-5");
  EXPECT_EQ(percent_format_int(int64_t(0), 'o', alt, -1, -1), "0o0");
  EXPECT_EQ(percent_format_int(int64_t(0), 'x', alt, -1, -1), "0x0");
  EXPECT_EQ(percent_format_int(int64_t(-255), 'x', alt_zero, 8, -1), "-0x000ff");
  EXPECT_EQ(percent_format_int(int64_t(8), 'o', alt_left, 8, -1), "0o10    ");
  EXPECT_EQ(percent_format_int(int64_t(255), 'X', alt_left, 8, -1), "0XFF    ");
  EXPECT_EQ(percent_format_int(int64_t(255), 'x', alt, -1, 5), "0x000ff");
  EXPECT_EQ(percent_format_int(int64_t(0), 'd', none, -1, 0), "0");
  EXPECT_EQ(percent_format_int(int64_t(-1), 'x', none, 5, 3), " -001");
  EXPECT_EQ(percent_format_int(int64_t(-3), 'd', zero, 5, -1), "-0003");
  EXPECT_EQ(percent_format_int(int64_t(-5), 'd', none, -1, 3), "-005");
  EXPECT_EQ(percent_format_int(pow(BigInt(2), BigInt(70)), 'x', none, -1, -1), "400000000000000000");
  EXPECT_EQ(percent_format_int(neg(pow(BigInt(2), BigInt(70))), 'd', none, -1, -1), "-1180591620717411303424");
  EXPECT_EQ(percent_format_int(int64_t(5), 'u', none, -1, -1), "5");
  EXPECT_EQ(percent_format_int(int64_t(-7), 'i', none, -1, -1), "-7");
}

TEST(PercentFormat, Floats) {
  PercentFlags none;
  PercentFlags space_zero;
  space_zero.space = true;
  space_zero.zero = true;
  PercentFlags left;
  left.left = true;
  PercentFlags plus;
  plus.plus = true;
  PercentFlags alt;
  alt.alternate = true;
  PercentFlags zero;
  zero.zero = true;
  PercentFlags space;
  space.space = true;
  EXPECT_EQ(percent_format_float(-1.5, 'f', space_zero, 8, 2), "-0001.50");
  EXPECT_EQ(percent_format_float(12345.678, 'e', left, 8, 2), "1.23e+04");
  EXPECT_EQ(percent_format_float(12345.678, 'e', left, 10, 2), "1.23e+04  ");
  EXPECT_EQ(percent_format_float(12345.0, 'e', plus, -1, 0), "+1e+04");
  EXPECT_EQ(percent_format_float(12345.0, 'e', alt, -1, 0), "1.e+04");
  EXPECT_EQ(percent_format_float(1234567.0, 'g', space_zero, 10, 3), " 01.23e+06");
  EXPECT_EQ(percent_format_float(1.0, 'g', alt, -1, -1), "1.00000");
  EXPECT_EQ(percent_format_float(1e-5, 'g', none, -1, -1), "1e-05");
  EXPECT_EQ(percent_format_float(HUGE_VAL, 'G', none, -1, -1), "INF");
  EXPECT_EQ(percent_format_float(-HUGE_VAL, 'f', zero, 10, -1), "-000000inf");
  EXPECT_EQ(percent_format_float(HUGE_VAL, 'f', zero, 5, -1), "00inf");
  EXPECT_EQ(percent_format_float(std::nan(""), 'f', plus, -1, -1), "+nan");
  EXPECT_EQ(percent_format_float(std::nan(""), 'F', none, -1, 3), "NAN");
  EXPECT_EQ(percent_format_float(0.0, 'f', space, -1, -1), " 0.000000");
  EXPECT_EQ(percent_format_float(-0.0, 'f', none, 5, 1), " -0.0");
  EXPECT_EQ(percent_format_float(0.1, 'f', none, -1, 50), "0.10000000000000000555111512312578270211815834045410");
  EXPECT_EQ(percent_format_float(2.0, 'f', alt, -1, 0), "2.");
  EXPECT_EQ(percent_format_float(2.5, 'f', none, -1, 0), "2");
}
