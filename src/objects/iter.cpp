// The builtin iterators: construction and iter_next() for every kind.
// The enumerate/zip/map/filter/reversed constructors and the
// __next__/__iter__ methods are in iter_new.cpp.
#include "pywalk/objects/iter.h"

#include <fmt/format.h>

#include "pywalk/errors.h"
#include "pywalk/gc.h"
#include "pywalk/interpreter.h"
#include "pywalk/objects/dict.h"
#include "pywalk/objects/genexpr.h"
#include "pywalk/objects/int.h"
#include "pywalk/objects/list.h"
#include "pywalk/objects/range.h"
#include "pywalk/objects/set.h"
#include "pywalk/objects/str.h"
#include "pywalk/ops.h"

namespace pywalk {

namespace types {
TypeObject* callable_iterator;
TypeObject* str_unicode_iterator;
TypeObject* dict_reversekeyiterator;
TypeObject* dict_reversevalueiterator;
TypeObject* dict_reverseitemiterator;
}  // namespace types

namespace {

IterKind kind_of(const TypeObject* t) {
  if (t == types::list_iterator) return IterKind::List;
  if (t == types::tuple_iterator) return IterKind::Tuple;
  if (t == types::str_iterator || t == types::str_unicode_iterator) return IterKind::Str;
  if (t == types::range_iterator) return IterKind::Range;
  if (t == types::dict_keyiterator) return IterKind::DictKeys;
  if (t == types::dict_valueiterator) return IterKind::DictValues;
  if (t == types::dict_itemiterator) return IterKind::DictItems;
  if (t == types::dict_reversekeyiterator) return IterKind::DictReverseKeys;
  if (t == types::dict_reversevalueiterator) return IterKind::DictReverseValues;
  if (t == types::dict_reverseitemiterator) return IterKind::DictReverseItems;
  if (t == types::set_iterator) return IterKind::Set;
  if (t == types::list_reverseiterator) return IterKind::ListReverse;
  if (t == types::reversed) return IterKind::Reversed;
  if (t == types::enumerate) return IterKind::Enumerate;
  if (t == types::zip) return IterKind::Zip;
  if (t == types::map) return IterKind::Map;
  if (t == types::filter) return IterKind::Filter;
  if (t == types::generator) return IterKind::Generator;
  if (t == types::callable_iterator) return IterKind::Callable;
  return IterKind::View;
}

bool is_reverse_dict(IterKind k) {
  return k == IterKind::DictReverseKeys || k == IterKind::DictReverseValues || k == IterKind::DictReverseItems;
}

}  // namespace

IteratorObject::IteratorObject(TypeObject* t, Value s) : Object(t), source(std::move(s)), kind(kind_of(t)) {
  gc_track(this);
}

void IteratorObject::exhaust() {
  // Move everything out first, so that releasing it (which may run
  // arbitrary destructors) never sees a half-cleared iterator.
  Value old = std::move(source);
  source = Value();
  std::vector<Value> st;
  st.swap(state);
}

void IteratorObject::traverse(GcVisitor& v) const {
  v.visit(source);
  for (const Value& x : state) v.visit(x);
}

void IteratorObject::clear_refs() {
  exhaust();
}

Value make_iterator(TypeObject* t, Value source) {
  if (t == types::str_iterator && !source.as<StrObject>()->ascii) t = types::str_unicode_iterator;
  auto it = make<IteratorObject>(t, std::move(source));
  switch (it->kind) {
    case IterKind::DictKeys:
    case IterKind::DictValues:
    case IterKind::DictItems:
    case IterKind::DictReverseKeys:
    case IterKind::DictReverseValues:
    case IterKind::DictReverseItems: {
      auto* d = it->source.as<DictObject>();
      it->expected_size = d->used;
      it->aux = d->used;
      if (is_reverse_dict(it->kind)) it->pos = static_cast<int64_t>(d->entries.size()) - 1;
      break;
    }
    case IterKind::Set:
      it->expected_size = it->source.as<SetObject>()->used;
      break;
    case IterKind::ListReverse:
      it->pos = static_cast<int64_t>(it->source.as<ListObject>()->items.size()) - 1;
      break;
    case IterKind::Reversed:
      it->pos = len(it->source) - 1;
      break;
    case IterKind::List:
    case IterKind::Tuple:
    case IterKind::Str:
    case IterKind::Range:
    case IterKind::Enumerate:
    case IterKind::Zip:
    case IterKind::Map:
    case IterKind::Filter:
    case IterKind::Generator:
    case IterKind::Callable:
    case IterKind::View:
      break;
  }
  return it.value();
}

Value make_callable_iterator(Value callable, Value sentinel) {
  auto it = make<IteratorObject>(types::callable_iterator, Value::none());
  it->state = {std::move(callable), std::move(sentinel)};
  return it.value();
}

namespace {

Value dict_entry_item(IterKind kind, const DictEntry& e) {
  if (kind == IterKind::DictKeys || kind == IterKind::DictReverseKeys) return e.key;
  if (kind == IterKind::DictValues || kind == IterKind::DictReverseValues) return e.value;
  return make_tuple({e.key, e.value});
}

Value dict_next(IteratorObject* it) {
  auto* d = it->source.as<DictObject>();
  if (d->used != it->expected_size) {
    it->expected_size = -1;  // sticky, as CPython's di_used = -1
    raise(exc::RuntimeError, "dictionary changed size during iteration");
  }
  const auto& entries = d->entries;
  int64_t n = static_cast<int64_t>(entries.size());
  if (is_reverse_dict(it->kind)) {
    while (it->pos >= 0 && (it->pos >= n || entries[it->pos].key.is_unbound())) --it->pos;
    if (it->pos < 0) {
      it->exhaust();
      return Value();
    }
  } else {
    while (it->pos < n && entries[it->pos].key.is_unbound()) ++it->pos;
    if (it->pos >= n) {
      it->exhaust();
      return Value();
    }
  }
  if (it->aux == 0) {
    it->exhaust();
    raise(exc::RuntimeError, "dictionary keys changed during iteration");
  }
  Value r = dict_entry_item(it->kind, entries[it->pos]);
  it->pos += is_reverse_dict(it->kind) ? -1 : 1;
  --it->aux;
  return r;
}

Value set_next(IteratorObject* it) {
  auto* s = it->source.as<SetObject>();
  if (s->used != it->expected_size) {
    it->expected_size = -1;
    raise(exc::RuntimeError, "Set changed size during iteration");
  }
  int64_t n = static_cast<int64_t>(s->table.size());
  while (it->pos < n && s->table[it->pos].key.is_unbound()) ++it->pos;
  if (it->pos >= n) {
    it->exhaust();
    return Value();
  }
  return s->table[it->pos++].key;
}

[[noreturn]] void zip_length_error(size_t i, const char* what) {
  // "zip() argument 2 is shorter than argument 1", "... argument 3 is longer than arguments 1-2"
  raise_value_error(fmt::format("zip() argument {} is {} than argument{}{}", i + 1, what, i == 1 ? " " : "s 1-", i));
}

Value zip_next(IteratorObject* it) {
  size_t n = it->state.size();
  if (n == 0) {
    it->exhaust();
    return Value();
  }
  std::vector<Value> items;
  items.reserve(n);
  for (size_t i = 0; i < n; ++i) {
    if (i >= it->state.size()) return Value();  // exhausted re-entrantly
    Value src = it->state[i];
    Value x = next(src);
    if (x.is_unbound()) {
      if (it->aux) {
        if (i > 0) zip_length_error(i, "shorter");
        std::vector<Value> others = it->state;
        for (size_t j = 1; j < others.size(); ++j)
          if (!next(others[j]).is_unbound()) zip_length_error(j, "longer");
      }
      it->exhaust();
      return Value();
    }
    items.push_back(std::move(x));
  }
  return make_tuple(std::move(items));
}

Value map_next(IteratorObject* it) {
  size_t n = it->state.size();
  if (n < 2) {
    it->exhaust();
    return Value();
  }
  Value f = it->state[0];
  if (n == 2) {
    Value src = it->state[1];
    Value x = next(src);
    if (x.is_unbound()) {
      it->exhaust();
      return Value();
    }
    return call1(f, x);
  }
  std::vector<Value> args;
  args.reserve(n - 1);
  for (size_t i = 1; i < n; ++i) {
    if (i >= it->state.size()) return Value();
    Value src = it->state[i];
    Value x = next(src);
    if (x.is_unbound()) {
      it->exhaust();
      return Value();
    }
    args.push_back(std::move(x));
  }
  return call(f, CallArgs{std::span<const Value>(args), {}, {}});
}

Value filter_next(IteratorObject* it) {
  for (;;) {
    Value src = it->source;
    if (src.is_unbound() || it->state.empty()) return Value();
    Value f = it->state[0];
    Value x = next(src);
    if (x.is_unbound()) {
      it->exhaust();
      return Value();
    }
    if (f.is_none() ? truthy(x) : truthy(call1(f, x))) return x;
  }
}

Value enumerate_next(IteratorObject* it) {
  Value src = it->source;
  Value x = next(src);
  if (x.is_unbound()) {
    it->exhaust();
    return Value();
  }
  if (it->state.empty()) return Value();
  Value count = it->state[0];
  if (count.is_int() && count.as_int() != INT64_MAX)
    it->state[0] = Value::integer(count.as_int() + 1);
  else
    it->state[0] = int_binary(BinOpKind::Add, count, Value::integer(1));
  return make_tuple({std::move(count), std::move(x)});
}

Value callable_next(IteratorObject* it) {
  if (it->state.size() != 2) return Value();
  Value f = it->state[0];
  Value sentinel = it->state[1];
  Value v = call0(f);
  if (eq(sentinel, v)) {
    it->exhaust();
    return Value();
  }
  return v;
}

}  // namespace

Value iter_next(IteratorObject* it) {
  if (it->source.is_unbound()) return Value();
  switch (it->kind) {
    case IterKind::Generator:
      return generator_next(it->source.as<GenExprFrame>());
    case IterKind::List: {
      const auto& items = it->source.as<ListObject>()->items;
      if (it->pos < static_cast<int64_t>(items.size())) return items[it->pos++];
      break;
    }
    case IterKind::Tuple: {
      const auto& items = it->source.as<TupleObject>()->items;
      if (it->pos < static_cast<int64_t>(items.size())) return items[it->pos++];
      break;
    }
    case IterKind::Str: {
      auto* s = it->source.as<StrObject>();
      if (it->pos < s->length) return str_from_codepoint(s->at(it->pos++));
      break;
    }
    case IterKind::Range: {
      auto* r = it->source.as<RangeObject>();
      if (it->pos < r->length) {
        int64_t i = it->aux ? r->length - 1 - it->pos : it->pos;
        ++it->pos;
        return Value::integer(r->at(i));
      }
      break;
    }
    case IterKind::DictKeys:
    case IterKind::DictValues:
    case IterKind::DictItems:
    case IterKind::DictReverseKeys:
    case IterKind::DictReverseValues:
    case IterKind::DictReverseItems:
      return dict_next(it);
    case IterKind::Set:
      return set_next(it);
    case IterKind::ListReverse: {
      const auto& items = it->source.as<ListObject>()->items;
      if (it->pos >= 0 && it->pos < static_cast<int64_t>(items.size())) return items[it->pos--];
      break;
    }
    case IterKind::Reversed: {
      const Value& seq = it->source;
      if (it->pos >= 0 && it->pos < len(seq)) {
        int64_t i = it->pos--;
        if (is_str(seq)) return str_from_codepoint(seq.as<StrObject>()->at(i));
        if (is_tuple(seq)) return seq.as<TupleObject>()->items[i];
        return seq.as<ListObject>()->items[i];
      }
      break;
    }
    case IterKind::Enumerate:
      return enumerate_next(it);
    case IterKind::Zip:
      return zip_next(it);
    case IterKind::Map:
      return map_next(it);
    case IterKind::Filter:
      return filter_next(it);
    case IterKind::Callable:
      return callable_next(it);
    case IterKind::View:
      return Value();
  }
  it->exhaust();
  return Value();
}

}  // namespace pywalk
