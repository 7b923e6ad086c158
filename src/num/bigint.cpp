#include "pywalk/num/bigint.h"

#include <cmath>
#include <cstring>
#include <limits>
#include <string>

namespace pywalk::num {

namespace {

constexpr int kMaxStrDigits = 4300;
// Results with more bits than this are refused with MemoryError.
constexpr double kMaxResultBits = 8589934592.0;  // 2**33
// CPython's MAX_LONG_DIGITS for 30-bit digits on 64-bit builds.
constexpr uint64_t kMaxLongDigits = (uint64_t(INT64_MAX) - 24) / 4;
constexpr uint64_t kHashModulus = (uint64_t(1) << 61) - 1;
constexpr int kHashBits = 61;

[[noreturn]] void fail(Kind kind, std::string msg) { throw NumError{kind, std::move(msg)}; }

[[noreturn]] void memory_error() { fail(Kind::MemoryError, ""); }

const char* const kStrLimitMsg =
    "Exceeds the limit (4300 digits) for integer string conversion; "
    "use sys.set_int_max_str_digits() to increase the limit";

// Decodes one UTF-8 code point at s[i]; on malformed input returns the byte
// value | 0x110000 marker (so callers can tell it apart) and length 1.
char32_t decode_utf8(std::string_view s, size_t i, size_t& len) {
  unsigned char c = static_cast<unsigned char>(s[i]);
  if (c < 0x80) {
    len = 1;
    return c;
  }
  int n = 0;
  char32_t cp = 0;
  if ((c & 0xE0) == 0xC0) {
    n = 1;
    cp = c & 0x1F;
  } else if ((c & 0xF0) == 0xE0) {
    n = 2;
    cp = c & 0x0F;
  } else if ((c & 0xF8) == 0xF0) {
    n = 3;
    cp = c & 0x07;
  } else {
    len = 1;
    return 0x110000u | c;
  }
  for (int k = 1; k <= n; ++k) {
    if (i + k >= s.size()) {
      len = 1;
      return 0x110000u | c;
    }
    unsigned char cc = static_cast<unsigned char>(s[i + k]);
    if ((cc & 0xC0) != 0x80) {
      len = 1;
      return 0x110000u | c;
    }
    cp = (cp << 6) | (cc & 0x3F);
  }
  len = n + 1;
  return cp;
}

bool is_unicode_space(char32_t cp) {
  switch (cp) {
    case 0x85: case 0xA0: case 0x1680: case 0x2028: case 0x2029:
    case 0x202F: case 0x205F: case 0x3000:
      return true;
    default:
      return cp >= 0x2000 && cp <= 0x200A;
  }
}

// Code points of the Unicode decimal digit zeros (category Nd, CPython 3.11);
// each is followed by digits one..nine.
constexpr char32_t kDecimalZeros[] = {
    0x660,   0x6f0,   0x7c0,   0x966,   0x9e6,   0xa66,   0xae6,   0xb66,   0xbe6,   0xc66,
    0xce6,   0xd66,   0xde6,   0xe50,   0xed0,   0xf20,   0x1040,  0x1090,  0x17e0,  0x1810,
    0x1946,  0x19d0,  0x1a80,  0x1a90,  0x1b50,  0x1bb0,  0x1c40,  0x1c50,  0xa620,  0xa8d0,
    0xa900,  0xa9d0,  0xa9f0,  0xaa50,  0xabf0,  0xff10,  0x104a0, 0x10d30, 0x11066, 0x110f0,
    0x11136, 0x111d0, 0x112f0, 0x11450, 0x114d0, 0x11650, 0x116c0, 0x11730, 0x118e0, 0x11950,
    0x11c50, 0x11d50, 0x11da0, 0x16a60, 0x16ac0, 0x16b50, 0x1d7ce, 0x1d7d8, 0x1d7e2, 0x1d7ec,
    0x1d7f6, 0x1e140, 0x1e2f0, 0x1e950, 0x1fbf0};

int unicode_decimal(char32_t cp) {
  for (char32_t z : kDecimalZeros)
    if (cp >= z && cp < z + 10) return static_cast<int>(cp - z);
  return -1;
}

bool is_ascii_space(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r';
}

bool is_printable(char32_t cp) {
  if (cp < 0x20 || cp == 0x7F) return false;
  if (cp < 0x7F) return true;
  if (cp <= 0xA0 || cp == 0xAD) return false;
  if (cp == 0x1680 || (cp >= 0x2000 && cp <= 0x200F) || (cp >= 0x2028 && cp <= 0x202F) ||
      (cp >= 0x205F && cp <= 0x206F) || cp == 0x3000)
    return false;
  if (cp >= 0xD800 && cp <= 0xF8FF) return false;
  if (cp == 0xFEFF || (cp >= 0xFFF9 && cp <= 0xFFFB) || cp >= 0xF0000) return false;
  if (cp == 0xE0001 || (cp >= 0xE0020 && cp <= 0xE007F)) return false;
  return true;
}

void append_hex(std::string& out, char32_t v, int width) {
  static const char* hex = "0123456789abcdef";
  for (int i = width - 1; i >= 0; --i) out += hex[(v >> (4 * i)) & 0xF];
}

bool is_power_of_two_base(int base) { return (base & (base - 1)) == 0; }

int digit_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'z') return c - 'a' + 10;
  if (c >= 'A' && c <= 'Z') return c - 'A' + 10;
  return 99;
}

// ceil(bit_length / 30): CPython's digit count.
uint64_t cpython_digits(const BigInt& a) { return (a.bit_length() + 29) / 30; }

// Rounds q (with a sticky bit for anything discarded earlier) to drop `drop`
// low bits, half to even. q must be < 2**64 - 1 after shifting up by nothing.
uint64_t round_drop(uint64_t q, int drop, bool sticky) {
  if (drop <= 0) return q;
  if (drop >= 64) return 0;  // only happens for values far below half an ulp
  uint64_t mask = (uint64_t(1) << drop) - 1;
  uint64_t rem = q & mask;
  uint64_t half = uint64_t(1) << (drop - 1);
  uint64_t r = q >> drop;
  if (rem > half || (rem == half && (sticky || (r & 1)))) ++r;
  return r;
}

}  // namespace

// ---------------------------------------------------------------- helpers

std::string transform_decimal_and_space(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  size_t i = 0;
  while (i < s.size()) {
    size_t len = 1;
    char32_t cp = decode_utf8(s, i, len);
    if (cp < 0x80 || cp >= 0x110000) {
      out.append(s.substr(i, len));
    } else if (is_unicode_space(cp)) {
      out += ' ';
    } else if (int d = unicode_decimal(cp); d >= 0) {
      out += static_cast<char>('0' + d);
    } else {
      out.append(s.substr(i, len));
    }
    i += len;
  }
  return out;
}

std::string py_repr_str(std::string_view s) {
  bool has_single = s.find('\'') != std::string_view::npos;
  bool has_double = s.find('"') != std::string_view::npos;
  char quote = (has_single && !has_double) ? '"' : '\'';
  std::string out;
  out.reserve(s.size() + 2);
  out += quote;
  size_t i = 0;
  while (i < s.size()) {
    size_t len = 1;
    char32_t cp = decode_utf8(s, i, len);
    if (cp >= 0x110000) {
      // Malformed byte: shown like a surrogate-escaped byte.
      out += "\\udc";
      append_hex(out, cp & 0xFF, 2);
    } else if (cp == static_cast<char32_t>(quote) || cp == '\\') {
      out += '\\';
      out += static_cast<char>(cp);
    } else if (cp == '\t') {
      out += "\\t";
    } else if (cp == '\n') {
      out += "\\n";
    } else if (cp == '\r') {
      out += "\\r";
    } else if (is_printable(cp)) {
      out.append(s.substr(i, len));
    } else if (cp <= 0xFF) {
      out += "\\x";
      append_hex(out, cp, 2);
    } else if (cp <= 0xFFFF) {
      out += "\\u";
      append_hex(out, cp, 4);
    } else {
      out += "\\U";
      append_hex(out, cp, 8);
    }
    i += len;
  }
  out += quote;
  return out;
}

// ---------------------------------------------------------------- BigInt basics

BigInt::BigInt() { mpz_init(value_); }
BigInt::BigInt(int64_t v) {
  static_assert(sizeof(long) == 8, "expects LP64");
  mpz_init_set_si(value_, static_cast<long>(v));
}
BigInt::BigInt(const BigInt& other) { mpz_init_set(value_, other.value_); }
BigInt::BigInt(BigInt&& other) noexcept {
  mpz_init(value_);
  mpz_swap(value_, other.value_);
}
BigInt& BigInt::operator=(const BigInt& other) {
  if (this != &other) mpz_set(value_, other.value_);
  return *this;
}
BigInt& BigInt::operator=(BigInt&& other) noexcept {
  if (this != &other) mpz_swap(value_, other.value_);
  return *this;
}
BigInt::~BigInt() { mpz_clear(value_); }

bool BigInt::fits_int64() const { return mpz_fits_slong_p(value_) != 0; }
int64_t BigInt::to_int64() const { return mpz_get_si(value_); }
int BigInt::sign() const { return mpz_sgn(value_); }
int BigInt::compare(const BigInt& other) const {
  int c = mpz_cmp(value_, other.value_);
  return c < 0 ? -1 : (c > 0 ? 1 : 0);
}
int compare(const BigInt& a, const BigInt& b) { return a.compare(b); }
size_t BigInt::bit_length() const {
  if (mpz_sgn(value_) == 0) return 0;
  return mpz_sizeinbase(value_, 2);
}

int64_t BigInt::py_hash() const {
  uint64_t h = mpz_tdiv_ui(value_, kHashModulus);
  int64_t r = static_cast<int64_t>(h);
  if (sign() < 0) r = -r;
  if (r == -1) r = -2;
  return r;
}

int64_t hash_int64(int64_t v) {
  uint64_t a = v < 0 ? uint64_t(0) - static_cast<uint64_t>(v) : static_cast<uint64_t>(v);
  int64_t r = static_cast<int64_t>(a % kHashModulus);
  if (v < 0) r = -r;
  if (r == -1) r = -2;
  return r;
}

int64_t hash_double(double v) {
  if (!std::isfinite(v)) {
    if (std::isinf(v)) return v > 0 ? 314159 : -314159;
    return 0;
  }
  int e;
  double m = std::frexp(v, &e);
  int sign = 1;
  if (m < 0) {
    sign = -1;
    m = -m;
  }
  uint64_t x = 0;
  while (m != 0.0) {
    x = ((x << 28) & kHashModulus) | x >> (kHashBits - 28);
    m *= 268435456.0;
    e -= 28;
    uint64_t y = static_cast<uint64_t>(m);
    m -= static_cast<double>(y);
    x += y;
    if (x >= kHashModulus) x -= kHashModulus;
  }
  e = e >= 0 ? e % kHashBits : kHashBits - 1 - ((-1 - e) % kHashBits);
  x = ((x << e) & kHashModulus) | x >> (kHashBits - e);
  int64_t r = static_cast<int64_t>(x) * sign;
  if (r == -1) r = -2;
  return r;
}

// ---------------------------------------------------------------- strings

std::string BigInt::to_string(int base) const {
  if (base < 2 || base > 36) fail(Kind::ValueError, "base must be in range 2..36");
  if (base == 10) {
    size_t est = mpz_sizeinbase(value_, 10);  // exact or one too big
    if (est > static_cast<size_t>(kMaxStrDigits) + 1) fail(Kind::ValueError, kStrLimitMsg);
  }
  std::string out(mpz_sizeinbase(value_, base) + 2, '\0');
  mpz_get_str(out.data(), base, value_);
  out.resize(std::strlen(out.c_str()));
  if (base == 10) {
    size_t digits = out.size() - (out[0] == '-' ? 1 : 0);
    if (digits > static_cast<size_t>(kMaxStrDigits)) fail(Kind::ValueError, kStrLimitMsg);
  }
  return out;
}

BigInt BigInt::from_string(std::string_view original, int base) {
  if (base != 0 && (base < 2 || base > 36))
    fail(Kind::ValueError, "int() base must be >= 2 and <= 36, or 0");
  const int orig_base = base;
  auto invalid = [&]() -> NumError {
    std::string r = py_repr_str(original);
    // %.200R: the repr is cut to 200 code points.
    size_t count = 0, i = 0;
    while (i < r.size() && count < 200) {
      size_t len = 1;
      decode_utf8(r, i, len);
      i += len;
      ++count;
    }
    r.resize(i);
    return NumError{Kind::ValueError,
                    "invalid literal for int() with base " + std::to_string(orig_base) + ": " + r};
  };

  std::string text = transform_decimal_and_space(original);
  std::string_view s = text;
  while (!s.empty() && is_ascii_space(s.front())) s.remove_prefix(1);
  while (!s.empty() && is_ascii_space(s.back())) s.remove_suffix(1);

  bool negative = false;
  if (!s.empty() && (s[0] == '+' || s[0] == '-')) {
    negative = s[0] == '-';
    s.remove_prefix(1);
  }
  bool error_if_nonzero = false;
  if (base == 0) {
    if (s.empty() || s[0] != '0') {
      base = 10;
    } else if (s.size() > 1 && (s[1] == 'x' || s[1] == 'X')) {
      base = 16;
    } else if (s.size() > 1 && (s[1] == 'o' || s[1] == 'O')) {
      base = 8;
    } else if (s.size() > 1 && (s[1] == 'b' || s[1] == 'B')) {
      base = 2;
    } else {
      error_if_nonzero = true;
      base = 10;
    }
  }
  if (s.size() >= 2 && s[0] == '0' &&
      ((base == 16 && (s[1] == 'x' || s[1] == 'X')) || (base == 8 && (s[1] == 'o' || s[1] == 'O')) ||
       (base == 2 && (s[1] == 'b' || s[1] == 'B')))) {
    s.remove_prefix(2);
    if (!s.empty() && s[0] == '_') s.remove_prefix(1);  // one underscore allowed here
  }
  if (s.empty() || s[0] == '_') throw invalid();

  std::string digits;
  digits.reserve(s.size());
  size_t pos = 0;
  char prev = 0;
  while (pos < s.size() && (digit_value(s[pos]) < base || s[pos] == '_')) {
    if (s[pos] == '_') {
      if (prev == '_') throw invalid();
    } else {
      digits += s[pos];
    }
    prev = s[pos];
    ++pos;
  }
  if (prev == '_') throw invalid();
  if (!is_power_of_two_base(base) && digits.size() > static_cast<size_t>(kMaxStrDigits)) {
    fail(Kind::ValueError, "Exceeds the limit (4300 digits) for integer string conversion: value has " +
                               std::to_string(digits.size()) +
                               " digits; use sys.set_int_max_str_digits() to increase the limit");
  }
  if (pos != s.size() || digits.empty()) throw invalid();

  BigInt result;
  if (mpz_set_str(result.value_, digits.c_str(), base) != 0) throw invalid();
  if (error_if_nonzero && result.sign() != 0) throw invalid();
  if (negative) mpz_neg(result.value_, result.value_);
  return result;
}

// ---------------------------------------------------------------- floats

BigInt BigInt::from_double(double d) {
  if (std::isinf(d)) fail(Kind::OverflowError, "cannot convert float infinity to integer");
  if (std::isnan(d)) fail(Kind::ValueError, "cannot convert float NaN to integer");
  BigInt r;
  mpz_set_d(r.value_, d);  // truncates
  return r;
}

double BigInt::to_double() const {
  size_t bl = bit_length();
  if (bl <= 63) return static_cast<double>(mpz_get_si(value_));
  if (bl > 1024) fail(Kind::OverflowError, "int too large to convert to float");
  // Keep 55 significant bits plus a sticky bit, then round to 53 by hand.
  size_t shift = bl - 55;
  mpz_t q;
  mpz_init(q);
  mpz_tdiv_q_2exp(q, value_, shift);
  mpz_abs(q, q);
  bool sticky = mpz_scan1(value_, 0) < shift;  // two's complement scan works for |x| too
  uint64_t top = mpz_get_ui(q);
  mpz_clear(q);
  uint64_t r = round_drop(top, 2, sticky);
  double result = std::ldexp(static_cast<double>(r), static_cast<int>(shift + 2));
  if (std::isinf(result)) fail(Kind::OverflowError, "int too large to convert to float");
  return sign() < 0 ? -result : result;
}

double BigInt::true_divide(const BigInt& a, const BigInt& b) {
  if (b.sign() == 0) fail(Kind::ZeroDivisionError, "division by zero");
  bool negative = (a.sign() < 0) != (b.sign() < 0);
  if (a.sign() == 0) return negative ? -0.0 : 0.0;
  size_t abl = a.bit_length(), bbl = b.bit_length();
  if (abl <= 53 && bbl <= 53) {
    return static_cast<double>(a.to_int64()) / static_cast<double>(b.to_int64());
  }
  int64_t diff = static_cast<int64_t>(abl) - static_cast<int64_t>(bbl);
  // a/b is in [2**(diff-1), 2**(diff+1)).
  if (diff > 1025) fail(Kind::OverflowError, "integer division result too large for a float");
  if (diff < -1100) return negative ? -0.0 : 0.0;
  // q = floor(|a| / |b| * 2**-s), 55 or 56 bits (fewer for subnormals).
  int64_t s = std::max<int64_t>(diff - 55, -1074 - 2);
  mpz_t na, nb, q, r;
  mpz_inits(na, nb, q, r, nullptr);
  mpz_abs(na, a.raw());
  mpz_abs(nb, b.raw());
  if (s > 0)
    mpz_mul_2exp(nb, nb, static_cast<mp_bitcnt_t>(s));
  else
    mpz_mul_2exp(na, na, static_cast<mp_bitcnt_t>(-s));
  mpz_tdiv_qr(q, r, na, nb);
  bool sticky = mpz_sgn(r) != 0;
  uint64_t qv = mpz_get_ui(q);
  size_t qbits = mpz_sgn(q) == 0 ? 0 : mpz_sizeinbase(q, 2);
  mpz_clears(na, nb, q, r, nullptr);
  // Final lsb exponent: max(e - 52, -1074) where 2**e <= result.
  int64_t e = static_cast<int64_t>(qbits) - 1 + s;
  int64_t lsb = std::max<int64_t>(e - 52, -1074);
  int drop = static_cast<int>(lsb - s);
  uint64_t rounded = round_drop(qv, drop, sticky);
  double result = std::ldexp(static_cast<double>(rounded), static_cast<int>(s + drop));
  if (std::isinf(result)) fail(Kind::OverflowError, "integer division result too large for a float");
  return negative ? -result : result;
}

// ---------------------------------------------------------------- arithmetic

BigInt add(const BigInt& a, const BigInt& b) {
  BigInt r;
  mpz_add(r.raw(), a.raw(), b.raw());
  return r;
}
BigInt sub(const BigInt& a, const BigInt& b) {
  BigInt r;
  mpz_sub(r.raw(), a.raw(), b.raw());
  return r;
}
BigInt mul(const BigInt& a, const BigInt& b) {
  if (static_cast<double>(a.bit_length()) + static_cast<double>(b.bit_length()) > kMaxResultBits)
    memory_error();
  BigInt r;
  mpz_mul(r.raw(), a.raw(), b.raw());
  return r;
}
BigInt floordiv(const BigInt& a, const BigInt& b) {
  if (b.sign() == 0) fail(Kind::ZeroDivisionError, "integer division or modulo by zero");
  BigInt r;
  mpz_fdiv_q(r.raw(), a.raw(), b.raw());
  return r;
}
BigInt mod(const BigInt& a, const BigInt& b) {
  if (b.sign() == 0) fail(Kind::ZeroDivisionError, "integer modulo by zero");
  BigInt r;
  mpz_fdiv_r(r.raw(), a.raw(), b.raw());
  return r;
}
std::pair<BigInt, BigInt> divmod(const BigInt& a, const BigInt& b) {
  if (b.sign() == 0) fail(Kind::ZeroDivisionError, "integer division or modulo by zero");
  BigInt q, r;
  mpz_fdiv_qr(q.raw(), r.raw(), a.raw(), b.raw());
  return {std::move(q), std::move(r)};
}
BigInt neg(const BigInt& a) {
  BigInt r;
  mpz_neg(r.raw(), a.raw());
  return r;
}
BigInt abs(const BigInt& a) {
  BigInt r;
  mpz_abs(r.raw(), a.raw());
  return r;
}

BigInt pow(const BigInt& base, const BigInt& exp) {
  if (exp.sign() < 0) fail(Kind::ValueError, "pow() negative exponent");
  if (exp.sign() == 0) return BigInt(1);
  if (base.sign() == 0) return BigInt(0);
  if (mpz_cmpabs_ui(base.raw(), 1) == 0) {
    if (base.sign() > 0 || mpz_even_p(exp.raw())) return BigInt(1);
    return BigInt(-1);
  }
  if (!mpz_fits_ulong_p(exp.raw())) memory_error();
  unsigned long e = mpz_get_ui(exp.raw());
  long bexp = 0;
  double m = mpz_get_d_2exp(&bexp, base.raw());
  double bits = (std::log2(std::fabs(m)) + static_cast<double>(bexp)) * static_cast<double>(e);
  if (bits > kMaxResultBits) memory_error();
  BigInt r;
  mpz_pow_ui(r.raw(), base.raw(), e);
  return r;
}

BigInt pow_mod(const BigInt& base, const BigInt& exp, const BigInt& modulus) {
  if (modulus.sign() == 0) fail(Kind::ValueError, "pow() 3rd argument cannot be 0");
  mpz_t m;
  mpz_init(m);
  mpz_abs(m, modulus.raw());
  BigInt r;
  if (mpz_cmp_ui(m, 1) == 0) {
    mpz_clear(m);
    return BigInt(0);
  }
  if (exp.sign() < 0) {
    BigInt inv;
    if (mpz_invert(inv.raw(), base.raw(), m) == 0) {
      mpz_clear(m);
      fail(Kind::ValueError, "base is not invertible for the given modulus");
    }
    BigInt e = neg(exp);
    mpz_powm(r.raw(), inv.raw(), e.raw(), m);
  } else {
    mpz_powm(r.raw(), base.raw(), exp.raw(), m);
  }
  // r in [0, |m|); Python's result takes the sign of the modulus.
  if (modulus.sign() < 0 && r.sign() != 0) mpz_sub(r.raw(), r.raw(), m);
  mpz_clear(m);
  return r;
}

BigInt lshift(const BigInt& a, int64_t count) {
  if (count < 0) fail(Kind::ValueError, "negative shift count");
  if (a.sign() == 0) return BigInt(0);
  uint64_t c = static_cast<uint64_t>(count);
  if (cpython_digits(a) + c / 30 + (c % 30 ? 1 : 0) > kMaxLongDigits)
    fail(Kind::OverflowError, "too many digits in integer");
  if (static_cast<double>(a.bit_length()) + static_cast<double>(count) > kMaxResultBits) memory_error();
  BigInt r;
  mpz_mul_2exp(r.raw(), a.raw(), static_cast<mp_bitcnt_t>(count));
  return r;
}

BigInt lshift(const BigInt& a, const BigInt& count) {
  if (count.sign() < 0) fail(Kind::ValueError, "negative shift count");
  if (a.sign() == 0) return BigInt(0);
  if (!count.fits_int64()) {
    // CPython: wordshift = count // 30 digits; too many -> OverflowError,
    // otherwise the allocation fails -> MemoryError.
    BigInt words = add(floordiv(count, BigInt(30)), BigInt(static_cast<int64_t>(cpython_digits(a) + 1)));
    if (words.compare(BigInt(static_cast<int64_t>(kMaxLongDigits))) > 0)
      fail(Kind::OverflowError, "too many digits in integer");
    memory_error();
  }
  return lshift(a, count.to_int64());
}

BigInt rshift(const BigInt& a, int64_t count) {
  if (count < 0) fail(Kind::ValueError, "negative shift count");
  BigInt r;
  mpz_fdiv_q_2exp(r.raw(), a.raw(), static_cast<mp_bitcnt_t>(count));
  return r;
}

BigInt rshift(const BigInt& a, const BigInt& count) {
  if (count.sign() < 0) fail(Kind::ValueError, "negative shift count");
  if (!count.fits_int64() || static_cast<size_t>(count.to_int64()) >= a.bit_length() + 1) {
    return BigInt(a.sign() < 0 ? -1 : 0);
  }
  return rshift(a, count.to_int64());
}

BigInt bit_and(const BigInt& a, const BigInt& b) {
  BigInt r;
  mpz_and(r.raw(), a.raw(), b.raw());
  return r;
}
BigInt bit_or(const BigInt& a, const BigInt& b) {
  BigInt r;
  mpz_ior(r.raw(), a.raw(), b.raw());
  return r;
}
BigInt bit_xor(const BigInt& a, const BigInt& b) {
  BigInt r;
  mpz_xor(r.raw(), a.raw(), b.raw());
  return r;
}
BigInt invert(const BigInt& a) {
  BigInt r;
  mpz_com(r.raw(), a.raw());
  return r;
}

}  // namespace pywalk::num
