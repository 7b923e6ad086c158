// dict.keys(), dict.values(), dict.items(): live views of a dict.
//
// A view is an IteratorObject (objects/iter.h) of type dict_keys,
// dict_values or dict_items whose `source` is the dict; ops.cpp gives views
// their len(), iteration, repr (`dict_keys(['a', 'b'])`), `in` and ==.
#include <fmt/format.h>

#include "pywalk/errors.h"
#include "pywalk/objects/builtin.h"
#include "pywalk/objects/dict.h"
#include "pywalk/objects/iter.h"
#include "pywalk/objects/list.h"
#include "pywalk/objects/set.h"
#include "pywalk/ops.h"

namespace pywalk {

Value make_dict_view(TypeObject* view_type, const Value& dict) {
  return make<IteratorObject>(view_type, dict).value();
}

namespace {

Value dict_keys_method(const Value& self, CallArgs args) {
  ArgParser("dict.keys", args).no_keywords().positional(0, 0);
  return make_dict_view(types::dict_keys, self);
}

Value dict_values_method(const Value& self, CallArgs args) {
  ArgParser("dict.values", args).no_keywords().positional(0, 0);
  return make_dict_view(types::dict_values, self);
}

Value dict_items_method(const Value& self, CallArgs args) {
  ArgParser("dict.items", args).no_keywords().positional(0, 0);
  return make_dict_view(types::dict_items, self);
}

// keys().isdisjoint(other) / items().isdisjoint(other)
Value view_isdisjoint(const Value& self, CallArgs args) {
  ArgParser(fmt::format("{}.isdisjoint", type_name(self)), args).no_keywords().positional(1, 1);
  bool disjoint = true;
  Value it = iter(args.positional[0]);
  for (;;) {
    Value x = next(it);
    if (x.is_unbound()) break;
    if (contains(self, x)) {
      disjoint = false;
      break;
    }
  }
  return Value::boolean(disjoint);
}

bool is_set_view(const Value& v) {
  return v.is_obj() && (v.obj()->type == types::dict_keys || v.obj()->type == types::dict_items);
}

}  // namespace

Value dict_view_binary(BinOpKind op, const Value& a, const Value& b) {
  if (!is_set_view(a) && !is_set_view(b)) return Value();
  if (op == BinOpKind::BitAnd) {  // _PyDictView_Intersect
    Value self = a, other = b;
    if (!is_set_view(self)) std::swap(self, other);
    int64_t len_self = len(self);
    if (other.is_obj() && other.obj()->type == types::set && len_self <= len(other))
      return set_op_iterable(op, other.as<SetObject>(), self);
    if (is_set_view(other) && len(other) > len_self) std::swap(self, other);
    Value result = make_set();
    for_each(other, [&](const Value& k) {
      if (contains(self, k)) result.as<SetObject>()->add(k);
    });
    return result;
  }
  // dictviews_to_set(a), then update / difference_update / symmetric_difference_update with b.
  Value left = a;
  if (a.obj()->type == types::dict_keys) {
    const Value& d = static_cast<IteratorObject*>(a.obj())->source;
    if (d.obj()->type == types::dict) left = d;
  }
  Value result = make_set();
  set_update(result.as<SetObject>(), left);
  return set_op_iterable(op, result.as<SetObject>(), b);
}

void init_dict_view_types() {
  add_method(types::dict, "keys", &dict_keys_method);
  add_method(types::dict, "values", &dict_values_method);
  add_method(types::dict, "items", &dict_items_method);
  add_method(types::dict_keys, "isdisjoint", &view_isdisjoint);
  add_method(types::dict_items, "isdisjoint", &view_isdisjoint);
}

}  // namespace pywalk
