// The `random` module, part 1: the Mersenne Twister and its seeding, ported
// from CPython's Modules/_randommodule.c (see modules/random.h), the
// random.Random type, and the module's functions, which are the methods of
// one hidden instance seeded from /dev/urandom at import (as CPython's
// random._inst). The Python-level methods are in random_methods.cpp and
// random_dist.cpp.
#include "pywalk/modules/random.h"

#include <fmt/format.h>

#include <array>
#include <chrono>
#include <cmath>
#include <fstream>

#include "pywalk/errors.h"
#include "pywalk/modules/native.h"
#include "pywalk/objects/dict.h"
#include "pywalk/objects/int.h"
#include "pywalk/objects/module.h"
#include "pywalk/objects/str.h"
#include "pywalk/ops.h"

namespace pywalk::random_detail {

namespace {
constexpr int N = 624;
constexpr int M = 397;
constexpr uint32_t MATRIX_A = 0x9908b0dfU;
constexpr uint32_t UPPER_MASK = 0x80000000U;
constexpr uint32_t LOWER_MASK = 0x7fffffffU;

// The 32-bit words of a non-negative int, least significant first (at least one).
std::vector<uint32_t> words_of(const num::BigInt& n) {
  size_t count = 0;
  std::vector<uint32_t> key((n.bit_length() + 31) / 32 + 1);
  mpz_export(key.data(), &count, -1, 4, 0, 0, n.raw());
  key.resize(count == 0 ? 1 : count);
  if (count == 0) key[0] = 0;
  return key;
}
}  // namespace

uint32_t RandomObject::genrand_uint32() {
  static const uint32_t mag01[2] = {0x0U, MATRIX_A};
  uint32_t y;
  if (index >= N) {
    int kk;
    for (kk = 0; kk < N - M; kk++) {
      y = (mt[kk] & UPPER_MASK) | (mt[kk + 1] & LOWER_MASK);
      mt[kk] = mt[kk + M] ^ (y >> 1) ^ mag01[y & 0x1U];
    }
    for (; kk < N - 1; kk++) {
      y = (mt[kk] & UPPER_MASK) | (mt[kk + 1] & LOWER_MASK);
      mt[kk] = mt[kk + (M - N)] ^ (y >> 1) ^ mag01[y & 0x1U];
    }
    y = (mt[N - 1] & UPPER_MASK) | (mt[0] & LOWER_MASK);
    mt[N - 1] = mt[M - 1] ^ (y >> 1) ^ mag01[y & 0x1U];
    index = 0;
  }
  y = mt[index++];
  y ^= (y >> 11);
  y ^= (y << 7) & 0x9d2c5680U;
  y ^= (y << 15) & 0xefc60000U;
  y ^= (y >> 18);
  return y;
}

double RandomObject::random() {
  uint32_t a = genrand_uint32() >> 5, b = genrand_uint32() >> 6;
  return (a * 67108864.0 + b) * (1.0 / 9007199254740992.0);
}

void RandomObject::init_genrand(uint32_t s) {
  mt[0] = s;
  int mti;
  for (mti = 1; mti < N; mti++) mt[mti] = (1812433253U * (mt[mti - 1] ^ (mt[mti - 1] >> 30)) + mti);
  index = mti;
}

void RandomObject::init_by_array(const std::vector<uint32_t>& key) {
  size_t key_length = key.size();
  init_genrand(19650218U);
  size_t i = 1, j = 0;
  size_t k = (N > key_length ? N : key_length);
  for (; k; k--) {
    mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >> 30)) * 1664525U)) + key[j] + static_cast<uint32_t>(j);
    i++;
    j++;
    if (i >= N) {
      mt[0] = mt[N - 1];
      i = 1;
    }
    if (j >= key_length) j = 0;
  }
  for (k = N - 1; k; k--) {
    mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >> 30)) * 1566083941U)) - static_cast<uint32_t>(i);
    i++;
    if (i >= N) {
      mt[0] = mt[N - 1];
      i = 1;
    }
  }
  mt[0] = 0x80000000U;
}

void RandomObject::seed_from_urandom() {
  std::vector<uint32_t> key(N);
  std::ifstream in("/dev/urandom", std::ios::binary);
  if (!in.read(reinterpret_cast<char*>(key.data()), static_cast<std::streamsize>(key.size() * 4))) {
    // No system entropy: the current time, as CPython's fallback.
    auto now = std::chrono::system_clock::now().time_since_epoch().count();
    key = {static_cast<uint32_t>(now), static_cast<uint32_t>(static_cast<uint64_t>(now) >> 32)};
  }
  init_by_array(key);
}

void RandomObject::seed(const Value& a, int64_t version) {
  gauss_next = Value::none();
  if (a.is_unbound() || a.is_none()) {
    seed_from_urandom();
    return;
  }
  if (is_int(a)) {
    init_by_array(words_of(num::abs(to_bigint(a))));
    return;
  }
  if (is_str(a)) {
    const std::string& s = a.as<StrObject>()->data;
    if (version == 1) {
      // Lib/random.py's version 1 hash of the code points.
      const StrObject* so = a.as<StrObject>();
      uint64_t x = so->length ? static_cast<uint64_t>(so->at(0)) << 7 : 0;
      for (int64_t i = 0; i < so->length; ++i) x = (1000003ULL * x) ^ static_cast<uint64_t>(so->at(i));
      x ^= static_cast<uint64_t>(so->length);
      // a = -2 if x == -1 else x: x is non-negative here, so it is used as is.
      init_by_array(words_of(num::BigInt::from_string(std::to_string(x), 10)));
      return;
    }
    std::array<uint8_t, 64> digest = sha512(s);
    std::string bytes = s + std::string(reinterpret_cast<const char*>(digest.data()), digest.size());
    num::BigInt n;
    mpz_import(n.raw(), bytes.size(), 1, 1, 1, 0, bytes.data());
    init_by_array(words_of(n));
    return;
  }
  if (a.is_float()) {
    uint64_t h = static_cast<uint64_t>(hash(a));
    init_by_array(words_of(num::BigInt::from_string(std::to_string(h), 10)));
    return;
  }
  raise_type_error("The only supported seed types are: None,\nint, float, str, bytes, and bytearray.");
}

Value RandomObject::getrandbits(uint64_t k) {
  if (k == 0) return Value::integer(0);
  if (k <= 32) return Value::integer(genrand_uint32() >> (32 - k));
  check_alloc(k / 8, 1);
  size_t words = static_cast<size_t>((k - 1) / 32 + 1);
  std::vector<uint32_t> w(words);
  int64_t left = static_cast<int64_t>(k);
  for (size_t i = 0; i < words; ++i, left -= 32) {
    uint32_t r = genrand_uint32();
    if (left < 32) r >>= (32 - left);
    w[i] = r;
  }
  num::BigInt n;
  mpz_import(n.raw(), words, -1, 4, 0, 0, w.data());
  return normalize(std::move(n));
}

int64_t RandomObject::randbelow(int64_t n) {
  int k = 64 - __builtin_clzll(static_cast<uint64_t>(n));
  for (;;) {
    uint64_t r;
    if (k <= 32) {
      r = genrand_uint32() >> (32 - k);
    } else {
      uint64_t lo = genrand_uint32();
      uint64_t hi = genrand_uint32() >> (64 - k);
      r = lo | (hi << 32);
    }
    if (r < static_cast<uint64_t>(n)) return static_cast<int64_t>(r);
  }
}

Value RandomObject::randbelow(const Value& n) {
  if (n.is_int()) return Value::integer(randbelow(n.as_int()));
  num::BigInt bn = to_bigint(n);
  uint64_t k = bn.bit_length();
  for (;;) {
    Value r = getrandbits(k);
    if (to_bigint(r) < bn) return r;
  }
}

namespace {

TypeObject* the_type = nullptr;

Value random_construct(TypeObject* t, CallArgs args) {
  static constexpr std::array<const char*, 1> kNames = {"x"};
  Value a[1];
  modules::bind_py_args("Random.__init__", args, kNames, 0, a, 1);
  auto r = make<RandomObject>(t);
  r->seed(a[0], 2);
  return r.value();
}

}  // namespace

TypeObject* random_type() {
  if (!the_type) {
    the_type = modules::make_native_type("random.Random");
    the_type->construct_slot = &random_construct;
    add_random_methods(the_type);
    add_distribution_methods(the_type);
  }
  return the_type;
}

}  // namespace pywalk::random_detail

namespace pywalk {

void init_random_module(ModuleObject* m) {
  using namespace random_detail;
  TypeObject* t = random_type();
  modules::set_attr(m, "Random", Value(static_cast<Object*>(t)));
  auto inst = make<RandomObject>(t);
  inst->seed(Value(), 2);
  Value iv = inst.value();
  // The module's functions are the bound methods of the hidden instance.
  const DictObject* methods = as_dict(t->dict);
  for (const DictEntry& e : methods->entries) {
    if (e.key.is_unbound() || !e.value.is_obj() || e.value.obj()->type != types::method_descriptor) continue;
    std::string_view name = e.key.as<StrObject>()->view();
    if (name.starts_with("_")) continue;
    m->ns()->set(e.key, bind_builtin(e.value.as<BuiltinFunctionObject>(), iv));
  }
  modules::set_attr(m, "_inst", iv);
}

}  // namespace pywalk
