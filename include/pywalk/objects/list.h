// ListObject and TupleObject: Python's list and tuple.
//
// Both hold a std::vector<Value> of strong references. A tuple never
// changes after it is built (the builder fills `items` before the tuple
// escapes). The empty tuple is a shared immortal singleton.
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

}  // namespace pywalk
