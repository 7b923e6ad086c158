// dataclasses.fields, asdict, astuple, replace, is_dataclass
// (modules/dataclasses.h), as CPython 3.11's, messages included.
#include <fmt/format.h>

#include <array>

#include "dataclasses.h"
#include "pywalk/errors.h"
#include "pywalk/modules/native.h"
#include "pywalk/objects/class.h"
#include "pywalk/objects/dict.h"
#include "pywalk/objects/list.h"
#include "pywalk/objects/module.h"
#include "pywalk/objects/str.h"
#include "pywalk/ops.h"

namespace pywalk::dataclasses {
namespace {

bool is_dataclass_instance(const Value& v) {
  return !is_type(v) && !dataclass_fields_of(v).is_unbound();
}

Value field_attr(const Value& f, const char* n) {
  return getattr(f, intern(n));
}

bool is_plain_field(const Value& f) {
  Value m = field_attr(f, "_field_type");
  return m.is(field_kind_marker(FieldKind::Field));
}

// The Field objects of real fields (ClassVars and InitVars left out).
std::vector<Value> real_fields(const Value& obj) {
  Value fs = dataclass_fields_of(obj);
  if (fs.is_unbound()) raise_type_error("must be called with a dataclass type or instance");
  std::vector<Value> out;
  for (const Value& f : to_vector(call0(getattr(fs, intern("values")))))
    if (is_plain_field(f)) out.push_back(f);
  return out;
}

Value deepcopy(const Value& v) {
  static Value* fn = nullptr;
  if (!fn) fn = new Value(getattr(import_module("copy"), intern("deepcopy")));
  return call1(*fn, v);
}

// _asdict_inner / _astuple_inner: `as_dict` picks which.
Value convert(const Value& obj, const Value& factory, bool as_dict) {
  if (is_dataclass_instance(obj)) {
    std::vector<Value> items;
    for (const Value& f : real_fields(obj)) {
      Value name = field_attr(f, "name");
      Value v = convert(getattr(obj, as_str(name)), factory, as_dict);
      items.push_back(as_dict ? make_tuple({name, v}) : v);
    }
    return call1(factory, make_list(std::move(items)));
  }
  Value cls(static_cast<Object*>(type_of(obj)));
  if (is_tuple(obj) && !getattr_or_unbound(obj, intern("_fields")).is_unbound()) {
    std::vector<Value> items;
    for (const Value& x : to_vector(obj)) items.push_back(convert(x, factory, as_dict));
    return call(cls, modules::positional_args(items));
  }
  if (is_tuple(obj) || is_list(obj)) {
    std::vector<Value> items;
    for (const Value& x : to_vector(obj)) items.push_back(convert(x, factory, as_dict));
    return call1(cls, make_list(std::move(items)));
  }
  if (is_dict(obj)) {
    std::vector<Value> items;
    for (const Value& kv : to_vector(call0(getattr(obj, intern("items"))))) {
      const auto& p = kv.as<TupleObject>()->items;
      items.push_back(make_tuple({convert(p[0], factory, as_dict), convert(p[1], factory, as_dict)}));
    }
    return call1(cls, make_list(std::move(items)));
  }
  return deepcopy(obj);
}

Value convert_fn(const char* fname, const char* factory_name, TypeObject* default_factory, CallArgs args) {
  Value factory(static_cast<Object*>(default_factory));
  for (size_t k = 0; k < args.kw_names.size(); ++k) {
    if (args.kw_names[k]->view() != factory_name)
      raise_type_error(fmt::format("{}() got an unexpected keyword argument '{}'", fname, args.kw_names[k]->view()));
    factory = args.kw_values[k];
  }
  size_t n = args.positional.size();
  if (n == 0) raise_type_error(fmt::format("{}() missing 1 required positional argument: 'obj'", fname));
  if (n > 1) raise_type_error(fmt::format("{}() takes 1 positional argument but {} were given", fname, n));
  if (!is_dataclass_instance(args.positional[0]))
    raise_type_error(fmt::format("{}() should be called on dataclass instances", fname));
  return convert(args.positional[0], factory, std::string_view(fname) == "asdict");
}

}  // namespace

Value dc_fields_fn(const Value&, CallArgs args) {
  static constexpr std::array<const char*, 1> kNames = {"class_or_instance"};
  Value a[1];
  modules::bind_py_args("fields", args, kNames, 1, a);
  return make_tuple(real_fields(a[0]));
}

Value dc_asdict_fn(const Value&, CallArgs args) {
  return convert_fn("asdict", "dict_factory", types::dict, args);
}

Value dc_astuple_fn(const Value&, CallArgs args) {
  return convert_fn("astuple", "tuple_factory", types::tuple, args);
}

Value dc_is_dataclass_fn(const Value&, CallArgs args) {
  static constexpr std::array<const char*, 1> kNames = {"obj"};
  Value a[1];
  modules::bind_py_args("is_dataclass", args, kNames, 1, a);
  return Value::boolean(!dataclass_fields_of(a[0]).is_unbound());
}

// replace(obj, /, **changes)
Value dc_replace_fn(const Value&, CallArgs args) {
  size_t n = args.positional.size();
  if (n == 0) raise_type_error("replace() missing 1 required positional argument: 'obj'");
  if (n > 1) raise_type_error(fmt::format("replace() takes 1 positional argument but {} were given", n));
  const Value& obj = args.positional[0];
  if (!is_dataclass_instance(obj)) raise_type_error("replace() should be called on dataclass instances");
  modules::ArgBuffer out;
  for (size_t k = 0; k < args.kw_names.size(); ++k) {
    out.kw_names.push_back(intern(args.kw_names[k]->view()));
    out.kw_values.push_back(args.kw_values[k]);
  }
  auto given = [&](std::string_view name) {
    for (StrObject* k : out.kw_names)
      if (k->view() == name) return true;
    return false;
  };
  for (const Value& f : to_vector(call0(getattr(dataclass_fields_of(obj), intern("values"))))) {
    Value m = field_attr(f, "_field_type");
    if (m.is(field_kind_marker(FieldKind::ClassVar))) continue;
    std::string name = str(field_attr(f, "name"));
    if (!truthy(field_attr(f, "init"))) {
      if (given(name))
        raise_value_error(
            fmt::format("field {} is declared with init=False, it cannot be specified with replace()", name));
      continue;
    }
    if (!given(name)) {
      Value d = field_attr(f, "default");
      if (m.is(field_kind_marker(FieldKind::InitVar)) && d.is(missing()))
        raise_value_error(fmt::format("InitVar {} must be specified with replace()", repr(make_str(name))));
      out.kw_names.push_back(intern(name));
      out.kw_values.push_back(getattr(obj, intern(name)));
    }
  }
  return call(Value(static_cast<Object*>(type_of(obj))), out.view());
}

}  // namespace pywalk::dataclasses
