// BigInt: an arbitrary-precision signed integer with Python int semantics.
//
// Representation: a single GMP mpz_t, owned through RAII (every BigInt holds
// an initialized mpz_t; a moved-from BigInt holds zero). The interpreter keeps
// ints that fit in int64 unboxed and only falls back to BigInt on overflow or
// when an operand is already big, so every operation here accepts and returns
// BigInt; fits_int64()/to_int64() bridge back to the unboxed form. All
// operations follow Python: floor division and modulo round toward negative
// infinity (the remainder takes the sign of the divisor), bitwise operations
// act on the infinite two's-complement representation, and decimal string
// conversion enforces CPython 3.11's 4300-digit limit. Failures throw
// NumError carrying the exception kind and CPython's exact message text; the
// interpreter turns that into the Python exception. Operations whose result
// would need more than ~2**33 bits throw MemoryError instead of trying.
#pragma once

#include <gmp.h>

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <utility>

namespace pywalk::num {

enum class Kind { ValueError, TypeError, OverflowError, ZeroDivisionError, MemoryError };

struct NumError {
  Kind kind;
  std::string message;
};

class BigInt {
 public:
  BigInt();
  BigInt(int64_t v);  // NOLINT: implicit on purpose, int64 interop
  BigInt(const BigInt& other);
  BigInt(BigInt&& other) noexcept;
  BigInt& operator=(const BigInt& other);
  BigInt& operator=(BigInt&& other) noexcept;
  ~BigInt();

  // Python int(text, base): whitespace, sign, underscores, 0x/0o/0b prefixes,
  // base 0 inference, Unicode decimal digits, the 4300-digit limit.
  static BigInt from_string(std::string_view text, int base);
  // Truncating conversion (int(float)). inf -> OverflowError, nan -> ValueError.
  static BigInt from_double(double d);
  // Correctly rounded a / b (CPython int.__truediv__).
  static double true_divide(const BigInt& a, const BigInt& b);

  bool fits_int64() const;
  int64_t to_int64() const;  // precondition: fits_int64()
  // Correctly rounded (half-even); OverflowError "int too large to convert to float".
  double to_double() const;
  // Digits in base 2..36, lowercase, '-' for negatives, no prefix. Base 10
  // enforces the 4300-digit limit.
  std::string to_string(int base = 10) const;

  int sign() const;  // -1, 0, 1
  bool is_zero() const { return sign() == 0; }
  bool is_negative() const { return sign() < 0; }
  int compare(const BigInt& other) const;  // -1, 0, 1
  size_t bit_length() const;               // of |x|, 0 for 0
  int64_t py_hash() const;                 // CPython hash(int)

  mpz_srcptr raw() const { return value_; }
  mpz_ptr raw() { return value_; }

  friend bool operator==(const BigInt& a, const BigInt& b) { return a.compare(b) == 0; }
  friend bool operator!=(const BigInt& a, const BigInt& b) { return a.compare(b) != 0; }
  friend bool operator<(const BigInt& a, const BigInt& b) { return a.compare(b) < 0; }
  friend bool operator<=(const BigInt& a, const BigInt& b) { return a.compare(b) <= 0; }
  friend bool operator>(const BigInt& a, const BigInt& b) { return a.compare(b) > 0; }
  friend bool operator>=(const BigInt& a, const BigInt& b) { return a.compare(b) >= 0; }

 private:
  mpz_t value_;
};

BigInt add(const BigInt& a, const BigInt& b);
BigInt sub(const BigInt& a, const BigInt& b);
BigInt mul(const BigInt& a, const BigInt& b);
// ZeroDivisionError "integer division or modulo by zero"
BigInt floordiv(const BigInt& a, const BigInt& b);
// ZeroDivisionError "integer modulo by zero"
BigInt mod(const BigInt& a, const BigInt& b);
// (floordiv, mod); ZeroDivisionError "integer division or modulo by zero"
std::pair<BigInt, BigInt> divmod(const BigInt& a, const BigInt& b);
BigInt neg(const BigInt& a);
BigInt abs(const BigInt& a);
// exp must be >= 0 (ValueError otherwise); MemoryError if the result is huge.
BigInt pow(const BigInt& base, const BigInt& exp);
// Three-argument pow; negative exp uses the modular inverse.
BigInt pow_mod(const BigInt& base, const BigInt& exp, const BigInt& mod);
// ValueError "negative shift count"; huge left shifts: OverflowError
// "too many digits in integer" or MemoryError "".
BigInt lshift(const BigInt& a, const BigInt& count);
BigInt lshift(const BigInt& a, int64_t count);
BigInt rshift(const BigInt& a, const BigInt& count);
BigInt rshift(const BigInt& a, int64_t count);
BigInt bit_and(const BigInt& a, const BigInt& b);
BigInt bit_or(const BigInt& a, const BigInt& b);
BigInt bit_xor(const BigInt& a, const BigInt& b);
BigInt invert(const BigInt& a);  // ~a == -a - 1

int compare(const BigInt& a, const BigInt& b);

// CPython hash() of an int that fits in int64.
int64_t hash_int64(int64_t v);
// CPython hash() of a float; inf -> 314159, -inf -> -314159, nan -> 0 (the
// interpreter substitutes the identity hash for nan).
int64_t hash_double(double d);

// Python repr() of a UTF-8 string (quotes chosen and escapes as CPython).
std::string py_repr_str(std::string_view utf8);

// Helpers shared by the number parsers: CPython converts non-ASCII Unicode
// whitespace to ' ' and Unicode decimal digits to ASCII before parsing.
// Returns the transformed ASCII-compatible string.
std::string transform_decimal_and_space(std::string_view utf8);

}  // namespace pywalk::num
