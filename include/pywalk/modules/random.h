// The `random` module's generator, shared by src/modules/random*.cpp.
//
// RandomObject is CPython's _random.Random: the MT19937 state (624 words
// and the index of the next one) seeded exactly as _randommodule.c does
// (init_by_array over the 32-bit words of abs(int seed), of hash(x) for a
// float, of int.from_bytes(s + sha512(s)) for a str), plus Lib/random.py's
// gauss_next. random() is genrand_res53; getrandbits(k) fills an int from
// 32-bit outputs, least significant word first; randbelow(n) is
// _randbelow_with_getrandbits. So every derived function (randint, choice,
// shuffle, sample, ...) draws the same numbers as CPython 3.11.
#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <vector>

#include "pywalk/num/bigint.h"
#include "pywalk/object.h"

namespace pywalk {

struct ModuleObject;

namespace random_detail {

struct RandomObject : Object {
  explicit RandomObject(TypeObject* t) : Object(t) {}
  std::array<uint32_t, 624> mt{};
  int index = 625;
  Value gauss_next;  // None or a float (never a container: no gc needed)

  uint32_t genrand_uint32();
  double random();  // [0, 1), 53 bits
  void init_genrand(uint32_t s);
  void init_by_array(const std::vector<uint32_t>& key);
  void seed_from_urandom();
  // random.seed(a, version): raises TypeError for unsupported seed types.
  void seed(const Value& a, int64_t version);
  // getrandbits(k), k >= 0.
  Value getrandbits(uint64_t k);
  // A random int in [0, n), n > 0.
  Value randbelow(const Value& n);
  int64_t randbelow(int64_t n);  // n > 0
};

// SHA-512 of `data` (64 bytes).
std::array<uint8_t, 64> sha512(const std::string& data);

// The random.Random type (random.cpp) and its methods' registration
// (random_methods.cpp, random_dist.cpp).
TypeObject* random_type();
void add_random_methods(TypeObject* t);
void add_distribution_methods(TypeObject* t);

}  // namespace random_detail
}  // namespace pywalk
