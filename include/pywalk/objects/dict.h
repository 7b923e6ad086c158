// DictObject: Python's dict, insertion-ordered.
//
// A compact dict like CPython's: `entries` keeps (hash, key, value) in
// insertion order (a deleted entry keeps its place with an Unbound key until
// the next resize), and `index` is an open-addressing table of int32
// positions into `entries` (-1 empty, -2 deleted). Keys are hashed with
// ops hash() and compared by identity first, then ops eq(), so interned str
// keys (globals, attribute dicts) hit on the pointer compare.
// `version` increments on every insertion or deletion (iterators use it to
// raise "dictionary changed size during iteration"); replacing the value of
// an existing key does not change it. The index table grows (and `entries`
// is compacted) when `entries` reaches two thirds of the index size, so
// positions in `entries` only move on an insertion. A lookup whose __eq__
// mutates the dict restarts, as CPython's does.
#pragma once

#include <vector>

#include "pywalk/call.h"
#include "pywalk/object.h"

namespace pywalk {

struct StrObject;

struct DictEntry {
  int64_t hash = 0;
  Value key;    // strong; Unbound for a deleted entry
  Value value;  // strong
};

struct DictObject : Object {
  DictObject();
  std::vector<DictEntry> entries;
  std::vector<int32_t> index;
  int64_t used = 0;  // live entries
  uint64_t version = 0;

  // Lookup; Unbound when absent.
  Value get(const Value& key) const;
  Value get_str(StrObject* key) const;  // fast path for interned-name keys
  // Entry index of a str key, or -1. The index stays valid until `version`
  // changes (any insertion or deletion), so the evaluator caches it for
  // global and builtin names.
  int64_t index_of_str(StrObject* key) const;
  void set(const Value& key, const Value& value);
  void set_str(StrObject* key, const Value& value);
  bool remove(const Value& key);  // false when absent
  // Removes and returns the value, or Unbound.
  Value pop(const Value& key);
  bool contains(const Value& key) const { return !get(key).is_unbound(); }
  // Lookup/insertion with a hash already computed (set updates, dict merges).
  Value get_hashed(const Value& key, int64_t hash) const;
  void set_hashed(const Value& key, int64_t hash, const Value& value);
  // Removes the last inserted item into (key, value); false when empty.
  bool pop_last(Value& key, Value& value);
  void clear();
  int64_t size() const noexcept { return used; }

  void traverse(GcVisitor& v) const override;
  void clear_refs() override;

 private:
  int64_t find(const Value& key, int64_t hash) const;  // entry index or -1
  int64_t find_str(StrObject* key, int64_t hash) const;
  size_t slot_of(int64_t entry, int64_t hash) const;  // index slot holding `entry`
  void remove_at(int64_t entry, Value& key, Value& value);
  void insert_new(const Value& key, int64_t hash, const Value& value);
  void rebuild(size_t min_capacity);
};

Value make_dict();
inline bool is_dict(const Value& v) { return v.is_obj() && v.obj()->type->id == TypeId::Dict; }
inline DictObject* as_dict(const Value& v) { return v.as<DictObject>(); }
// A dict whose entries may be copied directly when merging (CPython's
// dict_merge test): a dict, or a dict subclass that does not override __iter__.
bool is_mergeable_dict(const Value& v);

// Operations used by ops.cpp.
std::string dict_repr(DictObject* d);
bool dict_eq(DictObject* a, DictObject* b);
Value dict_new(CallArgs args);
// dict.update semantics (mapping or iterable of pairs), used by dict() and {**x}.
void dict_update(DictObject* d, const Value& other);
void init_dict_type();

// A dict_keys / dict_values / dict_items view of `dict` (an IteratorObject
// whose source is the dict, TypeId::DictView; see ops.cpp).
Value make_dict_view(TypeObject* view_type, const Value& dict);
void init_dict_view_types();  // called by init_dict_type()

}  // namespace pywalk
