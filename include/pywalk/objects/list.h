// ListObject and TupleObject: Python's list and tuple.
//
// Both hold a std::vector<Value> of strong references. A tuple never
// changes after it is built (the builder fills `items` before the tuple
// escapes). The empty tuple is a shared immortal singleton. Code that calls
// back into Python (eq, repr, a sort key) while walking `items` re-reads
// the vector by index after every call, because the callee may mutate the
// list. list.sort() empties the list while it sorts (as CPython does), so a
// key function that mutates it is detected: "list modified during sort".
#pragma once

#include <vector>

#include "pywalk/ast.h"
#include "pywalk/call.h"
#include "pywalk/object.h"

namespace pywalk {

struct ListObject : Object {
  ListObject();
  explicit ListObject(std::vector<Value> items);
  std::vector<Value> items;  // strong refs
  void traverse(GcVisitor& v) const override;
  void clear_refs() override;
};

struct TupleObject : Object {
  TupleObject();
  explicit TupleObject(std::vector<Value> items);
  std::vector<Value> items;  // strong refs
  mutable int64_t hash = -1;
  void traverse(GcVisitor& v) const override;
  void clear_refs() override;
};

Value make_list(std::vector<Value> items = {});
Value make_tuple(std::vector<Value> items);
Value empty_tuple();
inline bool is_list(const Value& v) { return v.is_obj() && v.obj()->type->id == TypeId::List; }
inline bool is_tuple(const Value& v) { return v.is_obj() && v.obj()->type->id == TypeId::Tuple; }
// Exactly list / tuple, not an instance of a subclass (which may override
// __iter__, __getitem__...): the only values the fast paths may take.
inline bool is_exact_list(const Value& v) { return v.is_obj() && v.obj()->type == types::list; }
inline bool is_exact_tuple(const Value& v) { return v.is_obj() && v.obj()->type == types::tuple; }

// Materialises any iterable into a vector (fast paths for list/tuple).
std::vector<Value> to_vector(const Value& iterable);

// Operations used by ops.cpp.
std::string sequence_repr(const Value& seq);  // list and tuple repr, recursion-safe ([...])
Value list_getitem(ListObject* l, const Value& key);
void list_setitem(ListObject* l, const Value& key, const Value& v);
void list_delitem(ListObject* l, const Value& key);
Value tuple_getitem(TupleObject* t, const Value& key);
bool sequence_eq(const std::vector<Value>& a, const std::vector<Value>& b);
// Lexicographic comparison (for <, <=, >, >=).
bool sequence_compare(const std::vector<Value>& a, const std::vector<Value>& b, CmpOpKind op);
int64_t tuple_hash(TupleObject* t);
// Sorts in place: stable, key and reverse as list.sort.
void sort_values(std::vector<Value>& items, const Value& key, bool reverse);
Value list_new(CallArgs args);
Value tuple_new(CallArgs args);
void init_list_type();
void init_tuple_type();

// Like to_vector, but a value that is not iterable raises TypeError(message)
// (CPython's PySequence_Fast): "can only assign an iterable".
std::vector<Value> to_vector_or(const Value& iterable, const char* message);
// An index argument of a method (list.pop, list.insert): int or bool; a big
// int raises OverflowError "Python int too large to convert to C ssize_t".
int64_t method_index(const Value& v);
// A start/stop argument of index(): big ints clamp, anything else raises
// "slice indices must be integers or have an __index__ method".
int64_t slice_index_arg(const Value& v);
// Sets Object::kReprBusy for the duration of a container's repr, so that a
// container reached again while printing itself shows as [...] / {...}.
class ReprBusyGuard {
 public:
  explicit ReprBusyGuard(Object* o) noexcept : o_(o) { o_->flags |= Object::kReprBusy; }
  ~ReprBusyGuard() { o_->flags &= ~Object::kReprBusy; }
  ReprBusyGuard(const ReprBusyGuard&) = delete;
  ReprBusyGuard& operator=(const ReprBusyGuard&) = delete;

 private:
  Object* o_;  // borrowed: the container being printed (kept alive by the caller)
};
inline bool repr_busy(const Object* o) noexcept { return o->flags & Object::kReprBusy; }
// Counts nested container comparisons (sequence_eq, sequence_compare,
// dict_eq): past the recursion limit it raises RecursionError "maximum
// recursion depth exceeded in comparison", as CPython's
// Py_EnterRecursiveCall does (the count assumes module level: CPython also
// counts the Python frames active at the time).
class ComparisonDepthGuard {
 public:
  ComparisonDepthGuard();
  ~ComparisonDepthGuard();
  ComparisonDepthGuard(const ComparisonDepthGuard&) = delete;
  ComparisonDepthGuard& operator=(const ComparisonDepthGuard&) = delete;
};

}  // namespace pywalk
