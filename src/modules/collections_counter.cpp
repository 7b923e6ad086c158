// collections.Counter: a dict subclass mapping elements to counts.
//
// Written after CPython's Lib/collections/__init__.py, method by method, so
// that the order of the results (most_common, the arithmetic operators,
// repr) is CPython's: most_common() is a stable sort by count, descending;
// `a + b` walks a's items then b's new ones. Missing keys read as 0 through
// __missing__. Counts are any values supporting + and - (usually ints).
#include <fmt/format.h>

#include <algorithm>
#include <array>

#include "pywalk/ast.h"
#include "pywalk/errors.h"
#include "pywalk/modules/collections.h"
#include "pywalk/objects/class.h"
#include "pywalk/objects/dict.h"
#include "pywalk/objects/list.h"
#include "pywalk/objects/str.h"
#include "pywalk/ops.h"

namespace pywalk {
namespace {

TypeObject* counter_type = nullptr;  // borrowed: the collections module keeps the class alive

using Items = std::vector<std::pair<Value, Value>>;

Items items_of(DictObject* d) {
  Items out;
  for (const DictEntry& e : d->entries)
    if (!e.key.is_unbound()) out.emplace_back(e.key, e.value);
  return out;
}

bool is_counter(const Value& v) { return v.is_obj() && type_of(v)->is_subtype_of(counter_type); }

Value new_counter() { return call0(Value(static_cast<Object*>(counter_type))); }

Value zero() { return Value::integer(0); }

Value get_or_zero(DictObject* d, const Value& key) {
  Value v = d->get(key);
  return v.is_unbound() ? zero() : v;
}

bool positive(const Value& v) { return compare_bool(v, zero(), CmpOpKind::Gt); }
bool negative(const Value& v) { return compare_bool(v, zero(), CmpOpKind::Lt); }

// update() / subtract(): sign +1 or -1.
void count_into(const Value& self, CallArgs args, const char* fname, bool add) {
  if (args.positional.size() > 1)
    raise_type_error(fmt::format("{}() takes from 1 to 2 positional arguments but {} were given", fname,
                                 args.positional.size() + 1));
  BinOpKind op = add ? BinOpKind::Add : BinOpKind::Sub;
  auto merge_mapping = [&](const Items& items) {
    for (const auto& [k, count] : items) {
      Value old = get_or_zero(as_dict(self), k);
      setitem(self, k, add ? binary_op(op, count, old) : binary_op(op, old, count));
    }
  };
  if (!args.positional.empty() && !args.positional[0].is_none()) {
    const Value& src = args.positional[0];
    if (is_dict(src)) {
      if (add && as_dict(self)->size() == 0 && !has_heap_type(src)) {
        dict_update(as_dict(self), src);
      } else {
        merge_mapping(items_of(as_dict(src)));
      }
    } else {
      Value one = Value::integer(1);
      for_each(src, [&](const Value& elem) {
        setitem(self, elem, binary_op(op, get_or_zero(as_dict(self), elem), one));
      });
    }
  }
  if (!args.kw_names.empty()) {
    Items kw;
    for (size_t i = 0; i < args.kw_names.size(); ++i)
      kw.emplace_back(Value(static_cast<Object*>(args.kw_names[i])), args.kw_values[i]);
    merge_mapping(kw);
  }
}

Value counter_init(const Value& self, CallArgs args) {
  count_into(self, args, "Counter.__init__", true);
  return Value::none();
}

Value counter_update(const Value& self, CallArgs args) {
  count_into(self, args, "Counter.update", true);
  return Value::none();
}

Value counter_subtract(const Value& self, CallArgs args) {
  count_into(self, args, "Counter.subtract", false);
  return Value::none();
}

Value counter_missing(const Value&, CallArgs args) {
  ArgParser("__missing__", args).no_keywords().positional(1, 1);
  return zero();
}

Value counter_total(const Value& self, CallArgs args) {
  ArgParser("total", args).no_keywords().positional(0, 0);
  Value sum = zero();
  for (const auto& [k, v] : items_of(as_dict(self))) sum = binary_op(BinOpKind::Add, sum, v);
  return sum;
}

Items sorted_items(const Value& self) {
  Items items = items_of(as_dict(self));
  std::stable_sort(items.begin(), items.end(),
                   [](const auto& a, const auto& b) { return less_than(b.second, a.second); });
  return items;
}

Value counter_most_common(const Value& self, CallArgs args) {
  static constexpr std::array<const char*, 1> kNames = {"n"};
  Value a[1];
  modules::bind_py_args("most_common", args, kNames, 0, a, 1);
  Items items = sorted_items(self);
  size_t n = items.size();
  if (!a[0].is_unbound() && !a[0].is_none()) {
    int64_t k = index_int64(a[0]);
    n = k < 0 ? 0 : std::min<size_t>(n, static_cast<size_t>(k));
  }
  std::vector<Value> out;
  for (size_t i = 0; i < n; ++i) out.push_back(make_tuple({items[i].first, items[i].second}));
  return make_list(std::move(out));
}

Value counter_elements(const Value& self, CallArgs args) {
  ArgParser("elements", args).no_keywords().positional(0, 0);
  std::vector<Value> out;
  for (const auto& [k, v] : items_of(as_dict(self))) {
    if (!is_int(v)) raise_type_error(fmt::format("'{}' object cannot be interpreted as an integer", type_name(v)));
    int64_t n = index_int64(v);
    for (int64_t i = 0; i < n; ++i) out.push_back(k);
  }
  return iter(make_list(std::move(out)));
}

Value counter_repr(const Value& self, CallArgs args) {
  ArgParser("__repr__", args).no_keywords().positional(0, 0);
  const std::string& name = type_of(self)->name;
  if (as_dict(self)->size() == 0) return make_str(name + "()");
  Object* o = self.obj();
  if (repr_busy(o)) return make_str("...");
  o->flags |= Object::kReprBusy;
  std::string s;
  try {
    Items items;
    try {
      items = sorted_items(self);
    } catch (PyException&) {
      items = items_of(as_dict(self));  // counts that do not compare: dict order, as CPython's fallback
    }
    for (size_t i = 0; i < items.size(); ++i) {
      if (i) s += ", ";
      s += repr(items[i].first) + ": " + repr(items[i].second);
    }
  } catch (...) {
    o->flags &= ~Object::kReprBusy;
    throw;
  }
  o->flags &= ~Object::kReprBusy;
  return make_str(fmt::format("{}({{{}}})", name, s));
}

Value counter_copy(const Value& self, CallArgs args) {
  ArgParser("copy", args).no_keywords().positional(0, 0);
  return call1(Value(static_cast<Object*>(type_of(self))), self);
}

Value counter_delitem(const Value& self, CallArgs args) {
  ArgParser("__delitem__", args).no_keywords().positional(1, 1);
  as_dict(self)->remove(args.positional[0]);
  return Value::none();
}

enum class Op { Add, Sub, Or, And };

Value combine(const Value& self, CallArgs args, Op op, const char* fname) {
  ArgParser(fname, args).no_keywords().positional(1, 1);
  const Value& other = args.positional[0];
  if (!is_counter(other)) return not_implemented_value();
  Value result = new_counter();
  DictObject* r = as_dict(result);
  DictObject* a = as_dict(self);
  DictObject* b = as_dict(other);
  for (const auto& [k, count] : items_of(a)) {
    Value oc = getitem(other, k);
    Value n;
    switch (op) {
      case Op::Add: n = binary_op(BinOpKind::Add, count, oc); break;
      case Op::Sub: n = binary_op(BinOpKind::Sub, count, oc); break;
      case Op::Or: n = compare_bool(count, oc, CmpOpKind::Lt) ? oc : count; break;
      case Op::And: n = compare_bool(count, oc, CmpOpKind::Lt) ? count : oc; break;
    }
    if (positive(n)) r->set(k, n);
  }
  if (op == Op::And) return result;
  for (const auto& [k, count] : items_of(b)) {
    if (a->contains(k)) continue;
    if (op == Op::Sub) {
      if (negative(count)) r->set(k, binary_op(BinOpKind::Sub, zero(), count));
    } else if (positive(count)) {
      r->set(k, count);
    }
  }
  return result;
}

Value counter_add(const Value& self, CallArgs args) { return combine(self, args, Op::Add, "__add__"); }
Value counter_sub(const Value& self, CallArgs args) { return combine(self, args, Op::Sub, "__sub__"); }
Value counter_or(const Value& self, CallArgs args) { return combine(self, args, Op::Or, "__or__"); }
Value counter_and(const Value& self, CallArgs args) { return combine(self, args, Op::And, "__and__"); }

Value unary(const Value& self, bool neg) {
  Value result = new_counter();
  for (const auto& [k, count] : items_of(as_dict(self))) {
    if (!neg && positive(count)) as_dict(result)->set(k, count);
    if (neg && negative(count)) as_dict(result)->set(k, binary_op(BinOpKind::Sub, zero(), count));
  }
  return result;
}

Value counter_pos(const Value& self, CallArgs args) {
  ArgParser("__pos__", args).no_keywords().positional(0, 0);
  return unary(self, false);
}

Value counter_neg(const Value& self, CallArgs args) {
  ArgParser("__neg__", args).no_keywords().positional(0, 0);
  return unary(self, true);
}

// Counters are equal when every element has the same count, missing ones counting as 0.
Value counter_eq(const Value& self, CallArgs args) {
  ArgParser("__eq__", args).no_keywords().positional(1, 1);
  const Value& other = args.positional[0];
  if (!is_counter(other)) return not_implemented_value();
  for (const Value* c : {&self, &other})
    for (const auto& [k, v] : items_of(as_dict(*c)))
      if (!eq(getitem(self, k), getitem(other, k))) return Value::boolean(false);
  return Value::boolean(true);
}

Value counter_ne(const Value& self, CallArgs args) {
  Value r = counter_eq(self, args);
  if (!r.is_bool()) return r;
  return Value::boolean(!r.as_bool());
}

Value counter_fromkeys(const Value&, CallArgs) {
  Value e = make_exception(exc::NotImplementedError,
                           "Counter.fromkeys() is undefined.  Use Counter(iterable) instead.");
  throw PyException{e};
}

}  // namespace

namespace modules {

Value make_counter_class() {
  Value c = make_native_class(
      "collections", "Counter", types::dict,
      {MethodDef{"__init__", &counter_init}, MethodDef{"__missing__", &counter_missing},
       MethodDef{"total", &counter_total}, MethodDef{"most_common", &counter_most_common},
       MethodDef{"elements", &counter_elements}, MethodDef{"fromkeys", &counter_fromkeys, MethodKind::Class},
       MethodDef{"update", &counter_update}, MethodDef{"subtract", &counter_subtract},
       MethodDef{"copy", &counter_copy}, MethodDef{"__delitem__", &counter_delitem},
       MethodDef{"__repr__", &counter_repr}, MethodDef{"__eq__", &counter_eq}, MethodDef{"__ne__", &counter_ne},
       MethodDef{"__add__", &counter_add}, MethodDef{"__sub__", &counter_sub}, MethodDef{"__or__", &counter_or},
       MethodDef{"__and__", &counter_and}, MethodDef{"__pos__", &counter_pos}, MethodDef{"__neg__", &counter_neg}});
  counter_type = c.as<TypeObject>();
  return c;
}

}  // namespace modules
}  // namespace pywalk
