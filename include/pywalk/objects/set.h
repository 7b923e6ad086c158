// SetObject: Python's set and frozenset (the type field tells which).
//
// The same open-addressing table as CPython's setobject.c (table sizes,
// linear probes then perturbation, the same resize rule), so that iterating
// a set of ints gives CPython's order: `print({3, 1, 2})` shows {1, 2, 3}
// and `{10, 1}` shows {1, 10}. Slots hold (hash, key); an Unbound key is an
// empty slot, a dummy is marked by `dummy` (its hash is -1, which no key
// hash can be, so probing never compares against a dummy). `fill` counts
// live slots plus dummies; the table is rebuilt when fill*5 >= mask*3. The
// set operations follow setobject.c step by step (which operand is
// iterated, when a table is presized), because that decides the order in
// which a result prints. `generation` changes whenever `table` is replaced,
// so a lookup whose __eq__ mutated the set can restart.
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
  int64_t finger = 0;        // set.pop() resumes its scan here
  uint64_t generation = 0;   // bumped when `table` is replaced

  bool add(const Value& key);  // false if already present
  bool contains(const Value& key) const;
  bool discard(const Value& key);  // false if absent
  void clear();
  int64_t size() const noexcept { return used; }
  size_t mask() const noexcept { return table.size() - 1; }
  // The same with the key's hash already known (CPython's *_entry functions).
  bool add_hashed(const Value& key, int64_t hash);
  bool contains_hashed(const Value& key, int64_t hash) const;
  bool discard_hashed(const Value& key, int64_t hash);
  // Rebuilds the table with the smallest size > minused (set_table_resize).
  void resize(int64_t minused);
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

// In-place |= &= -= ^= on a set (a is a set, b a set or frozenset), as
// CPython's set_ior/set_iand/set_isub/set_ixor: mutates a and keeps its
// table layout the way CPython does. Returns a.
Value set_inplace(BinOpKind op, SetObject* a, SetObject* b);
// s |= / -= / ^= an arbitrary iterable (update, difference_update,
// symmetric_difference_update; returns s), or s.intersection(iterable) for &.
Value set_op_iterable(BinOpKind op, SetObject* s, const Value& other);
// (objects/dict_views.cpp) | & - ^ where a or b is a dict_keys/dict_items view (CPython's
// dictviews_or/and/sub/xor): a set; unbound when neither is such a view.
Value dict_view_binary(BinOpKind op, const Value& a, const Value& b);
// set.update(iterable): a set, a dict (using its stored hashes) or any iterable.
void set_update(SetObject* s, const Value& iterable);
// The value of a set display {a, b, c}. CPython compiles a display of more
// than two constants (after constant folding: -1 and (1, 2) count) as
// set().update(frozenset(constants)), and the frozenset's table may be
// larger than the set's, which changes the order: {100, 10, 1, 1000, 10000}
// prints {10000, 1, 100, 1000, 10} while adding the same ints one by one
// gives {1, 100, 1000, 10, 10000}. `all_constant` says which case this is.
Value set_display(const std::vector<Value>& items, bool all_constant);

}  // namespace pywalk
