// RangeObject and SliceObject.
//
// range holds start/stop/step as int64 (a range whose bounds or length do
// not fit in int64 raises OverflowError "Python int too large to convert to
// C ssize_t", documented in docs/language.md); its length is computed once
// (make_range() checks it fits, the constructor assumes it). slice holds three arbitrary values (usually ints or
// None); slice_indices() clamps them to a sequence length exactly like
// CPython's PySlice_GetIndicesEx.
#pragma once

#include <string>
#include <string_view>

#include "pywalk/ast.h"
#include "pywalk/call.h"
#include "pywalk/object.h"

namespace pywalk {

struct RangeObject : Object {
  RangeObject(int64_t start, int64_t stop, int64_t step);
  int64_t start, stop, step, length;
  // start + i * step, computed modulo 2**64 (exact for 0 <= i < length;
  // no signed overflow for the intermediate product).
  int64_t at(int64_t i) const noexcept {
    return static_cast<int64_t>(static_cast<uint64_t>(start) + static_cast<uint64_t>(i) * static_cast<uint64_t>(step));
  }
};

struct SliceObject : Object {
  SliceObject(Value start, Value stop, Value step);
  Value start, stop, step;  // strong; None when omitted
  void traverse(GcVisitor& v) const override;
  void clear_refs() override;
};

struct SliceIndices {
  int64_t start, stop, step, length;
};
// Clamped indices for a sequence of `length` items; ValueError "slice step cannot be zero".
SliceIndices slice_indices(const SliceObject* s, int64_t length);
inline bool is_slice(const Value& v) {
  return v.is_obj() && v.obj()->type->id == TypeId::Slice;
}
inline bool is_range(const Value& v) {
  return v.is_obj() && v.obj()->type->id == TypeId::Range;
}

Value make_range(int64_t start, int64_t stop, int64_t step);
Value make_slice(Value start, Value stop, Value step);
std::string range_repr(const RangeObject* r);
std::string slice_repr(const SliceObject* s);
Value range_getitem(RangeObject* r, const Value& key);
bool range_contains(RangeObject* r, const Value& v);
bool range_eq(RangeObject* a, RangeObject* b);
Value range_new(CallArgs args);
Value slice_new(CallArgs args);
// hash(range): CPython hashes (len, start or None, step or None).
int64_t range_hash(RangeObject* r);
// a <op> b for two slices: compared as (start, stop, step) tuples.
Value slice_compare(SliceObject* a, SliceObject* b, CmpOpKind op);
// Data attributes start, stop, step (Unbound for any other name).
Value range_getattr(RangeObject* r, std::string_view name);
Value slice_getattr(SliceObject* s, std::string_view name);
void init_range_type();

}  // namespace pywalk
