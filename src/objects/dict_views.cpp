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

}  // namespace

void init_dict_view_types() {
  add_method(types::dict, "keys", &dict_keys_method);
  add_method(types::dict, "values", &dict_values_method);
  add_method(types::dict, "items", &dict_items_method);
  add_method(types::dict_keys, "isdisjoint", &view_isdisjoint);
  add_method(types::dict_items, "isdisjoint", &view_isdisjoint);
}

}  // namespace pywalk
