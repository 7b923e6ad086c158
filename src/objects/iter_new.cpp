// Constructors of the iterator types (enumerate, zip, map, filter,
// reversed), their __next__/__iter__ methods, and the extra iterator type
// objects (callable_iterator, the reverse dict iterators).
#include <fmt/format.h>

#include <array>

#include "pywalk/builtins.h"
#include "pywalk/errors.h"
#include "pywalk/objects/builtin.h"
#include "pywalk/objects/dict.h"
#include "pywalk/objects/int.h"
#include "pywalk/objects/iter.h"
#include "pywalk/objects/str.h"
#include "pywalk/ops.h"

namespace pywalk {

namespace {

// enumerate's hand-written argument check (CPython's enum_vectorcall).
void enumerate_check_keyword(StrObject* name, const char* expected) {
  if (name->view() != expected)
    raise_type_error(fmt::format("'{}' is an invalid keyword argument for enumerate()", name->view()));
}

Value enumerate_make(const Value& iterable, const Value& start) {
  Value count = Value::integer(0);
  if (!start.is_unbound()) {
    if (!is_int(start))
      raise_type_error(fmt::format("'{}' object cannot be interpreted as an integer", type_name(start)));
    count = start.is_bool() ? Value::integer(start.as_int()) : start;
  }
  Value it = make_iterator(types::enumerate, iter(iterable));
  it.as<IteratorObject>()->state.push_back(std::move(count));
  return it;
}

}  // namespace

Value enumerate_new(CallArgs args) {
  size_t npos = args.positional.size(), nkw = args.kw_values.size();
  // All arguments in call order: positional, then keyword values.
  auto arg = [&](size_t i) -> const Value& { return i < npos ? args.positional[i] : args.kw_values[i - npos]; };
  if (npos + nkw == 2) {
    if (nkw == 1) {
      enumerate_check_keyword(args.kw_names[0], "start");
    } else if (nkw == 2) {
      if (args.kw_names[0]->view() == "start") {
        enumerate_check_keyword(args.kw_names[1], "iterable");
        return enumerate_make(arg(1), arg(0));
      }
      enumerate_check_keyword(args.kw_names[0], "iterable");
      enumerate_check_keyword(args.kw_names[1], "start");
    }
    return enumerate_make(arg(0), arg(1));
  }
  if (npos + nkw == 1) {
    if (nkw == 1) enumerate_check_keyword(args.kw_names[0], "iterable");
    return enumerate_make(arg(0), Value());
  }
  if (npos + nkw == 0) raise_type_error("enumerate() missing required argument 'iterable'");
  raise_type_error(fmt::format("enumerate() takes at most 2 arguments ({} given)", npos + nkw));
}

Value zip_new(CallArgs args) {
  static constexpr std::array<const char*, 1> kKeywords = {"strict"};
  Value strict;
  unpack_keywords("zip", args, kKeywords, &strict);
  std::vector<Value> iterators;
  iterators.reserve(args.positional.size());
  for (const Value& v : args.positional) iterators.push_back(iter(v));
  Value z = make_iterator(types::zip, Value::none());
  auto* it = z.as<IteratorObject>();
  it->state = std::move(iterators);
  it->aux = !strict.is_unbound() && truthy(strict);
  return z;
}

Value map_new(CallArgs args) {
  ArgParser("map", args).no_keywords();
  if (args.positional.size() < 2) raise_type_error("map() must have at least two arguments.");
  std::vector<Value> state;
  state.reserve(args.positional.size());
  state.push_back(args.positional[0]);
  for (size_t i = 1; i < args.positional.size(); ++i) state.push_back(iter(args.positional[i]));
  Value m = make_iterator(types::map, Value::none());
  m.as<IteratorObject>()->state = std::move(state);
  return m;
}

Value filter_new(CallArgs args) {
  ArgParser("filter", args).no_keywords();
  check_positional("filter", args.positional.size(), 2, 2);
  Value f = make_iterator(types::filter, iter(args.positional[1]));
  f.as<IteratorObject>()->state.push_back(args.positional[0]);
  return f;
}

Value reversed_new(CallArgs args) {
  ArgParser("reversed", args).no_keywords();
  check_positional("reversed", args.positional.size(), 1, 1);
  const Value& seq = args.positional[0];
  if (seq.is_obj()) {
    Object* o = seq.obj();
    TypeId id = o->type->id;
    if (id == TypeId::List) return make_iterator(types::list_reverseiterator, seq);
    if (id == TypeId::Tuple || id == TypeId::Str) return make_iterator(types::reversed, seq);
    if (id == TypeId::Range) {
      Value it = make_iterator(types::range_iterator, seq);
      it.as<IteratorObject>()->aux = 1;
      return it;
    }
    if (id == TypeId::Dict) return make_iterator(types::dict_reversekeyiterator, seq);
    if (id == TypeId::DictView) {
      Value d = static_cast<IteratorObject*>(o)->source;
      if (o->type == types::dict_keys) return make_iterator(types::dict_reversekeyiterator, d);
      if (o->type == types::dict_values) return make_iterator(types::dict_reversevalueiterator, d);
      return make_iterator(types::dict_reverseitemiterator, d);
    }
  }
  raise_type_error(fmt::format("'{}' object is not reversible", type_name(seq)));
}

// ---------------------------------------------------------------- methods

namespace {

void wrapper_no_args(const char* name, CallArgs args) {
  if (!args.kw_values.empty()) raise_type_error(fmt::format("wrapper {}() takes no keyword arguments", name));
  if (!args.positional.empty()) raise_type_error(fmt::format("expected 0 arguments, got {}", args.positional.size()));
}

Value iterator_next_method(const Value& self, CallArgs args) {
  wrapper_no_args("__next__", args);
  Value v = iter_next(self.as<IteratorObject>());
  if (v.is_unbound()) raise_stop_iteration();
  return v;
}

Value iterator_iter_method(const Value& self, CallArgs args) {
  wrapper_no_args("__iter__", args);
  return self;
}

TypeObject* new_iterator_type(const char* name) {
  TypeObject* t = types::make_type(name, TypeId::Iterator, types::object);
  if (t->dict.is_unbound()) t->dict = make_dict();
  return t;
}

}  // namespace

void init_iter_types() {
  if (!types::callable_iterator) {
    types::callable_iterator = new_iterator_type("callable_iterator");
    types::str_unicode_iterator = new_iterator_type("str_iterator");
    types::dict_reversekeyiterator = new_iterator_type("dict_reversekeyiterator");
    types::dict_reversevalueiterator = new_iterator_type("dict_reversevalueiterator");
    types::dict_reverseitemiterator = new_iterator_type("dict_reverseitemiterator");
  }
  TypeObject* all[] = {types::list_iterator,
                       types::tuple_iterator,
                       types::str_iterator,
                       types::range_iterator,
                       types::dict_keyiterator,
                       types::dict_valueiterator,
                       types::dict_itemiterator,
                       types::set_iterator,
                       types::list_reverseiterator,
                       types::enumerate,
                       types::zip,
                       types::map,
                       types::filter,
                       types::reversed,
                       types::generator,
                       types::callable_iterator,
                       types::dict_reversekeyiterator,
                       types::dict_reversevalueiterator,
                       types::dict_reverseitemiterator,
                       types::str_unicode_iterator};
  for (TypeObject* t : all) {
    add_method(t, "__next__", &iterator_next_method);
    add_method(t, "__iter__", &iterator_iter_method);
  }
}

}  // namespace pywalk
