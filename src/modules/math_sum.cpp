// The `math` module, part 3: fsum (Shewchuk's exact partials, CPython's
// msum with its half-even fix-up), hypot and dist (CPython 3.11's
// vector_norm: Veltkamp-Dekker squaring, compensated summation and a
// differential correction of the square root, so results match to the
// last bit), and prod.
#include <fmt/format.h>

#include <array>
#include <cfloat>
#include <cmath>
#include <vector>

#include "pywalk/builtins.h"
#include "pywalk/errors.h"
#include "pywalk/modules/math.h"
#include "pywalk/modules/native.h"
#include "pywalk/objects/list.h"
#include "pywalk/objects/module.h"
#include "pywalk/ops.h"

namespace pywalk {

namespace {

using math_detail::as_double;

Value math_fsum(const Value&, CallArgs args) {
  ArgParser("math.fsum", args).no_keywords().positional(1, 1);
  Value it = iter(args.positional[0]);
  std::vector<double> p;
  double special_sum = 0.0, inf_sum = 0.0;
  for (;;) {
    Value item = next(it);
    if (item.is_unbound()) break;
    double x = as_double(item);
    double xsave = x;
    size_t i = 0;
    for (size_t j = 0; j < p.size(); ++j) {
      double y = p[j];
      if (std::fabs(x) < std::fabs(y)) std::swap(x, y);
      double hi = x + y;
      double yr = hi - x;
      double lo = y - yr;
      if (lo != 0.0) p[i++] = lo;
      x = hi;
    }
    p.resize(i);
    if (x != 0.0) {
      if (!std::isfinite(x)) {
        // A nonfinite x comes from an intermediate overflow or from a nan/inf summand.
        if (std::isfinite(xsave)) raise_overflow("intermediate overflow in fsum");
        if (std::isinf(xsave)) inf_sum += xsave;
        special_sum += xsave;
        p.clear();
      } else {
        p.push_back(x);
      }
    }
  }
  if (special_sum != 0.0) {
    if (std::isnan(inf_sum)) raise_value_error("-inf + inf in fsum");
    return Value::floating(special_sum);
  }
  double hi = 0.0;
  size_t n = p.size();
  if (n > 0) {
    double lo = 0.0;
    hi = p[--n];
    // Sum exactly from the top; stop when the sum becomes inexact.
    while (n > 0) {
      double x = hi;
      double y = p[--n];
      hi = x + y;
      double yr = hi - x;
      lo = y - yr;
      if (lo != 0.0) break;
    }
    // Half-even rounding across partials: sum([1e-16, 1, 1e16]) rounds up.
    if (n > 0 && ((lo < 0.0 && p[n - 1] < 0.0) || (lo > 0.0 && p[n - 1] > 0.0))) {
      double y = lo * 2.0;
      double x = hi + y;
      double yr = x - hi;
      if (y == yr) hi = x;
    }
  }
  return Value::floating(hi);
}

// sqrt(sum(x**2 for x in vec)) for non-negative finite vec (CPython 3.11's vector_norm).
double vector_norm(std::vector<double>& vec, double max, bool found_nan) {
  const double T27 = 134217729.0;  // ldexp(1.0, 27) + 1.0
  size_t n = vec.size();
  if (std::isinf(max)) return max;
  if (found_nan) return NAN;
  if (max == 0.0 || n <= 1) return max;
  int max_e;
  std::frexp(max, &max_e);
  if (max_e < -1023) {
    // ldexp(1.0, -max_e) would overflow: make the subnormals normal first.
    for (double& x : vec) x /= DBL_MIN;
    return DBL_MIN * vector_norm(vec, max / DBL_MIN, found_nan);
  }
  double scale = std::ldexp(1.0, -max_e);
  double csum = 1.0, frac1 = 0.0, frac2 = 0.0, frac3 = 0.0;
  for (double x : vec) {
    x *= scale;
    double t = x * T27;
    double hi = t - (t - x);
    double lo = x - hi;
    x = hi * hi;
    double oldcsum = csum;
    csum += x;
    frac1 += (oldcsum - csum) + x;
    x = 2.0 * hi * lo;
    oldcsum = csum;
    csum += x;
    frac2 += (oldcsum - csum) + x;
    frac3 += lo * lo;
  }
  double h = std::sqrt(csum - 1.0 + (frac1 + frac2 + frac3));
  double x = h;
  double t = x * T27;
  double hi = t - (t - x);
  double lo = x - hi;
  x = -hi * hi;
  double oldcsum = csum;
  csum += x;
  frac1 += (oldcsum - csum) + x;
  x = -2.0 * hi * lo;
  oldcsum = csum;
  csum += x;
  frac2 += (oldcsum - csum) + x;
  x = -lo * lo;
  oldcsum = csum;
  csum += x;
  frac3 += (oldcsum - csum) + x;
  x = csum - 1.0 + (frac1 + frac2 + frac3);
  return (h + x / (2.0 * h)) / scale;
}

Value math_hypot(const Value&, CallArgs args) {
  if (!args.kw_names.empty()) raise_type_error("math.hypot() takes no keyword arguments");
  std::vector<double> coords;
  coords.reserve(args.positional.size());
  double max = 0.0;
  bool found_nan = false;
  for (const Value& v : args.positional) {
    double x = std::fabs(as_double(v));
    coords.push_back(x);
    found_nan |= std::isnan(x);
    if (x > max) max = x;
  }
  return Value::floating(vector_norm(coords, max, found_nan));
}

Value math_dist(const Value&, CallArgs args) {
  if (!args.kw_names.empty()) raise_type_error("math.dist() takes no keyword arguments");
  check_positional("dist", args.positional.size(), 2, 2);
  Value p = args.positional[0], q = args.positional[1];
  if (!is_tuple(p)) p = make_tuple(to_vector(p));
  if (!is_tuple(q)) q = make_tuple(to_vector(q));
  const auto& ps = p.as<TupleObject>()->items;
  const auto& qs = q.as<TupleObject>()->items;
  if (ps.size() != qs.size()) raise_value_error("both points must have the same number of dimensions");
  std::vector<double> diffs;
  diffs.reserve(ps.size());
  double max = 0.0;
  bool found_nan = false;
  for (size_t i = 0; i < ps.size(); ++i) {
    double px = as_double(ps[i]);
    double qx = as_double(qs[i]);
    double x = std::fabs(px - qx);
    diffs.push_back(x);
    found_nan |= std::isnan(x);
    if (x > max) max = x;
  }
  return Value::floating(vector_norm(diffs, max, found_nan));
}

Value math_prod(const Value&, CallArgs args) {
  static constexpr std::array<const char*, 2> kNames = {"iterable", "start"};
  Value a[2];
  unpack_args("prod", args, kNames, 1, 1, 1, a);
  Value result = a[1].is_unbound() ? Value::integer(1) : a[1];
  for_each(a[0], [&](const Value& x) { result = binary_op(BinOpKind::Mult, result, x); });
  return result;
}

}  // namespace

void init_math_sum(ModuleObject* m) {
  modules::def(m, "dist", &math_dist);
  modules::def(m, "fsum", &math_fsum);
  modules::def(m, "hypot", &math_hypot);
  modules::def(m, "prod", &math_prod);
}

}  // namespace pywalk
