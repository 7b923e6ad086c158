// collections.deque: a double-ended queue with an optional maximum length.
//
// The class is built like the other collections classes (a heap class
// whose methods are native methods); its items live in a DequeStore, a
// native object holding a std::deque<Value> and maxlen (-1 for None), kept
// in the instance's one __slots__ slot. The slot's member descriptor is
// removed from the class after it is built, so Python code never sees the
// store; a method that finds the slot empty (deque.__new__ without
// __init__) starts an empty store. Appending to a full deque drops an item
// from the other end, as CPython's does.
#include <fmt/format.h>

#include <algorithm>
#include <deque>

#include "pywalk/errors.h"
#include "pywalk/gc.h"
#include "pywalk/modules/collections.h"
#include "pywalk/objects/class.h"
#include "pywalk/objects/dict.h"
#include "pywalk/objects/list.h"
#include "pywalk/objects/str.h"
#include "pywalk/ops.h"

namespace pywalk {
namespace {

TypeObject* store_type = nullptr;
TypeObject* deque_type = nullptr;  // borrowed: the collections module keeps the class alive

struct DequeStore : Object {
  DequeStore() : Object(store_type) { gc_track(this); }
  std::deque<Value> items;  // strong
  int64_t maxlen = -1;      // -1: unbounded
  void traverse(GcVisitor& v) const override {
    for (const Value& x : items) v.visit(x);
  }
  void clear_refs() override {
    std::deque<Value> old;
    old.swap(items);
  }
};

DequeStore* store(const Value& self) {
  std::vector<Value>* slots = self.obj()->instance_slots();
  if (!slots || slots->empty()) raise_type_error("descriptor requires a 'collections.deque' object");
  Value& s = (*slots)[0];
  if (s.is_unbound()) s = make<DequeStore>().value();
  return s.as<DequeStore>();
}

bool is_deque(const Value& v) { return v.is_obj() && type_of(v)->is_subtype_of(deque_type); }

void push_back(DequeStore* d, const Value& v) {
  if (d->maxlen == 0) return;
  if (d->maxlen > 0 && static_cast<int64_t>(d->items.size()) >= d->maxlen) d->items.pop_front();
  d->items.push_back(v);
}

void push_front(DequeStore* d, const Value& v) {
  if (d->maxlen == 0) return;
  if (d->maxlen > 0 && static_cast<int64_t>(d->items.size()) >= d->maxlen) d->items.pop_back();
  d->items.push_front(v);
}

Value one_arg(const char* fname, CallArgs args) {
  ArgParser(fname, args).no_keywords().positional(1, 1);
  return args.positional[0];
}

void no_args(const char* fname, CallArgs args) { ArgParser(fname, args).no_keywords().positional(0, 0); }

Value deque_init(const Value& self, CallArgs args) {
  if (args.size() > 2) raise_type_error(fmt::format("deque() takes at most 2 arguments ({} given)", args.size()));
  ArgParser p("deque", args);
  Value iterable = p.get(0, "iterable");
  Value maxlen = p.get(1, "maxlen");
  p.keyword("iterable");
  p.keyword("maxlen");
  p.done();
  DequeStore* d = store(self);
  int64_t m = -1;
  if (!maxlen.is_unbound() && !maxlen.is_none()) {
    m = index_int64(maxlen);
    if (m < 0) raise_value_error("maxlen must be non-negative");
  }
  std::vector<Value> items;
  if (!iterable.is_unbound()) items = to_vector(iterable);
  d->items.clear();
  d->maxlen = m;
  for (const Value& v : items) push_back(d, v);
  return Value::none();
}

Value deque_append(const Value& self, CallArgs args) {
  push_back(store(self), one_arg("deque.append", args));
  return Value::none();
}

Value deque_appendleft(const Value& self, CallArgs args) {
  push_front(store(self), one_arg("deque.appendleft", args));
  return Value::none();
}

Value deque_pop(const Value& self, CallArgs args) {
  no_args("deque.pop", args);
  DequeStore* d = store(self);
  if (d->items.empty()) raise_index_error("pop from an empty deque");
  Value v = d->items.back();
  d->items.pop_back();
  return v;
}

Value deque_popleft(const Value& self, CallArgs args) {
  no_args("deque.popleft", args);
  DequeStore* d = store(self);
  if (d->items.empty()) raise_index_error("pop from an empty deque");
  Value v = d->items.front();
  d->items.pop_front();
  return v;
}

Value deque_extend(const Value& self, CallArgs args) {
  std::vector<Value> items = to_vector(one_arg("deque.extend", args));
  DequeStore* d = store(self);
  for (const Value& v : items) push_back(d, v);
  return Value::none();
}

Value deque_extendleft(const Value& self, CallArgs args) {
  std::vector<Value> items = to_vector(one_arg("deque.extendleft", args));
  DequeStore* d = store(self);
  for (const Value& v : items) push_front(d, v);
  return Value::none();
}

Value deque_clear(const Value& self, CallArgs args) {
  no_args("deque.clear", args);
  store(self)->items.clear();
  return Value::none();
}

Value deque_rotate(const Value& self, CallArgs args) {
  ArgParser("deque.rotate", args).no_keywords().positional(0, 1);
  int64_t n = args.positional.empty() ? 1 : index_int64(args.positional[0]);
  DequeStore* d = store(self);
  int64_t size = static_cast<int64_t>(d->items.size());
  if (size <= 1) return Value::none();
  n %= size;
  if (n < 0) n += size;
  std::rotate(d->items.begin(), d->items.begin() + (size - n), d->items.end());
  return Value::none();
}

Value deque_reverse(const Value& self, CallArgs args) {
  no_args("deque.reverse", args);
  DequeStore* d = store(self);
  std::reverse(d->items.begin(), d->items.end());
  return Value::none();
}

Value deque_count(const Value& self, CallArgs args) {
  Value x = one_arg("deque.count", args);
  std::vector<Value> items(store(self)->items.begin(), store(self)->items.end());
  int64_t n = 0;
  for (const Value& v : items) n += eq(v, x);
  return Value::integer(n);
}

Value deque_index(const Value& self, CallArgs args) {
  ArgParser("index", args).no_keywords().positional(1, 3);
  DequeStore* d = store(self);
  int64_t size = static_cast<int64_t>(d->items.size());
  auto bound = [&](size_t i, int64_t dflt) {
    if (args.positional.size() <= i) return dflt;
    int64_t v = slice_index_arg(args.positional[i]);
    if (v < 0) v = std::max<int64_t>(0, v + size);
    return std::min(v, size);
  };
  int64_t start = bound(1, 0), stop = bound(2, size);
  std::vector<Value> items(d->items.begin(), d->items.end());
  for (int64_t i = start; i < stop && i < static_cast<int64_t>(items.size()); ++i)
    if (eq(items[i], args.positional[0])) return Value::integer(i);
  raise_value_error(fmt::format("{} is not in deque", repr(args.positional[0])));
}

Value deque_remove(const Value& self, CallArgs args) {
  Value x = one_arg("deque.remove", args);
  DequeStore* d = store(self);
  std::vector<Value> items(d->items.begin(), d->items.end());
  for (size_t i = 0; i < items.size(); ++i)
    if (eq(items[i], x)) {
      if (i < d->items.size()) d->items.erase(d->items.begin() + static_cast<int64_t>(i));
      return Value::none();
    }
  raise_value_error(fmt::format("{} is not in deque", repr(x)));
}

Value deque_insert(const Value& self, CallArgs args) {
  if (args.positional.size() != 2)
    raise_type_error(fmt::format("insert() takes exactly 2 arguments ({} given)", args.positional.size()));
  ArgParser("insert", args).no_keywords();
  DequeStore* d = store(self);
  int64_t size = static_cast<int64_t>(d->items.size());
  if (d->maxlen >= 0 && size >= d->maxlen) raise_index_error("deque already at its maximum size");
  int64_t i = index_int64(args.positional[0]);
  if (i < 0) i = std::max<int64_t>(0, i + size);
  i = std::min(i, size);
  d->items.insert(d->items.begin() + i, args.positional[1]);
  return Value::none();
}

int64_t item_index(DequeStore* d, const Value& key) {
  if (!has_index(key))
    raise_type_error(fmt::format("sequence index must be integer, not '{}'", type_name(key)));
  int64_t i = index_int64(key);
  int64_t size = static_cast<int64_t>(d->items.size());
  if (i < 0) i += size;
  if (i < 0 || i >= size) raise_index_error("deque index out of range");
  return i;
}

Value deque_getitem(const Value& self, CallArgs args) {
  Value key = one_arg("__getitem__", args);
  DequeStore* d = store(self);
  return d->items[item_index(d, key)];
}

Value deque_setitem(const Value& self, CallArgs args) {
  ArgParser("__setitem__", args).no_keywords().positional(2, 2);
  DequeStore* d = store(self);
  d->items[item_index(d, args.positional[0])] = args.positional[1];
  return Value::none();
}

Value deque_delitem(const Value& self, CallArgs args) {
  Value key = one_arg("__delitem__", args);
  DequeStore* d = store(self);
  d->items.erase(d->items.begin() + item_index(d, key));
  return Value::none();
}

Value deque_len(const Value& self, CallArgs args) {
  no_args("__len__", args);
  return Value::integer(static_cast<int64_t>(store(self)->items.size()));
}

Value snapshot(const Value& self) {
  DequeStore* d = store(self);
  return make_list(std::vector<Value>(d->items.begin(), d->items.end()));
}

Value deque_iter(const Value& self, CallArgs args) {
  no_args("__iter__", args);
  return iter(snapshot(self));
}

Value deque_reversed(const Value& self, CallArgs args) {
  no_args("__reversed__", args);
  DequeStore* d = store(self);
  return iter(make_list(std::vector<Value>(d->items.rbegin(), d->items.rend())));
}

Value deque_contains(const Value& self, CallArgs args) {
  Value x = one_arg("__contains__", args);
  return Value::boolean(contains(snapshot(self), x));
}

Value deque_repr(const Value& self, CallArgs args) {
  no_args("__repr__", args);
  Object* o = self.obj();
  if (repr_busy(o)) return make_str("[...]");
  DequeStore* d = store(self);
  o->flags |= Object::kReprBusy;
  std::string items;
  try {
    items = repr(snapshot(self));
  } catch (...) {
    o->flags &= ~Object::kReprBusy;
    throw;
  }
  o->flags &= ~Object::kReprBusy;
  const std::string& name = type_of(self)->name;
  if (d->maxlen < 0) return make_str(fmt::format("{}({})", name, items));
  return make_str(fmt::format("{}({}, maxlen={})", name, items, d->maxlen));
}

Value new_like(const Value& self, const Value& items) {
  DequeStore* d = store(self);
  Value argv[2] = {items, d->maxlen < 0 ? Value::none() : Value::integer(d->maxlen)};
  return call(Value(static_cast<Object*>(type_of(self))), CallArgs{std::span<const Value>(argv, 2), {}, {}});
}

Value deque_copy(const Value& self, CallArgs args) {
  no_args("deque.copy", args);
  return new_like(self, snapshot(self));
}

Value deque_add(const Value& self, CallArgs args) {
  Value other = one_arg("__add__", args);
  if (!is_deque(other))
    raise_type_error(fmt::format("can only concatenate deque (not \"{}\") to deque", type_name(other)));
  std::vector<Value> items = to_vector(snapshot(self));
  for (const Value& v : store(other)->items) items.push_back(v);
  return new_like(self, make_list(std::move(items)));
}

Value deque_iadd(const Value& self, CallArgs args) {
  deque_extend(self, args);
  return self;
}

Value deque_mul(const Value& self, CallArgs args) {
  Value n = one_arg("__mul__", args);
  if (!has_index(n)) return not_implemented_value();
  return new_like(self, binary_op(BinOpKind::Mult, snapshot(self), n));
}

Value compare_deques(const Value& self, CallArgs args, CmpOpKind op) {
  Value other = one_arg("__eq__", args);
  if (!is_deque(other)) return not_implemented_value();
  return compare(snapshot(self), snapshot(other), op);
}

Value deque_eq(const Value& s, CallArgs a) { return compare_deques(s, a, CmpOpKind::Eq); }
Value deque_ne(const Value& s, CallArgs a) { return compare_deques(s, a, CmpOpKind::NotEq); }
Value deque_lt(const Value& s, CallArgs a) { return compare_deques(s, a, CmpOpKind::Lt); }
Value deque_le(const Value& s, CallArgs a) { return compare_deques(s, a, CmpOpKind::LtE); }
Value deque_gt(const Value& s, CallArgs a) { return compare_deques(s, a, CmpOpKind::Gt); }
Value deque_ge(const Value& s, CallArgs a) { return compare_deques(s, a, CmpOpKind::GtE); }

Value deque_maxlen(const Value& self, CallArgs args) {
  no_args("maxlen", args);
  int64_t m = store(self)->maxlen;
  return m < 0 ? Value::none() : Value::integer(m);
}

}  // namespace

namespace modules {

Value make_deque_class() {
  store_type = make_native_type("_deque_store");
  Value c = make_native_class(
      "collections", "deque", types::object,
      {MethodDef{"__init__", &deque_init}, MethodDef{"append", &deque_append},
       MethodDef{"appendleft", &deque_appendleft}, MethodDef{"pop", &deque_pop},
       MethodDef{"popleft", &deque_popleft}, MethodDef{"extend", &deque_extend},
       MethodDef{"extendleft", &deque_extendleft}, MethodDef{"clear", &deque_clear},
       MethodDef{"rotate", &deque_rotate}, MethodDef{"reverse", &deque_reverse}, MethodDef{"count", &deque_count},
       MethodDef{"index", &deque_index}, MethodDef{"remove", &deque_remove}, MethodDef{"insert", &deque_insert},
       MethodDef{"copy", &deque_copy}, MethodDef{"__copy__", &deque_copy}, MethodDef{"__getitem__", &deque_getitem},
       MethodDef{"__setitem__", &deque_setitem}, MethodDef{"__delitem__", &deque_delitem},
       MethodDef{"__len__", &deque_len}, MethodDef{"__iter__", &deque_iter},
       MethodDef{"__reversed__", &deque_reversed}, MethodDef{"__contains__", &deque_contains},
       MethodDef{"__repr__", &deque_repr}, MethodDef{"__add__", &deque_add}, MethodDef{"__iadd__", &deque_iadd},
       MethodDef{"__mul__", &deque_mul}, MethodDef{"__rmul__", &deque_mul}, MethodDef{"__eq__", &deque_eq},
       MethodDef{"__ne__", &deque_ne}, MethodDef{"__lt__", &deque_lt}, MethodDef{"__le__", &deque_le},
       MethodDef{"__gt__", &deque_gt}, MethodDef{"__ge__", &deque_ge}},
      {"_deque_store"});
  TypeObject* t = c.as<TypeObject>();
  DictObject* d = as_dict(t->dict);
  d->remove(Value(static_cast<Object*>(intern("_deque_store"))));
  Value getter = make_native_method("maxlen", &deque_maxlen);
  d->set_str(intern("maxlen"), call1(Value(static_cast<Object*>(types::property)), getter));
  d->set_str(intern("__hash__"), Value::none());
  type_modified(t);
  deque_type = t;
  return c;
}

}  // namespace modules
}  // namespace pywalk
