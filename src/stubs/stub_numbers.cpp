// TEMPORARY stub so the tree links while int/float/range/iter/builtins are
// written. Delete when src/objects/{int,float,range,iter}.cpp and src/builtins.cpp exist.
#include <cstdio>
#include <cstdlib>
#define STUB(name) do { std::fprintf(stderr, "pywalk: %s is not written yet\n", name); std::abort(); } while (0)
#include "pywalk/builtins.h"
#include "pywalk/objects/float.h"
#include "pywalk/objects/int.h"
#include "pywalk/objects/iter.h"
#include "pywalk/objects/range.h"
namespace pywalk {
IntObject::IntObject(num::BigInt v) : Object(nullptr), value(std::move(v)) { STUB("int"); }
Value normalize(num::BigInt) { STUB("normalize"); }
num::BigInt to_bigint(const Value&) { STUB("to_bigint"); }
Value int_binary(BinOpKind, const Value&, const Value&) { STUB("int_binary"); }
int int_compare(const Value&, const Value&) { STUB("int_compare"); }
std::string int_to_string(const Value&) { STUB("int_to_string"); }
Value int_new(CallArgs) { STUB("int_new"); }
void init_int_type() { STUB("init_int_type"); }
Value float_binary(BinOpKind, double, double) { STUB("float_binary"); }
Value float_new(CallArgs) { STUB("float_new"); }
void init_float_type() { STUB("init_float_type"); }
RangeObject::RangeObject(int64_t a, int64_t b, int64_t c) : Object(nullptr), start(a), stop(b), step(c), length(0) { STUB("range"); }
SliceObject::SliceObject(Value, Value, Value) : Object(nullptr) { STUB("slice"); }
void SliceObject::traverse(GcVisitor&) const { STUB("slice"); }
void SliceObject::clear_refs() { STUB("slice"); }
SliceIndices slice_indices(const SliceObject*, int64_t) { STUB("slice_indices"); }
Value make_range(int64_t, int64_t, int64_t) { STUB("make_range"); }
Value make_slice(Value, Value, Value) { STUB("make_slice"); }
std::string range_repr(const RangeObject*) { STUB("range_repr"); }
std::string slice_repr(const SliceObject*) { STUB("slice_repr"); }
Value range_getitem(RangeObject*, const Value&) { STUB("range_getitem"); }
bool range_contains(RangeObject*, const Value&) { STUB("range_contains"); }
bool range_eq(RangeObject*, RangeObject*) { STUB("range_eq"); }
Value range_new(CallArgs) { STUB("range_new"); }
Value slice_new(CallArgs) { STUB("slice_new"); }
void init_range_type() { STUB("init_range_type"); }
IteratorObject::IteratorObject(TypeObject* t, Value s) : Object(t), source(std::move(s)) { STUB("iter"); }
void IteratorObject::traverse(GcVisitor&) const { STUB("iter"); }
void IteratorObject::clear_refs() { STUB("iter"); }
Value make_iterator(TypeObject*, Value) { STUB("make_iterator"); }
Value iter_next(IteratorObject*) { STUB("iter_next"); }
Value enumerate_new(CallArgs) { STUB("enumerate_new"); }
Value zip_new(CallArgs) { STUB("zip_new"); }
Value map_new(CallArgs) { STUB("map_new"); }
Value filter_new(CallArgs) { STUB("filter_new"); }
Value reversed_new(CallArgs) { STUB("reversed_new"); }
void init_iter_types() { STUB("init_iter_types"); }
void register_builtins(DictObject*) { STUB("register_builtins"); }
Value type_new(CallArgs) { STUB("type_new"); }
}  // namespace pywalk
