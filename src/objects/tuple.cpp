// tuple: TupleObject and its methods, and the sequence helpers list and
// tuple share (repr, ==, ordering).
#include <fmt/format.h>

#include <algorithm>

#include "pywalk/errors.h"
#include "pywalk/gc.h"
#include "pywalk/interpreter.h"
#include "pywalk/objects/builtin.h"
#include "pywalk/objects/list.h"
#include "pywalk/objects/range.h"
#include "pywalk/objects/str.h"
#include "pywalk/ops.h"

namespace pywalk {

TupleObject::TupleObject() : Object(types::tuple) {}
TupleObject::TupleObject(std::vector<Value> items_) : Object(types::tuple), items(std::move(items_)) {
  gc_track(this);
}

void TupleObject::traverse(GcVisitor& v) const {
  for (const Value& x : items) v.visit(x);
}

void TupleObject::clear_refs() {
  std::vector<Value> old;
  old.swap(items);
}

Value empty_tuple() {
  static TupleObject* empty = [] {
    auto* t = new TupleObject();
    t->make_immortal();
    return t;
  }();
  return Value(empty);
}

Value make_tuple(std::vector<Value> items) {
  if (items.empty()) return empty_tuple();
  return make<TupleObject>(std::move(items)).value();
}

// ------------------------------------------------------------------ repr

std::string sequence_repr(const Value& seq) {
  Object* o = seq.obj();
  bool list = o->type->id == TypeId::List;
  const std::vector<Value>& items = list ? seq.as<ListObject>()->items : seq.as<TupleObject>()->items;
  if (items.empty()) return list ? "[]" : "()";
  if (repr_busy(o)) return list ? "[...]" : "(...)";
  ReprBusyGuard guard(o);
  std::string out(1, list ? '[' : '(');
  // Re-read the size each time: an item's repr may mutate the list.
  for (size_t i = 0; i < items.size(); ++i) {
    if (i) out += ", ";
    Value item = items[i];
    out += repr(item);
  }
  if (!list && items.size() == 1) out += ',';
  out += list ? ']' : ')';
  return out;
}

// ------------------------------------------------------------ comparison

namespace {
int comparison_depth = 0;
}  // namespace

ComparisonDepthGuard::ComparisonDepthGuard() {
  // CPython fails when nested comparisons plus the module frame pass the
  // limit of 1000: comparing two 998-deep nested lists works, 999 fails.
  if (comparison_depth >= kRecursionLimit - 1)
    raise(exc::RecursionError, "maximum recursion depth exceeded in comparison");
  ++comparison_depth;
}
ComparisonDepthGuard::~ComparisonDepthGuard() { --comparison_depth; }

// Index of the first position where a and b differ (by ==), or the shorter
// length when one is a prefix of the other.
static size_t first_difference(const std::vector<Value>& a, const std::vector<Value>& b) {
  size_t i = 0;
  for (; i < a.size() && i < b.size(); ++i) {
    const Value& x = a[i];
    const Value& y = b[i];
    if (x.is(y)) continue;
    if ((x.is_int() && y.is_int()) || (is_str(x) && is_str(y))) {  // no user code runs: no copies needed
      if (!eq(x, y)) break;
      continue;
    }
    Value xc = x, yc = y;  // eq may run code that changes the sequences
    if (!eq(xc, yc)) break;
  }
  return i;
}

bool sequence_eq(const std::vector<Value>& a, const std::vector<Value>& b) {
  if (a.size() != b.size()) return false;
  ComparisonDepthGuard depth;
  return first_difference(a, b) >= a.size() && a.size() == b.size();
}

bool sequence_compare(const std::vector<Value>& a, const std::vector<Value>& b, CmpOpKind op) {
  ComparisonDepthGuard depth;
  size_t i = first_difference(a, b);
  if (i >= a.size() || i >= b.size()) {
    size_t na = a.size(), nb = b.size();
    switch (op) {
      case CmpOpKind::Lt: return na < nb;
      case CmpOpKind::LtE: return na <= nb;
      case CmpOpKind::Gt: return na > nb;
      case CmpOpKind::GtE: return na >= nb;
      case CmpOpKind::Eq: return na == nb;
      case CmpOpKind::NotEq: return na != nb;
      case CmpOpKind::Is:
      case CmpOpKind::IsNot:
      case CmpOpKind::In:
      case CmpOpKind::NotIn: return false;
    }
    return false;
  }
  if (op == CmpOpKind::Eq) return false;
  if (op == CmpOpKind::NotEq) return true;
  Value x = a[i], y = b[i];
  return truthy(compare(x, y, op));
}

// ---------------------------------------------------------------- hashing

int64_t tuple_hash(TupleObject* t) {
  if (t->hash != -1) return t->hash;
  // CPython's tuplehash: xxHash-style lanes over the items' hashes.
  constexpr uint64_t kPrime1 = 11400714785074694791ULL;
  constexpr uint64_t kPrime2 = 14029467366897019727ULL;
  constexpr uint64_t kPrime5 = 2870177450012600261ULL;
  uint64_t acc = kPrime5;
  for (const Value& item : t->items) {
    uint64_t lane = static_cast<uint64_t>(hash(item));
    acc += lane * kPrime2;
    acc = (acc << 31) | (acc >> 33);
    acc *= kPrime1;
  }
  acc += t->items.size() ^ (kPrime5 ^ 3527539ULL);
  int64_t h = acc == static_cast<uint64_t>(-1) ? 1546275796 : static_cast<int64_t>(acc);
  t->hash = h;
  return h;
}

// ---------------------------------------------------------------- indexing

Value tuple_getitem(TupleObject* t, const Value& key) {
  int64_t n = static_cast<int64_t>(t->items.size());
  if (has_index(key)) {
    int64_t i = index_int64(key);
    if (i < 0) i += n;
    if (i < 0 || i >= n) raise_index_error("tuple index out of range");
    return t->items[i];
  }
  if (!is_slice(key))
    raise_type_error(fmt::format("tuple indices must be integers or slices, not {}", type_name(key)));
  SliceIndices si = slice_indices(key.as<SliceObject>(), n);
  if (si.step == 1 && si.start == 0 && si.length == n) return Value(static_cast<Object*>(t));
  std::vector<Value> out;
  out.reserve(static_cast<size_t>(std::max<int64_t>(si.length, 0)));
  for (int64_t k = 0, i = si.start; k < si.length; ++k, i += si.step) out.push_back(t->items[i]);
  return make_tuple(std::move(out));
}

Value tuple_new(CallArgs args) {
  ArgParser p("tuple", args);
  p.no_keywords().positional(0, 1);
  if (p.npos() == 0) return empty_tuple();
  const Value& arg = args.positional[0];
  if (is_tuple(arg)) return arg;
  return make_tuple(to_vector(arg));
}

// ----------------------------------------------------------------- methods

namespace {

Value tuple_index(const Value& self, CallArgs args) {
  ArgParser("tuple.index", args).no_keywords();
  ArgParser("index", args).positional(1, 3);
  const auto& items = self.as<TupleObject>()->items;
  int64_t n = static_cast<int64_t>(items.size());
  int64_t start = args.positional.size() > 1 ? slice_index_arg(args.positional[1]) : 0;
  int64_t stop = args.positional.size() > 2 ? slice_index_arg(args.positional[2]) : INT64_MAX;
  if (start < 0) start = std::max<int64_t>(start + n, 0);
  if (stop < 0) stop = std::max<int64_t>(stop + n, 0);
  for (int64_t i = start; i < stop && i < n; ++i)
    if (eq(items[i], args.positional[0])) return Value::integer(i);
  raise_value_error("tuple.index(x): x not in tuple");
}

Value tuple_count(const Value& self, CallArgs args) {
  ArgParser("tuple.count", args).no_keywords().positional(1, 1);
  int64_t count = 0;
  for (const Value& x : self.as<TupleObject>()->items)
    if (eq(x, args.positional[0])) ++count;
  return Value::integer(count);
}

}  // namespace

void init_tuple_type() {
  add_method(types::tuple, "index", &tuple_index);
  add_method(types::tuple, "count", &tuple_count);
}

}  // namespace pywalk
