// range and slice: construction, indexing, membership, equality, repr,
// and slice clamping exactly as CPython's PySlice_GetIndicesEx.
#include "pywalk/objects/class.h"
#include "pywalk/objects/range.h"

#include <fmt/format.h>

#include "pywalk/errors.h"
#include "pywalk/gc.h"
#include "pywalk/objects/builtin.h"
#include "pywalk/objects/int.h"
#include "pywalk/objects/list.h"
#include "pywalk/ops.h"

namespace pywalk {

namespace {

// Number of items of range(start, stop, step), exactly (it may not fit int64).
__int128 range_length(int64_t start, int64_t stop, int64_t step) {
  __int128 lo = start, hi = stop, st = step;
  if (st > 0 && lo < hi) return (hi - lo - 1) / st + 1;
  if (st < 0 && lo > hi) return (lo - hi - 1) / (-st) + 1;
  return 0;
}

bool fits_int64(__int128 v) {
  return v >= INT64_MIN && v <= INT64_MAX;
}

// The message CPython gives when a range too large for a C ssize_t is used.
constexpr const char* kRangeOverflow = "Python int too large to convert to C ssize_t";

}  // namespace

RangeObject::RangeObject(int64_t start_, int64_t stop_, int64_t step_)
    : Object(types::range), start(start_), stop(stop_), step(step_) {
  __int128 n = range_length(start, stop, step);
  length = fits_int64(n) ? static_cast<int64_t>(n) : INT64_MAX;
}

Value make_range(int64_t start, int64_t stop, int64_t step) {
  if (!fits_int64(range_length(start, stop, step))) raise_overflow(kRangeOverflow);
  return make<RangeObject>(start, stop, step).value();
}

SliceObject::SliceObject(Value start_, Value stop_, Value step_)
    : Object(types::slice), start(std::move(start_)), stop(std::move(stop_)), step(std::move(step_)) {
  gc_track(this);
}

void SliceObject::traverse(GcVisitor& v) const {
  v.visit(start);
  v.visit(stop);
  v.visit(step);
}

void SliceObject::clear_refs() {
  start = Value::none();
  stop = Value::none();
  step = Value::none();
}

Value make_slice(Value start, Value stop, Value step) {
  return make<SliceObject>(std::move(start), std::move(stop), std::move(step)).value();
}

// ------------------------------------------------------------- slice maths

namespace {

// _PyEval_SliceIndex: ints (clamped to int64), or TypeError.
int64_t slice_index(const Value& v) {
  if (v.is_int() || v.is_bool()) return v.as_int();
  if (has_heap_type(v) && has_index(v)) return slice_index(index_value(v));
  if (is_big_int(v)) return v.as<IntObject>()->value.is_negative() ? INT64_MIN : INT64_MAX;
  raise_type_error("slice indices must be integers or None or have an __index__ method");
}

}  // namespace

SliceIndices slice_indices(const SliceObject* s, int64_t length) {
  // PySlice_Unpack
  int64_t step = 1;
  if (!s->step.is_none()) {
    step = slice_index(s->step);
    if (step == 0) raise_value_error("slice step cannot be zero");
    if (step < -INT64_MAX) step = -INT64_MAX;  // so that -step is defined
  }
  int64_t start = s->start.is_none() ? (step < 0 ? INT64_MAX : 0) : slice_index(s->start);
  int64_t stop = s->stop.is_none() ? (step < 0 ? INT64_MIN : INT64_MAX) : slice_index(s->stop);
  // PySlice_AdjustIndices
  auto adjust = [&](int64_t& i) {
    if (i < 0) {
      i += length;
      if (i < 0) i = step < 0 ? -1 : 0;
    } else if (i >= length) {
      i = step < 0 ? length - 1 : length;
    }
  };
  adjust(start);
  adjust(stop);
  int64_t n = 0;
  if (step < 0) {
    if (stop < start) n = (start - stop - 1) / (-step) + 1;
  } else if (start < stop) {
    n = (stop - start - 1) / step + 1;
  }
  return SliceIndices{start, stop, step, n};
}

std::string slice_repr(const SliceObject* s) {
  return fmt::format("slice({}, {}, {})", repr(s->start), repr(s->stop), repr(s->step));
}

std::string range_repr(const RangeObject* r) {
  if (r->step == 1) return fmt::format("range({}, {})", r->start, r->stop);
  return fmt::format("range({}, {}, {})", r->start, r->stop, r->step);
}

// ------------------------------------------------------------------ range

Value range_getitem(RangeObject* r, const Value& key) {
  if (key.is_int() || key.is_bool()) {
    int64_t i = key.as_int();
    if (i < 0) i += r->length;
    if (i < 0 || i >= r->length) raise_index_error("range object index out of range");
    return Value::integer(r->at(i));
  }
  if (has_heap_type(key) && has_index(key)) return range_getitem(r, index_value(key));
  if (is_big_int(key)) raise_index_error("range object index out of range");
  if (is_slice(key)) {
    SliceIndices si = slice_indices(key.as<SliceObject>(), r->length);
    __int128 start = __int128(r->start) + __int128(si.start) * r->step;
    __int128 stop = __int128(r->start) + __int128(si.stop) * r->step;
    __int128 step = __int128(r->step) * si.step;
    if (!fits_int64(start) || !fits_int64(stop) || !fits_int64(step)) raise_overflow(kRangeOverflow);
    return make_range(static_cast<int64_t>(start), static_cast<int64_t>(stop), static_cast<int64_t>(step));
  }
  raise_type_error(fmt::format("range indices must be integers or slices, not {}", type_name(key)));
}

namespace {

// Position of integer v in r, or -1.
int64_t range_position(const RangeObject* r, const Value& v) {
  if (!(v.is_int() || v.is_bool())) return -1;  // a big int is never in an int64 range
  __int128 x = v.as_int(), start = r->start, step = r->step;
  if (r->length == 0) return -1;
  __int128 last = start + __int128(r->length - 1) * step;
  if (step > 0 ? (x < start || x > last) : (x > start || x < last)) return -1;
  __int128 off = x - start;
  if (off % step != 0) return -1;
  return static_cast<int64_t>(off / step);
}

}  // namespace

bool range_contains(RangeObject* r, const Value& v) {
  if (is_int(v)) return range_position(r, v) >= 0;
  for (int64_t i = 0; i < r->length; ++i)
    if (eq(Value::integer(r->at(i)), v)) return true;
  return false;
}

bool range_eq(RangeObject* a, RangeObject* b) {
  if (a == b) return true;
  if (a->length != b->length) return false;
  if (a->length == 0) return true;
  if (a->start != b->start) return false;
  if (a->length == 1) return true;
  return a->step == b->step;
}

namespace {

int64_t range_arg(const Value& v) {
  if (v.is_int() || v.is_bool()) return v.as_int();
  if (has_heap_type(v) && has_index(v)) return range_arg(index_value(v));
  if (is_big_int(v)) raise_overflow(kRangeOverflow);
  raise_type_error(fmt::format("'{}' object cannot be interpreted as an integer", type_name(v)));
}

}  // namespace

Value range_new(CallArgs args) {
  ArgParser p("range", args);
  p.no_keywords().positional(1, 3);
  if (p.npos() == 1) return make_range(0, range_arg(p.get(0)), 1);
  int64_t start = range_arg(p.get(0));
  int64_t stop = range_arg(p.get(1));
  int64_t step = 1;
  if (p.npos() == 3) {
    step = range_arg(p.get(2));
    if (step == 0) raise_value_error("range() arg 3 must not be zero");
  }
  return make_range(start, stop, step);
}

Value slice_new(CallArgs args) {
  ArgParser p("slice", args);
  p.no_keywords().positional(1, 3);
  if (p.npos() == 1) return make_slice(Value::none(), p.get(0), Value::none());
  return make_slice(p.get(0), p.get(1), p.npos() == 3 ? p.get(2) : Value::none());
}

int64_t range_hash(RangeObject* r) {
  Value start = r->length == 0 ? Value::none() : Value::integer(r->start);
  Value step = r->length <= 1 ? Value::none() : Value::integer(r->step);
  return hash(make_tuple({Value::integer(r->length), std::move(start), std::move(step)}));
}

Value slice_compare(SliceObject* a, SliceObject* b, CmpOpKind op) {
  if (a == b && (op == CmpOpKind::Eq || op == CmpOpKind::NotEq)) return Value::boolean(op == CmpOpKind::Eq);
  Value x = make_tuple({a->start, a->stop, a->step});
  Value y = make_tuple({b->start, b->stop, b->step});
  return compare(x, y, op);
}

Value range_getattr(RangeObject* r, std::string_view name) {
  if (name == "start") return Value::integer(r->start);
  if (name == "stop") return Value::integer(r->stop);
  if (name == "step") return Value::integer(r->step);
  return Value();
}

Value slice_getattr(SliceObject* s, std::string_view name) {
  if (name == "start") return s->start;
  if (name == "stop") return s->stop;
  if (name == "step") return s->step;
  return Value();
}

// ---------------------------------------------------------------- methods

namespace {

Value range_index(const Value& self, CallArgs args) {
  ArgParser p("range.index", args);
  p.no_keywords().positional(1, 1);
  auto* r = self.as<RangeObject>();
  Value v = p.get(0);
  if (is_int(v)) {
    int64_t i = range_position(r, v);
    if (i < 0) raise_value_error(fmt::format("{} is not in range", repr(v)));
    return Value::integer(i);
  }
  for (int64_t i = 0; i < r->length; ++i)
    if (eq(Value::integer(r->at(i)), v)) return Value::integer(i);
  raise_value_error("sequence.index(x): x not in sequence");
}

Value range_count(const Value& self, CallArgs args) {
  ArgParser p("range.count", args);
  p.no_keywords().positional(1, 1);
  auto* r = self.as<RangeObject>();
  Value v = p.get(0);
  if (is_int(v)) return Value::integer(range_position(r, v) >= 0 ? 1 : 0);
  int64_t n = 0;
  for (int64_t i = 0; i < r->length; ++i)
    if (eq(Value::integer(r->at(i)), v)) ++n;
  return Value::integer(n);
}

Value slice_indices_method(const Value& self, CallArgs args) {
  ArgParser p("slice.indices", args);
  p.no_keywords().positional(1, 1);
  Value len_arg = p.get(0);
  int64_t length;
  if (is_big_int(len_arg))
    length = len_arg.as<IntObject>()->value.is_negative() ? -1 : INT64_MAX;
  else
    length = index_int64(len_arg);
  if (length < 0) raise_value_error("length should not be negative");
  SliceIndices si = slice_indices(self.as<SliceObject>(), length);
  return make_tuple({Value::integer(si.start), Value::integer(si.stop), Value::integer(si.step)});
}

}  // namespace

void init_range_type() {
  add_method(types::range, "index", &range_index);
  add_method(types::range, "count", &range_count);
  add_method(types::slice, "indices", &slice_indices_method);
}

}  // namespace pywalk
