// The `random` module, part 3: the real-valued distributions of
// Lib/random.py (uniform, triangular, gauss, normalvariate, lognormvariate,
// expovariate, vonmisesvariate, gammavariate, betavariate, paretovariate,
// weibullvariate), computed in the same order with the same libm calls.
#include <fmt/format.h>

#include <array>
#include <cmath>

#include "pywalk/errors.h"
#include "pywalk/modules/native.h"
#include "pywalk/modules/random.h"
#include "pywalk/ops.h"

namespace pywalk::random_detail {

namespace {

const double kTwoPi = 2.0 * M_PI;
const double kNvMagic = 4 * std::exp(-0.5) / std::sqrt(2.0);
const double kLog4 = std::log(4.0);
const double kSgMagic = 1.0 + std::log(4.5);

RandomObject* rng(const Value& self) {
  return self.as<RandomObject>();
}

// A float argument (ints convert; anything else: the arithmetic's TypeError).
double num(const Value& v) {
  if (v.is_float()) return v.as_float();
  if (is_int(v)) return to_double(v);
  raise_type_error(fmt::format("must be real number, not {}", type_name(v)));
}

double div(double a, double b) {
  if (b == 0.0) raise_zero_division("float division by zero");
  return a / b;
}

Value random_uniform(const Value& self, CallArgs args) {
  static constexpr std::array<const char*, 2> kNames = {"a", "b"};
  Value a[2];
  modules::bind_py_args("Random.uniform", args, kNames, 2, a, 1);
  Value r = Value::floating(rng(self)->random());
  return binary_op(BinOpKind::Add, a[0], binary_op(BinOpKind::Mult, binary_op(BinOpKind::Sub, a[1], a[0]), r));
}

Value random_triangular(const Value& self, CallArgs args) {
  static constexpr std::array<const char*, 3> kNames = {"low", "high", "mode"};
  Value a[3];
  modules::bind_py_args("Random.triangular", args, kNames, 0, a, 1);
  double low = a[0].is_unbound() ? 0.0 : num(a[0]);
  double high = a[1].is_unbound() ? 1.0 : num(a[1]);
  double u = rng(self)->random();
  double c;
  if (a[2].is_unbound() || a[2].is_none()) {
    c = 0.5;
  } else {
    if (high - low == 0.0) return a[0].is_unbound() ? Value::floating(low) : a[0];
    c = (num(a[2]) - low) / (high - low);
  }
  if (u > c) {
    u = 1.0 - u;
    c = 1.0 - c;
    std::swap(low, high);
  }
  return Value::floating(low + (high - low) * std::sqrt(u * c));
}

double normal(RandomObject* r, double mu, double sigma) {
  double z;
  for (;;) {
    double u1 = r->random();
    double u2 = 1.0 - r->random();
    z = kNvMagic * (u1 - 0.5) / u2;
    double zz = z * z / 4.0;
    if (zz <= -std::log(u2)) break;
  }
  return mu + z * sigma;
}

void mu_sigma(const char* name, CallArgs args, double& mu, double& sigma) {
  static constexpr std::array<const char*, 2> kNames = {"mu", "sigma"};
  Value a[2];
  modules::bind_py_args(name, args, kNames, 0, a, 1);
  mu = a[0].is_unbound() ? 0.0 : num(a[0]);
  sigma = a[1].is_unbound() ? 1.0 : num(a[1]);
}

Value random_normalvariate(const Value& self, CallArgs args) {
  double mu, sigma;
  mu_sigma("Random.normalvariate", args, mu, sigma);
  return Value::floating(normal(rng(self), mu, sigma));
}

Value random_gauss(const Value& self, CallArgs args) {
  double mu, sigma;
  mu_sigma("Random.gauss", args, mu, sigma);
  RandomObject* r = rng(self);
  Value z = r->gauss_next;
  r->gauss_next = Value::none();
  double zv;
  if (!z.is_float()) {
    double x2pi = r->random() * kTwoPi;
    double g2rad = std::sqrt(-2.0 * std::log(1.0 - r->random()));
    zv = std::cos(x2pi) * g2rad;
    r->gauss_next = Value::floating(std::sin(x2pi) * g2rad);
  } else {
    zv = z.as_float();
  }
  return Value::floating(mu + zv * sigma);
}

void two(const char* name, const char* n1, const char* n2, CallArgs args, Value* a) {
  const std::array<const char*, 2> names = {n1, n2};
  modules::bind_py_args(name, args, names, 2, a, 1);
}

Value random_lognormvariate(const Value& self, CallArgs args) {
  Value a[2];
  two("Random.lognormvariate", "mu", "sigma", args, a);
  return Value::floating(std::exp(normal(rng(self), num(a[0]), num(a[1]))));
}

Value random_expovariate(const Value& self, CallArgs args) {
  static constexpr std::array<const char*, 1> kNames = {"lambd"};
  Value a[1];
  modules::bind_py_args("Random.expovariate", args, kNames, 1, a, 1);
  return Value::floating(div(-std::log(1.0 - rng(self)->random()), num(a[0])));
}

double py_mod(double x, double y) {
  double m = std::fmod(x, y);
  if (m != 0.0) {
    if ((y < 0) != (m < 0)) m += y;
  } else {
    m = std::copysign(0.0, y);
  }
  return m;
}

Value random_vonmisesvariate(const Value& self, CallArgs args) {
  Value a[2];
  two("Random.vonmisesvariate", "mu", "kappa", args, a);
  RandomObject* r = rng(self);
  double mu = num(a[0]), kappa = num(a[1]);
  if (kappa <= 1e-6) return Value::floating(kTwoPi * r->random());
  double s = 0.5 / kappa;
  double rr = s + std::sqrt(1.0 + s * s);
  double z;
  for (;;) {
    double u1 = r->random();
    z = std::cos(M_PI * u1);
    double d = z / (rr + z);
    double u2 = r->random();
    if (u2 < 1.0 - d * d || u2 <= (1.0 - d) * std::exp(d)) break;
  }
  double q = 1.0 / rr;
  double f = (q + z) / (1.0 + q * z);
  double u3 = r->random();
  double theta = u3 > 0.5 ? py_mod(mu + std::acos(f), kTwoPi) : py_mod(mu - std::acos(f), kTwoPi);
  return Value::floating(theta);
}

double gamma(RandomObject* r, double alpha, double beta) {
  if (alpha <= 0.0 || beta <= 0.0) raise_value_error("gammavariate: alpha and beta must be > 0.0");
  if (alpha > 1.0) {
    double ainv = std::sqrt(2.0 * alpha - 1.0);
    double bbb = alpha - kLog4;
    double ccc = alpha + ainv;
    for (;;) {
      double u1 = r->random();
      if (!(1e-7 < u1 && u1 < 0.9999999)) continue;
      double u2 = 1.0 - r->random();
      double v = std::log(u1 / (1.0 - u1)) / ainv;
      double x = alpha * std::exp(v);
      double z = u1 * u1 * u2;
      double rr = bbb + ccc * v - x;
      if (rr + kSgMagic - 4.5 * z >= 0.0 || rr >= std::log(z)) return x * beta;
    }
  }
  if (alpha == 1.0) return -std::log(1.0 - r->random()) * beta;
  double x;
  for (;;) {
    double u = r->random();
    double b = (M_E + alpha) / M_E;
    double p = b * u;
    if (p <= 1.0)
      x = std::pow(p, 1.0 / alpha);
    else
      x = -std::log((b - p) / alpha);
    double u1 = r->random();
    if (p > 1.0) {
      if (u1 <= std::pow(x, alpha - 1.0)) break;
    } else if (u1 <= std::exp(-x)) {
      break;
    }
  }
  return x * beta;
}

Value random_gammavariate(const Value& self, CallArgs args) {
  Value a[2];
  two("Random.gammavariate", "alpha", "beta", args, a);
  return Value::floating(gamma(rng(self), num(a[0]), num(a[1])));
}

Value random_betavariate(const Value& self, CallArgs args) {
  Value a[2];
  two("Random.betavariate", "alpha", "beta", args, a);
  double y = gamma(rng(self), num(a[0]), 1.0);
  if (y != 0.0) return Value::floating(y / (y + gamma(rng(self), num(a[1]), 1.0)));
  return Value::floating(0.0);
}

Value random_paretovariate(const Value& self, CallArgs args) {
  static constexpr std::array<const char*, 1> kNames = {"alpha"};
  Value a[1];
  modules::bind_py_args("Random.paretovariate", args, kNames, 1, a, 1);
  double u = 1.0 - rng(self)->random();
  return Value::floating(std::pow(u, div(-1.0, num(a[0]))));
}

Value random_weibullvariate(const Value& self, CallArgs args) {
  Value a[2];
  two("Random.weibullvariate", "alpha", "beta", args, a);
  double u = 1.0 - rng(self)->random();
  return Value::floating(num(a[0]) * std::pow(-std::log(u), div(1.0, num(a[1]))));
}

}  // namespace

void add_distribution_methods(TypeObject* t) {
  add_method(t, "uniform", &random_uniform);
  add_method(t, "triangular", &random_triangular);
  add_method(t, "gauss", &random_gauss);
  add_method(t, "normalvariate", &random_normalvariate);
  add_method(t, "lognormvariate", &random_lognormvariate);
  add_method(t, "expovariate", &random_expovariate);
  add_method(t, "vonmisesvariate", &random_vonmisesvariate);
  add_method(t, "gammavariate", &random_gammavariate);
  add_method(t, "betavariate", &random_betavariate);
  add_method(t, "paretovariate", &random_paretovariate);
  add_method(t, "weibullvariate", &random_weibullvariate);
}

}  // namespace pywalk::random_detail
