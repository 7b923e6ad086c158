// set and frozenset: CPython's setobject.c table (see set.h), the set
// algebra with setobject.c's exact steps, repr/==/ordering/hash, and the
// methods.
#include "pywalk/objects/set.h"

#include <fmt/format.h>

#include <span>

#include "pywalk/errors.h"
#include "pywalk/gc.h"
#include "pywalk/objects/builtin.h"
#include "pywalk/objects/dict.h"
#include "pywalk/objects/list.h"
#include "pywalk/objects/str.h"
#include "pywalk/ops.h"

namespace pywalk {

namespace {
constexpr size_t kMinSize = 8;
constexpr size_t kLinearProbes = 9;
constexpr int kPerturbShift = 5;

bool slot_empty(const SetSlot& s) { return s.key.is_unbound() && !s.dummy; }

bool same_str(const Value& a, const Value& b) {
  return is_str(a) && is_str(b) && as_str(a)->data == as_str(b)->data;
}
}  // namespace

SetObject::SetObject(TypeObject* t) : Object(t), table(kMinSize) { gc_track(this); }

void SetObject::traverse(GcVisitor& v) const {
  for (const SetSlot& s : table) v.visit(s.key);
}

void SetObject::clear_refs() { clear(); }

// ------------------------------------------------------------------ probing

bool SetObject::contains_hashed(const Value& key, int64_t hash) const {
restart:
  size_t m = mask();
  size_t i = static_cast<size_t>(hash) & m;
  uint64_t perturb = static_cast<uint64_t>(hash);
  for (;;) {
    size_t probes = i + kLinearProbes <= m ? kLinearProbes : 0;
    size_t j = i;
    for (;; ++j) {
      const SetSlot& s = table[j];
      if (slot_empty(s)) return false;
      if (s.hash == hash) {
        if (s.key.is(key) || same_str(s.key, key)) return true;
        Value start = s.key;  // __eq__ may drop the set's reference
        uint64_t gen = generation;
        bool equal = eq(start, key);
        if (generation != gen || !table[j].key.is(start)) goto restart;
        if (equal) return true;
      }
      if (probes-- == 0) break;
    }
    perturb >>= kPerturbShift;
    i = (i * 5 + 1 + perturb) & m;
  }
}

bool SetObject::add_hashed(const Value& key, int64_t hash) {
  Value hold = key;
restart:
  size_t m = mask();
  size_t i = static_cast<size_t>(hash) & m;
  uint64_t perturb = static_cast<uint64_t>(hash);
  int64_t freeslot = -1;  // the last dummy seen, as CPython 3.11
  size_t j;
  for (;;) {
    size_t probes = i + kLinearProbes <= m ? kLinearProbes : 0;
    for (j = i;; ++j) {
      const SetSlot& s = table[j];
      if (slot_empty(s)) goto found_unused_or_dummy;
      if (s.hash == hash) {
        if (s.key.is(key) || same_str(s.key, key)) return false;
        Value start = s.key;
        uint64_t gen = generation;
        bool equal = eq(start, key);
        if (equal) return false;
        if (generation != gen || !table[j].key.is(start)) goto restart;
      } else if (s.dummy) {
        freeslot = static_cast<int64_t>(j);
      }
      if (probes-- == 0) break;
    }
    perturb >>= kPerturbShift;
    i = (i * 5 + 1 + perturb) & m;
  }
found_unused_or_dummy:
  if (freeslot >= 0) {
    table[static_cast<size_t>(freeslot)] = SetSlot{hash, std::move(hold), false};
    ++used;
    return true;
  }
  table[j] = SetSlot{hash, std::move(hold), false};
  ++fill;
  ++used;
  if (static_cast<size_t>(fill) * 5 >= m * 3) resize(used > 50000 ? used * 2 : used * 4);
  return true;
}

// Places a key known to be absent into a table without dummies.
static void insert_clean(std::vector<SetSlot>& table, const Value& key, int64_t hash) {
  size_t m = table.size() - 1;
  size_t i = static_cast<size_t>(hash) & m;
  uint64_t perturb = static_cast<uint64_t>(hash);
  for (;;) {
    if (table[i].key.is_unbound()) {
      table[i] = SetSlot{hash, key, false};
      return;
    }
    if (i + kLinearProbes <= m) {
      for (size_t j = 1; j <= kLinearProbes; ++j) {
        if (table[i + j].key.is_unbound()) {
          table[i + j] = SetSlot{hash, key, false};
          return;
        }
      }
    }
    perturb >>= kPerturbShift;
    i = (i * 5 + 1 + perturb) & m;
  }
}

void SetObject::resize(int64_t minused) {
  size_t size = kMinSize;
  while (size <= static_cast<size_t>(minused)) size <<= 1;
  if (size == kMinSize && table.size() == kMinSize && fill == used) return;  // nothing to purge
  check_alloc(size, sizeof(SetSlot));
  std::vector<SetSlot> old(size);
  old.swap(table);
  ++generation;
  fill = used;
  for (const SetSlot& s : old)
    if (!s.key.is_unbound()) insert_clean(table, s.key, s.hash);
}

bool SetObject::discard_hashed(const Value& key, int64_t hash) {
restart:
  size_t m = mask();
  size_t i = static_cast<size_t>(hash) & m;
  uint64_t perturb = static_cast<uint64_t>(hash);
  for (;;) {
    size_t probes = i + kLinearProbes <= m ? kLinearProbes : 0;
    for (size_t j = i;; ++j) {
      SetSlot& s = table[j];
      if (slot_empty(s)) return false;
      if (s.hash == hash) {
        bool found = s.key.is(key) || same_str(s.key, key);
        if (!found) {
          Value start = s.key;
          uint64_t gen = generation;
          bool equal = eq(start, key);
          if (generation != gen || !table[j].key.is(start)) goto restart;
          found = equal;
        }
        if (found) {
          Value old = std::move(table[j].key);  // released once the slot is a dummy
          table[j].hash = -1;
          table[j].dummy = true;
          --used;
          return true;
        }
      }
      if (probes-- == 0) break;
    }
    perturb >>= kPerturbShift;
    i = (i * 5 + 1 + perturb) & m;
  }
}

// A set key is looked up as the equal frozenset ({1} in {frozenset({1})}).
static Value as_lookup_key(const Value& key) {
  if (key.is_obj() && key.obj()->type->id == TypeId::Set) {
    Value f = make_frozenset();
    set_update(f.as<SetObject>(), key);
    return f;
  }
  return key;
}

bool SetObject::add(const Value& key) { return add_hashed(key, hash(key)); }

bool SetObject::contains(const Value& key) const {
  Value k = as_lookup_key(key);
  return contains_hashed(k, hash(k));
}

bool SetObject::discard(const Value& key) {
  Value k = as_lookup_key(key);
  return discard_hashed(k, hash(k));
}

void SetObject::clear() {
  std::vector<SetSlot> old(kMinSize);
  old.swap(table);
  ++generation;
  fill = used = 0;
  frozen_hash = -1;
}

Value make_set() { return make<SetObject>(types::set).value(); }
Value make_frozenset() { return make<SetObject>(types::frozenset).value(); }

// ---------------------------------------------------------------- algebra

namespace {

bool is_set_obj(const Value& v) { return is_set_like(v); }
SetObject* as_set(const Value& v) { return v.as<SetObject>(); }

// Calls fn(key, hash) for each live slot of s, re-reading the table each
// step (fn may run __eq__, which may mutate s).
template <class Fn>
void each_slot(const SetObject* s, Fn&& fn) {
  for (size_t i = 0; i < s->table.size(); ++i) {
    if (s->table[i].key.is_unbound()) continue;
    Value key = s->table[i].key;
    if (!fn(key, s->table[i].hash)) return;
  }
}

// set_merge: adds every key of other to so.
void merge(SetObject* so, const SetObject* other) {
  if (so == other || other->used == 0) return;
  if (static_cast<size_t>(so->fill + other->used) * 5 >= so->mask() * 3) so->resize((so->used + other->used) * 2);
  if (so->fill == 0 && so->mask() == other->mask() && other->fill == other->used) {
    for (size_t i = 0; i < other->table.size(); ++i)
      if (!other->table[i].key.is_unbound()) so->table[i] = SetSlot{other->table[i].hash, other->table[i].key, false};
    so->fill = other->fill;
    so->used = other->used;
    return;
  }
  if (so->fill == 0) {
    so->fill = so->used = other->used;
    for (const SetSlot& s : other->table)
      if (!s.key.is_unbound()) insert_clean(so->table, s.key, s.hash);
    return;
  }
  each_slot(other, [&](const Value& k, int64_t h) { so->add_hashed(k, h); return true; });
}

Value new_set_of(TypeObject* t, const Value& iterable = Value()) {
  Value out = make<SetObject>(t).value();
  if (!iterable.is_unbound()) set_update(out.as<SetObject>(), iterable);
  return out;
}

Value copy_of(const SetObject* so) { return new_set_of(so->type, Value(const_cast<SetObject*>(so))); }

Value intersection(SetObject* so, const Value& other) {
  if (other.is_obj() && other.obj() == so) return copy_of(so);
  Value result = new_set_of(so->type);
  SetObject* r = as_set(result);
  if (is_set_obj(other)) {
    const SetObject* small = as_set(other);
    const SetObject* big = so;
    if (small->used > big->used) std::swap(small, big);
    Value keep_small(const_cast<SetObject*>(small)), keep_big(const_cast<SetObject*>(big));
    each_slot(small, [&](const Value& k, int64_t h) {
      if (big->contains_hashed(k, h)) r->add_hashed(k, h);
      return true;
    });
    return result;
  }
  Value it = iter(other);
  for (;;) {
    Value k = next(it);
    if (k.is_unbound()) break;
    int64_t h = hash(k);
    if (so->contains_hashed(k, h)) {
      r->add_hashed(k, h);
      if (r->used >= so->used) break;
    }
  }
  return result;
}

Value intersection_multi(SetObject* so, std::span<const Value> others) {
  if (others.empty()) return copy_of(so);
  Value result(so);
  for (const Value& other : others) result = intersection(as_set(result), other);
  return result;
}

// set_swap_bodies for the *_update methods: a takes b's table.
void take_body(SetObject* a, SetObject* b) {
  std::swap(a->table, b->table);
  std::swap(a->fill, b->fill);
  std::swap(a->used, b->used);
  ++a->generation;
  ++b->generation;
  a->frozen_hash = b->frozen_hash = -1;
}

void difference_update(SetObject* so, const Value& other) {
  if (other.is_obj() && other.obj() == so) {
    so->clear();
    return;
  }
  if (is_set_obj(other)) {
    Value o = other;
    if ((as_set(other)->used >> 3) > so->used) o = intersection(so, other);
    each_slot(as_set(o), [&](const Value& k, int64_t h) { so->discard_hashed(k, h); return true; });
  } else {
    for_each(other, [&](const Value& k) { so->discard(k); });
  }
  if (static_cast<size_t>(so->fill - so->used) <= so->mask() / 4) return;
  so->resize(so->used > 50000 ? so->used * 2 : so->used * 4);
}

Value copy_and_difference(SetObject* so, const Value& other) {
  Value result = copy_of(so);
  difference_update(as_set(result), other);
  return result;
}

Value difference(SetObject* so, const Value& other) {
  int64_t other_size;
  if (is_set_obj(other)) other_size = as_set(other)->used;
  else if (is_dict(other)) other_size = as_dict(other)->size();
  else return copy_and_difference(so, other);
  if ((so->used >> 2) > other_size) return copy_and_difference(so, other);
  Value result = new_set_of(so->type);
  SetObject* r = as_set(result);
  if (is_dict(other)) {
    DictObject* d = as_dict(other);
    each_slot(so, [&](const Value& k, int64_t h) {
      if (d->get_hashed(k, h).is_unbound()) r->add_hashed(k, h);
      return true;
    });
    return result;
  }
  const SetObject* o = as_set(other);
  each_slot(so, [&](const Value& k, int64_t h) {
    if (!o->contains_hashed(k, h)) r->add_hashed(k, h);
    return true;
  });
  return result;
}

void symmetric_difference_update(SetObject* so, const Value& other) {
  if (other.is_obj() && other.obj() == so) {
    so->clear();
    return;
  }
  auto toggle = [&](const Value& k, int64_t h) {
    if (!so->discard_hashed(k, h)) so->add_hashed(k, h);
    return true;
  };
  if (is_dict(other)) {
    DictObject* d = as_dict(other);
    for (size_t i = 0; i < d->entries.size(); ++i) {
      if (d->entries[i].key.is_unbound()) continue;
      Value k = d->entries[i].key;
      toggle(k, d->entries[i].hash);
    }
    return;
  }
  Value o = is_set_obj(other) ? other : new_set_of(so->type, other);
  each_slot(as_set(o), toggle);
}

Value symmetric_difference(SetObject* so, const Value& other) {
  Value result = new_set_of(so->type, other);
  symmetric_difference_update(as_set(result), Value(so));
  return result;
}

Value set_union(SetObject* so, const Value& other) {
  Value result = copy_of(so);
  if (!(other.is_obj() && other.obj() == so)) set_update(as_set(result), other);
  return result;
}

bool issubset(SetObject* so, const Value& other) {
  if (!is_set_obj(other)) {
    Value tmp = intersection(so, other);
    return as_set(tmp)->used == so->used;
  }
  const SetObject* o = as_set(other);
  if (so->used > o->used) return false;
  bool result = true;
  each_slot(so, [&](const Value& k, int64_t h) {
    if (!o->contains_hashed(k, h)) result = false;
    return result;
  });
  return result;
}

bool issuperset(SetObject* so, const Value& other) {
  if (is_set_obj(other)) return issubset(as_set(other), Value(so));
  Value it = iter(other);
  for (;;) {
    Value k = next(it);
    if (k.is_unbound()) return true;
    if (!so->contains(k)) return false;
  }
}

bool isdisjoint(SetObject* so, const Value& other) {
  if (other.is_obj() && other.obj() == so) return so->used == 0;
  if (is_set_obj(other)) {
    const SetObject* small = as_set(other);
    const SetObject* big = so;
    if (small->used > big->used) std::swap(small, big);
    bool result = true;
    each_slot(small, [&](const Value& k, int64_t h) {
      if (big->contains_hashed(k, h)) result = false;
      return result;
    });
    return result;
  }
  Value it = iter(other);
  for (;;) {
    Value k = next(it);
    if (k.is_unbound()) return true;
    if (so->contains(k)) return false;
  }
}

}  // namespace

void set_update(SetObject* s, const Value& iterable) {
  if (is_set_obj(iterable)) return merge(s, as_set(iterable));
  if (is_dict(iterable) && !iterable.obj()->type->heap) {  // exact dicts only, as CPython
    DictObject* d = as_dict(iterable);
    if (static_cast<size_t>(s->fill + d->size()) * 5 >= s->mask() * 3) s->resize((s->used + d->size()) * 2);
    for (size_t i = 0; i < d->entries.size(); ++i) {
      if (d->entries[i].key.is_unbound()) continue;
      Value k = d->entries[i].key;
      s->add_hashed(k, d->entries[i].hash);
    }
    return;
  }
  for_each(iterable, [&](const Value& k) { s->add(k); });
}

Value set_display(const std::vector<Value>& items, bool all_constant) {
  Value out = make_set();
  if (all_constant && items.size() > 2) {
    // The compiler folds the items into a frozenset, and merging constants
    // rebuilds that frozenset from its own iteration order.
    Value folded = make_frozenset();
    for (const Value& x : items) folded.as<SetObject>()->add(x);
    Value merged = make_frozenset();
    folded.as<SetObject>()->each([&](const Value& x) { merged.as<SetObject>()->add(x); });
    merge(out.as<SetObject>(), merged.as<SetObject>());
  } else {
    for (const Value& x : items) out.as<SetObject>()->add(x);
  }
  return out;
}

Value set_binary(BinOpKind op, SetObject* a, SetObject* b) {
  Value other(b);
  switch (op) {
    case BinOpKind::BitOr: return set_union(a, other);
    case BinOpKind::BitAnd: return intersection(a, other);
    case BinOpKind::Sub: return difference(a, other);
    case BinOpKind::BitXor: return symmetric_difference(a, other);
    default: break;
  }
  raise_type_error(fmt::format("unsupported operand type(s) for {}: '{}' and '{}'", binop_symbol(op), a->type->name,
                               b->type->name));
}

Value set_op_iterable(BinOpKind op, SetObject* s, const Value& other) {
  switch (op) {
    case BinOpKind::BitOr: set_update(s, other); break;
    case BinOpKind::BitAnd: return intersection(s, other);
    case BinOpKind::Sub: difference_update(s, other); break;
    case BinOpKind::BitXor: symmetric_difference_update(s, other); break;
    default: break;
  }
  return Value(s);
}

Value set_inplace(BinOpKind op, SetObject* a, SetObject* b) {
  Value other(b);
  switch (op) {
    case BinOpKind::BitOr: set_update(a, other); break;
    case BinOpKind::BitAnd: {
      Value tmp = intersection(a, other);
      take_body(a, as_set(tmp));
      break;
    }
    case BinOpKind::Sub: difference_update(a, other); break;
    case BinOpKind::BitXor: symmetric_difference_update(a, other); break;
    default: return set_binary(op, a, b);
  }
  return Value(a);
}

// ----------------------------------------------------- repr, ==, ordering

std::string set_repr(SetObject* s) {
  bool exact_set = s->type == types::set;
  if (s->used == 0) return s->type->name + "()";
  if (repr_busy(s)) return s->type->name + "(...)";
  ReprBusyGuard guard(s);
  std::vector<Value> keys;
  keys.reserve(static_cast<size_t>(s->used));
  s->each([&](const Value& k) { keys.push_back(k); });
  std::string out = exact_set ? "{" : s->type->name + "({";
  for (size_t i = 0; i < keys.size(); ++i) {
    if (i) out += ", ";
    out += repr(keys[i]);
  }
  out += exact_set ? "}" : "})";
  return out;
}

bool set_eq(SetObject* a, SetObject* b) {
  if (a->used != b->used) return false;
  if (a->frozen_hash != -1 && b->frozen_hash != -1 && a->frozen_hash != b->frozen_hash) return false;
  return issubset(a, Value(b));
}

bool set_compare(SetObject* a, SetObject* b, CmpOpKind op) {
  Value other(b);
  switch (op) {
    case CmpOpKind::Eq: return set_eq(a, b);
    case CmpOpKind::NotEq: return !set_eq(a, b);
    case CmpOpKind::LtE: return issubset(a, other);
    case CmpOpKind::GtE: return issuperset(a, other);
    case CmpOpKind::Lt: return a->used < b->used && issubset(a, other);
    case CmpOpKind::Gt: return a->used > b->used && issuperset(a, other);
    case CmpOpKind::Is:
    case CmpOpKind::IsNot:
    case CmpOpKind::In:
    case CmpOpKind::NotIn: break;
  }
  return false;
}

int64_t frozenset_hash(SetObject* s) {
  if (s->frozen_hash != -1) return s->frozen_hash;
  // CPython's frozenset_hash: xor of shuffled entry hashes (empty and dummy
  // slots cancel out there, so only live entries count).
  auto shuffle = [](uint64_t h) { return ((h ^ 89869747ULL) ^ (h << 16)) * 3644798167ULL; };
  uint64_t h = 0;
  for (const SetSlot& slot : s->table)
    if (!slot.key.is_unbound()) h ^= shuffle(static_cast<uint64_t>(slot.hash));
  h ^= (static_cast<uint64_t>(s->used) + 1) * 1927868237ULL;
  h ^= (h >> 11) ^ (h >> 25);
  h = h * 69069U + 907133923ULL;
  if (h == static_cast<uint64_t>(-1)) h = 590923713ULL;
  s->frozen_hash = static_cast<int64_t>(h);
  return s->frozen_hash;
}

Value set_new(CallArgs args) {
  ArgParser("set", args).no_keywords().positional(0, 1);
  return new_set_of(types::set, args.positional.empty() ? Value() : args.positional[0]);
}

Value frozenset_new(CallArgs args) {
  ArgParser("frozenset", args).no_keywords().positional(0, 1);
  if (!args.positional.empty() && args.positional[0].is_obj() && args.positional[0].obj()->type == types::frozenset)
    return args.positional[0];
  return new_set_of(types::frozenset, args.positional.empty() ? Value() : args.positional[0]);
}

// ----------------------------------------------------------------- methods

namespace {

SetObject* self_set(const Value& self) { return self.as<SetObject>(); }

void no_keywords(const Value& self, const char* name, CallArgs args) {
  if (!args.kw_values.empty())
    raise_type_error(fmt::format("{}.{}() takes no keyword arguments", type_name(self), name));
}

void no_args(const Value& self, const char* name, CallArgs args) {
  no_keywords(self, name, args);
  if (!args.positional.empty())
    raise_type_error(fmt::format("{}.{}() takes no arguments ({} given)", type_name(self), name, args.positional.size()));
}

void one_arg(const Value& self, const char* name, CallArgs args) {
  no_keywords(self, name, args);
  if (args.positional.size() != 1)
    raise_type_error(
        fmt::format("{}.{}() takes exactly one argument ({} given)", type_name(self), name, args.positional.size()));
}

Value m_add(const Value& self, CallArgs args) {
  one_arg(self, "add", args);
  self_set(self)->add(args.positional[0]);
  return Value::none();
}

Value m_remove(const Value& self, CallArgs args) {
  one_arg(self, "remove", args);
  if (!self_set(self)->discard(args.positional[0])) raise_key_error(args.positional[0]);
  return Value::none();
}

Value m_discard(const Value& self, CallArgs args) {
  one_arg(self, "discard", args);
  self_set(self)->discard(args.positional[0]);
  return Value::none();
}

Value m_pop(const Value& self, CallArgs args) {
  no_args(self, "pop", args);
  SetObject* s = self_set(self);
  if (s->used == 0) raise_key_error(make_str("pop from an empty set"));
  size_t m = s->mask();
  size_t i = static_cast<size_t>(s->finger) & m;
  while (s->table[i].key.is_unbound()) i = i == m ? 0 : i + 1;
  Value key = std::move(s->table[i].key);
  s->table[i].hash = -1;
  s->table[i].dummy = true;
  --s->used;
  s->finger = static_cast<int64_t>(i) + 1;
  return key;
}

Value m_clear(const Value& self, CallArgs args) {
  no_args(self, "clear", args);
  self_set(self)->clear();
  return Value::none();
}

Value m_copy(const Value& self, CallArgs args) {
  no_args(self, "copy", args);
  if (self.obj()->type == types::frozenset) return self;
  return copy_of(self_set(self));
}

Value m_contains(const Value& self, CallArgs args) {
  one_arg(self, "__contains__", args);
  return Value::boolean(self_set(self)->contains(args.positional[0]));
}

Value m_update(const Value& self, CallArgs args) {
  no_keywords(self, "update", args);
  for (const Value& other : args.positional) set_update(self_set(self), other);
  return Value::none();
}

Value m_union(const Value& self, CallArgs args) {
  no_keywords(self, "union", args);
  SetObject* so = self_set(self);
  Value result = copy_of(so);
  for (const Value& other : args.positional)
    if (!(other.is_obj() && other.obj() == so)) set_update(as_set(result), other);
  return result;
}

Value m_intersection(const Value& self, CallArgs args) {
  no_keywords(self, "intersection", args);
  return intersection_multi(self_set(self), args.positional);
}

Value m_intersection_update(const Value& self, CallArgs args) {
  no_keywords(self, "intersection_update", args);
  Value tmp = intersection_multi(self_set(self), args.positional);
  if (tmp.obj() != self.obj()) take_body(self_set(self), as_set(tmp));
  return Value::none();
}

Value m_difference(const Value& self, CallArgs args) {
  no_keywords(self, "difference", args);
  SetObject* so = self_set(self);
  if (args.positional.empty()) return copy_of(so);
  Value result = difference(so, args.positional[0]);
  for (size_t i = 1; i < args.positional.size(); ++i) difference_update(as_set(result), args.positional[i]);
  return result;
}

Value m_difference_update(const Value& self, CallArgs args) {
  no_keywords(self, "difference_update", args);
  for (const Value& other : args.positional) difference_update(self_set(self), other);
  return Value::none();
}

Value m_symmetric_difference(const Value& self, CallArgs args) {
  one_arg(self, "symmetric_difference", args);
  return symmetric_difference(self_set(self), args.positional[0]);
}

Value m_symmetric_difference_update(const Value& self, CallArgs args) {
  one_arg(self, "symmetric_difference_update", args);
  symmetric_difference_update(self_set(self), args.positional[0]);
  return Value::none();
}

Value m_issubset(const Value& self, CallArgs args) {
  one_arg(self, "issubset", args);
  return Value::boolean(issubset(self_set(self), args.positional[0]));
}

Value m_issuperset(const Value& self, CallArgs args) {
  one_arg(self, "issuperset", args);
  return Value::boolean(issuperset(self_set(self), args.positional[0]));
}

Value m_isdisjoint(const Value& self, CallArgs args) {
  one_arg(self, "isdisjoint", args);
  return Value::boolean(isdisjoint(self_set(self), args.positional[0]));
}

}  // namespace

void init_set_type() {
  for (TypeObject* t : {types::set, types::frozenset}) {
    add_method(t, "__contains__", &m_contains);
    add_method(t, "copy", &m_copy);
    add_method(t, "difference", &m_difference);
    add_method(t, "intersection", &m_intersection);
    add_method(t, "isdisjoint", &m_isdisjoint);
    add_method(t, "issubset", &m_issubset);
    add_method(t, "issuperset", &m_issuperset);
    add_method(t, "symmetric_difference", &m_symmetric_difference);
    add_method(t, "union", &m_union);
  }
  add_method(types::set, "add", &m_add);
  add_method(types::set, "clear", &m_clear);
  add_method(types::set, "discard", &m_discard);
  add_method(types::set, "difference_update", &m_difference_update);
  add_method(types::set, "intersection_update", &m_intersection_update);
  add_method(types::set, "pop", &m_pop);
  add_method(types::set, "remove", &m_remove);
  add_method(types::set, "symmetric_difference_update", &m_symmetric_difference_update);
  add_method(types::set, "update", &m_update);
}

}  // namespace pywalk
