// SetObject: Python's set and frozenset (the type field tells which).
//
// The same open-addressing table as CPython's setobject.c (table sizes,
// linear probes then perturbation, the same resize rule), so that iterating
// a set of ints gives CPython's order: `print({3, 1, 2})` shows {1, 2, 3}
// and `{10, 1}` shows {1, 10}. Slots hold (hash, key); an Unbound key is an
// empty slot, a dummy is marked by `dummy`.
#pragma once

#include <vector>

#include "pywalk/ast.h"
#include "pywalk/call.h"
#include "pywalk/object.h"

namespace pywalk {

struct SetSlot {
  int64_t hash = 0;
  Value key;  // strong; Unbound = empty or dummy
  bool dummy = false;
};

struct SetObject : Object {
  explicit SetObject(TypeObject* t);  // types::set or types::frozenset
  std::vector<SetSlot> table;  // size is a power of two, >= 8
  int64_t used = 0;            // live keys
  int64_t fill = 0;            // live + dummies
  mutable int64_t frozen_hash = -1;

  bool add(const Value& key);  // false if already present
  bool contains(const Value& key) const;
  bool discard(const Value& key);  // false if absent
  void clear();
  int64_t size() const noexcept { return used; }
  // Calls fn(key) for each key in table order.
  template <class Fn>
  void each(Fn&& fn) const {
    for (const SetSlot& s : table)
      if (!s.key.is_unbound()) fn(s.key);
  }

  void traverse(GcVisitor& v) const override;
  void clear_refs() override;
};

Value make_set();
Value make_frozenset();
inline bool is_set_like(const Value& v) {
  return v.is_obj() && (v.obj()->type->id == TypeId::Set || v.obj()->type->id == TypeId::FrozenSet);
}

// Operations used by ops.cpp.
std::string set_repr(SetObject* s);  // {1, 2}, set(), frozenset({1})
bool set_eq(SetObject* a, SetObject* b);
bool set_compare(SetObject* a, SetObject* b, CmpOpKind op);  // subset/superset ordering
Value set_binary(BinOpKind op, SetObject* a, SetObject* b);  // | & - ^ (result type of a)
int64_t frozenset_hash(SetObject* s);
Value set_new(CallArgs args);
Value frozenset_new(CallArgs args);
void init_set_type();

}  // namespace pywalk
