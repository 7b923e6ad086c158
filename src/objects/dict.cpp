// dict: the compact insertion-ordered hash table (see dict.h), dict(),
// update semantics, repr/==, and dict's methods. The views are in
// dict_views.cpp.
#include "pywalk/objects/class.h"
#include "pywalk/objects/dict.h"

#include <fmt/format.h>

#include "pywalk/errors.h"
#include "pywalk/gc.h"
#include "pywalk/objects/builtin.h"
#include "pywalk/objects/list.h"
#include "pywalk/objects/str.h"
#include "pywalk/ops.h"

namespace pywalk {

namespace {
constexpr int32_t kEmpty = -1;
constexpr int32_t kDeleted = -2;
constexpr size_t kMinSize = 8;
constexpr int kPerturbShift = 5;

size_t usable(size_t index_size) { return index_size * 2 / 3; }

int64_t cached_str_hash(StrObject* s) { return s->hash != -1 ? s->hash : str_hash(s); }
}  // namespace

DictObject::DictObject() : Object(types::dict) { gc_track(this); }

void DictObject::traverse(GcVisitor& v) const {
  for (const DictEntry& e : entries) {
    v.visit(e.key);
    v.visit(e.value);
  }
}

void DictObject::clear_refs() { clear(); }

// ------------------------------------------------------------------ lookup

int64_t DictObject::find(const Value& key, int64_t hash) const {
  for (;;) {
    if (index.empty()) return -1;
    size_t mask = index.size() - 1;
    size_t i = static_cast<size_t>(hash) & mask;
    uint64_t perturb = static_cast<uint64_t>(hash);
    bool restart = false;
    for (;;) {
      int32_t ix = index[i];
      if (ix == kEmpty) return -1;
      if (ix >= 0) {
        const DictEntry& e = entries[static_cast<size_t>(ix)];
        if (e.key.is(key)) return ix;
        if (e.hash == hash) {
          if (is_str(e.key) && is_str(key)) {
            if (as_str(e.key)->data == as_str(key)->data) return ix;
          } else {
            Value start = e.key;  // __eq__ may drop the dict's reference
            uint64_t before = version;
            bool equal = eq(start, key);
            if (version != before) {
              restart = true;
              break;
            }
            if (equal) return ix;
          }
        }
      }
      perturb >>= kPerturbShift;
      i = (i * 5 + perturb + 1) & mask;
    }
    if (!restart) return -1;
  }
}

int64_t DictObject::find_str(StrObject* key, int64_t hash) const {
  if (index.empty()) return -1;
  size_t mask = index.size() - 1;
  size_t i = static_cast<size_t>(hash) & mask;
  uint64_t perturb = static_cast<uint64_t>(hash);
  for (;;) {
    int32_t ix = index[i];
    if (ix == kEmpty) return -1;
    if (ix >= 0) {
      const DictEntry& e = entries[static_cast<size_t>(ix)];
      if (e.key.is_obj() && e.key.obj() == key) return ix;
      if (e.hash == hash) {
        if (is_str(e.key)) {
          if (as_str(e.key)->data == key->data) return ix;
        } else {
          return find(Value(static_cast<Object*>(key)), hash);  // a non-str key with the same hash: the general path
        }
      }
    }
    perturb >>= kPerturbShift;
    i = (i * 5 + perturb + 1) & mask;
  }
}

size_t DictObject::slot_of(int64_t entry, int64_t hash) const {
  size_t mask = index.size() - 1;
  size_t i = static_cast<size_t>(hash) & mask;
  uint64_t perturb = static_cast<uint64_t>(hash);
  while (index[i] != entry) {
    perturb >>= kPerturbShift;
    i = (i * 5 + perturb + 1) & mask;
  }
  return i;
}

Value DictObject::get(const Value& key) const {
  if (is_str(key)) {
    int64_t ix = find_str(as_str(key), cached_str_hash(as_str(key)));
    return ix < 0 ? Value() : entries[static_cast<size_t>(ix)].value;
  }
  int64_t h = hash(key);
  int64_t ix = find(key, h);
  return ix < 0 ? Value() : entries[static_cast<size_t>(ix)].value;
}

Value DictObject::get_hashed(const Value& key, int64_t hash) const {
  int64_t ix = find(key, hash);
  return ix < 0 ? Value() : entries[static_cast<size_t>(ix)].value;
}

int64_t DictObject::index_of_str(StrObject* key) const { return find_str(key, cached_str_hash(key)); }

Value DictObject::get_str(StrObject* key) const {
  int64_t ix = find_str(key, cached_str_hash(key));
  return ix < 0 ? Value() : entries[static_cast<size_t>(ix)].value;
}

// --------------------------------------------------------------- insertion

void DictObject::rebuild(size_t min_capacity) {
  size_t want = std::max(static_cast<size_t>(used) * 3, min_capacity);
  size_t size = kMinSize;
  while (size < want || usable(size) < min_capacity) size <<= 1;
  check_alloc(size, sizeof(int32_t) + sizeof(DictEntry));
  if (entries.size() != static_cast<size_t>(used)) {
    std::vector<DictEntry> live;
    live.reserve(static_cast<size_t>(used));
    for (DictEntry& e : entries)
      if (!e.key.is_unbound()) live.push_back(std::move(e));
    entries.swap(live);
  }
  entries.reserve(usable(size));
  index.assign(size, kEmpty);
  size_t mask = size - 1;
  for (size_t j = 0; j < entries.size(); ++j) {
    size_t i = static_cast<size_t>(entries[j].hash) & mask;
    uint64_t perturb = static_cast<uint64_t>(entries[j].hash);
    while (index[i] != kEmpty) {
      perturb >>= kPerturbShift;
      i = (i * 5 + perturb + 1) & mask;
    }
    index[i] = static_cast<int32_t>(j);
  }
}

void DictObject::insert_new(const Value& key, int64_t hash, const Value& value) {
  if (index.empty() || entries.size() >= usable(index.size())) rebuild(static_cast<size_t>(used) + 1);
  size_t mask = index.size() - 1;
  size_t i = static_cast<size_t>(hash) & mask;
  uint64_t perturb = static_cast<uint64_t>(hash);
  while (index[i] >= 0) {
    perturb >>= kPerturbShift;
    i = (i * 5 + perturb + 1) & mask;
  }
  index[i] = static_cast<int32_t>(entries.size());
  entries.push_back(DictEntry{hash, key, value});
  ++used;
  ++version;
}

void DictObject::set(const Value& key, const Value& value) {
  if (is_str(key)) return set_str(as_str(key), value);
  int64_t h = hash(key);
  set_hashed(key, h, value);
}

void DictObject::set_hashed(const Value& key, int64_t hash, const Value& value) {
  int64_t ix = find(key, hash);
  if (ix >= 0) {
    entries[static_cast<size_t>(ix)].value = value;
    return;
  }
  insert_new(key, hash, value);
}

void DictObject::set_str(StrObject* key, const Value& value) {
  int64_t h = cached_str_hash(key);
  int64_t ix = find_str(key, h);
  if (ix >= 0) {
    entries[static_cast<size_t>(ix)].value = value;
    return;
  }
  insert_new(Value(static_cast<Object*>(key)), h, value);
}

// ---------------------------------------------------------------- deletion

void DictObject::remove_at(int64_t entry, Value& key, Value& value) {
  DictEntry& e = entries[static_cast<size_t>(entry)];
  index[slot_of(entry, e.hash)] = kDeleted;
  key = std::move(e.key);  // leaves e.key Unbound: a deleted entry
  value = std::move(e.value);
  --used;
  ++version;
}

bool DictObject::remove(const Value& key) {
  int64_t h = hash(key);
  int64_t ix = find(key, h);
  if (ix < 0) return false;
  Value k, v;  // released after the table is consistent again
  remove_at(ix, k, v);
  return true;
}

Value DictObject::pop(const Value& key) {
  int64_t h = hash(key);
  int64_t ix = find(key, h);
  if (ix < 0) return Value();
  Value k, v;
  remove_at(ix, k, v);
  return v;
}

bool DictObject::pop_last(Value& key, Value& value) {
  if (used == 0) return false;
  while (entries.back().key.is_unbound()) entries.pop_back();
  remove_at(static_cast<int64_t>(entries.size()) - 1, key, value);
  entries.pop_back();
  return true;
}

void DictObject::clear() {
  std::vector<DictEntry> old_entries;
  std::vector<int32_t> old_index;
  old_entries.swap(entries);
  old_index.swap(index);
  used = 0;
  ++version;
}

Value make_dict() { return make<DictObject>().value(); }

// ------------------------------------------------------- repr, ==, update

std::string dict_repr(DictObject* d) {
  if (d->size() == 0) return "{}";
  if (repr_busy(d)) return "{...}";
  ReprBusyGuard guard(d);
  std::string out = "{";
  bool first = true;
  for (size_t i = 0; i < d->entries.size(); ++i) {
    if (d->entries[i].key.is_unbound()) continue;
    Value k = d->entries[i].key, v = d->entries[i].value;
    if (!first) out += ", ";
    first = false;
    out += repr(k);
    out += ": ";
    out += repr(v);
  }
  out += '}';
  return out;
}

bool dict_eq(DictObject* a, DictObject* b) {
  if (a == b) return true;
  if (a->size() != b->size()) return false;
  ComparisonDepthGuard depth;
  for (size_t i = 0; i < a->entries.size(); ++i) {
    if (a->entries[i].key.is_unbound()) continue;
    Value k = a->entries[i].key, v = a->entries[i].value;
    Value other = b->get_hashed(k, a->entries[i].hash);
    if (other.is_unbound() || !eq(v, other)) return false;
  }
  return true;
}

// dict.update from an iterable of pairs.
static void update_from_pairs(DictObject* d, const Value& pairs) {
  int64_t n = 0;
  for_each(pairs, [&](const Value& item) {
    std::string msg = fmt::format("cannot convert dictionary update sequence element #{} to a sequence", n);
    std::vector<Value> pair = to_vector_or(item, msg.c_str());
    if (pair.size() != 2)
      raise_value_error(
          fmt::format("dictionary update sequence element #{} has length {}; 2 is required", n, pair.size()));
    d->set(pair[0], pair[1]);
    ++n;
  });
}

bool is_mergeable_dict(const Value& v) {
  if (!is_dict(v)) return false;
  TypeObject* t = v.obj()->type;
  return !t->heap || lookup_user_special(t, names::iter).is_unbound();
}

void dict_update(DictObject* d, const Value& other) {
  if (is_mergeable_dict(other)) {
    DictObject* src = as_dict(other);
    if (src == d) return;
    for (size_t i = 0; i < src->entries.size(); ++i) {
      if (src->entries[i].key.is_unbound()) continue;
      Value k = src->entries[i].key, v = src->entries[i].value;
      d->set_hashed(k, src->entries[i].hash, v);
    }
    return;
  }
  static StrObject* keys_name = intern("keys");
  Value keys = getattr_or_unbound(other, keys_name);
  if (!keys.is_unbound()) {  // a mapping: other.keys() and other[k]
    for_each(call0(keys), [&](const Value& k) { d->set(k, getitem(other, k)); });
    return;
  }
  update_from_pairs(d, other);
}

Value dict_new(CallArgs args) {
  ArgParser("dict", args).positional(0, 1);
  Value out = make_dict();
  DictObject* d = as_dict(out);
  if (!args.positional.empty()) dict_update(d, args.positional[0]);
  for (size_t k = 0; k < args.kw_names.size(); ++k) d->set_str(args.kw_names[k], args.kw_values[k]);
  return out;
}

// ----------------------------------------------------------------- methods

namespace {

DictObject* self_dict(const Value& self) { return as_dict(self); }

// "dict.get() takes no keyword arguments", then "get expected at most 2 arguments, got 3"
// (METH_NOARGS methods pass the qualified name twice: "dict.copy() takes no arguments (1 given)").
void check_args(const char* qualname, const char* name, CallArgs args, size_t min, long max) {
  ArgParser(qualname, args).no_keywords();
  ArgParser(name, args).positional(min, max);
}

Value dict_get(const Value& self, CallArgs args) {
  check_args("dict.get", "get", args, 1, 2);
  Value v = self_dict(self)->get(args.positional[0]);
  if (!v.is_unbound()) return v;
  return args.positional.size() > 1 ? args.positional[1] : Value::none();
}

Value dict_setdefault(const Value& self, CallArgs args) {
  check_args("dict.setdefault", "setdefault", args, 1, 2);
  DictObject* d = self_dict(self);
  const Value& key = args.positional[0];
  int64_t h = hash(key);
  Value v = d->get_hashed(key, h);
  if (!v.is_unbound()) return v;
  Value dflt = args.positional.size() > 1 ? args.positional[1] : Value::none();
  d->set_hashed(key, h, dflt);
  return dflt;
}

Value dict_pop(const Value& self, CallArgs args) {
  check_args("dict.pop", "pop", args, 1, 2);
  DictObject* d = self_dict(self);
  bool has_default = args.positional.size() > 1;
  // As CPython: popping from an empty dict with a default never hashes the key.
  if (d->size() == 0 && has_default) return args.positional[1];
  Value v = d->pop(args.positional[0]);
  if (!v.is_unbound()) return v;
  if (has_default) return args.positional[1];
  raise_key_error(args.positional[0]);
}

Value dict_popitem(const Value& self, CallArgs args) {
  check_args("dict.popitem", "dict.popitem", args, 0, 0);
  Value k, v;
  if (!self_dict(self)->pop_last(k, v)) raise_key_error(make_str("popitem(): dictionary is empty"));
  return make_tuple({k, v});
}

Value dict_update_method(const Value& self, CallArgs args) {
  ArgParser("update", args).positional(0, 1);
  DictObject* d = self_dict(self);
  if (!args.positional.empty()) dict_update(d, args.positional[0]);
  for (size_t k = 0; k < args.kw_names.size(); ++k) d->set_str(args.kw_names[k], args.kw_values[k]);
  return Value::none();
}

Value dict_clear(const Value& self, CallArgs args) {
  check_args("dict.clear", "dict.clear", args, 0, 0);
  self_dict(self)->clear();
  return Value::none();
}

Value dict_copy(const Value& self, CallArgs args) {
  check_args("dict.copy", "dict.copy", args, 0, 0);
  Value out = make_dict();
  dict_update(as_dict(out), self);
  return out;
}

// dict.fromkeys(iterable, value=None), bound to the dict type itself.
Value dict_fromkeys(const Value& self, CallArgs args) {
  check_args("dict.fromkeys", "fromkeys", args, 1, 2);
  Value value = args.positional.size() > 1 ? args.positional[1] : Value::none();
  Value out = make_dict();
  DictObject* d = as_dict(out);
  for_each(args.positional[0], [&](const Value& k) { d->set(k, value); });
  return out;
}

Value dict_contains(const Value& self, CallArgs args) {
  ArgParser("dict.__contains__", args).no_keywords().positional(1, 1);
  return Value::boolean(self_dict(self)->contains(args.positional[0]));
}

Value dict_getitem(const Value& self, CallArgs args) {
  ArgParser("dict.__getitem__", args).no_keywords().positional(1, 1);
  Value v = self_dict(self)->get(args.positional[0]);
  if (v.is_unbound()) raise_key_error(args.positional[0]);
  return v;
}

}  // namespace

void init_dict_type() {
  add_method(types::dict, "get", &dict_get);
  add_method(types::dict, "setdefault", &dict_setdefault);
  add_method(types::dict, "pop", &dict_pop);
  add_method(types::dict, "popitem", &dict_popitem);
  add_method(types::dict, "update", &dict_update_method);
  add_method(types::dict, "clear", &dict_clear);
  add_method(types::dict, "copy", &dict_copy);
  add_method(types::dict, "__contains__", &dict_contains);
  add_method(types::dict, "__getitem__", &dict_getitem);
  // A class method: stored already bound to the type, so that both
  // dict.fromkeys(...) and {}.fromkeys(...) call it with self = dict.
  auto fromkeys = make<BuiltinFunctionObject>(types::builtin_function, "fromkeys", &dict_fromkeys, types::dict,
                                              Value(static_cast<Object*>(types::dict)));
  fromkeys->make_immortal();
  as_dict(types::dict->dict)->set_str(intern("fromkeys"), fromkeys.value());
  init_dict_view_types();
}

}  // namespace pywalk
