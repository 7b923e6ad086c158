// The `dataclasses` module's objects: Field (with field()), MISSING, KW_ONLY,
// InitVar, FrozenInstanceError, the _FIELD markers, the DcInfo record, and
// the module's namespace (see modules/dataclasses.h for the representation;
// @dataclass itself is dataclasses_process.cpp).
#include "dataclasses.h"

#include <fmt/format.h>

#include <array>

#include "pywalk/errors.h"
#include "pywalk/gc.h"
#include "pywalk/modules/collections.h"
#include "pywalk/objects/builtin.h"
#include "pywalk/objects/class.h"
#include "pywalk/objects/descriptor.h"
#include "pywalk/objects/dict.h"
#include "pywalk/objects/generic_alias.h"
#include "pywalk/objects/list.h"
#include "pywalk/objects/module.h"
#include "pywalk/objects/str.h"
#include "pywalk/ops.h"

namespace pywalk {
namespace dataclasses {

namespace {

TypeObject* info_type = nullptr;  // immortal once made
TypeObject* field_cls = nullptr;  // borrowed: the module keeps the classes alive
TypeObject* params_cls = nullptr;
TypeObject* marker_cls = nullptr;
TypeObject* initvar_cls = nullptr;
TypeObject* frozen_cls = nullptr;
Value* missing_value = nullptr;  // immortal
Value* kw_only_value = nullptr;  // immortal: KW_ONLY
Value* markers = nullptr;        // immortal: _FIELD, _FIELD_CLASSVAR, _FIELD_INITVAR

// ------------------------------------------------------------------ Field

constexpr const char* kFieldSlots[] = {"name", "type",    "default",  "default_factory", "init",       "repr",
                                       "hash", "compare", "metadata", "kw_only",         "_field_type"};

Value field_repr(const Value& self, CallArgs args) {
  ArgParser("__repr__", args).no_keywords().positional(0, 0);
  std::string out = "Field(";
  for (const char* n : kFieldSlots) {
    Value v = attr(self, n);
    out += fmt::format("{}={}{}", n, std::string_view(n) == "_field_type" ? str(v) : repr(v),
                       std::string_view(n) == "_field_type" ? "" : ",");
  }
  return make_str(out + ")");
}

Value marker_repr(const Value& self, CallArgs args) {
  ArgParser("__repr__", args).no_keywords().positional(0, 0);
  return attr(self, "name");
}

Value params_repr(const Value& self, CallArgs args) {
  ArgParser("__repr__", args).no_keywords().positional(0, 0);
  std::string out = "_DataclassParams(";
  bool first = true;
  for (const char* n : {"init", "repr", "eq", "order", "unsafe_hash", "frozen"}) {
    out += fmt::format("{}{}={}", first ? "" : ",", n, repr(attr(self, n)));
    first = false;
  }
  return make_str(out + ")");
}

Value initvar_class_getitem(const Value& cls, CallArgs args) {
  ArgParser("__class_getitem__", args).no_keywords().positional(1, 1);
  Value iv = call0(cls);
  set(iv, "type", args.positional[0]);
  return iv;
}

Value initvar_repr(const Value& self, CallArgs args) {
  ArgParser("__repr__", args).no_keywords().positional(0, 0);
  Value t = attr(self, "type");
  std::string name = is_type(t) ? str(attr(t, "__name__")) : repr(t);
  return make_str(fmt::format("dataclasses.InitVar[{}]", name));
}

// field(*, default=MISSING, default_factory=MISSING, init=True, repr=True,
// hash=None, compare=True, metadata=None, kw_only=MISSING)
Value field_fn(const Value&, CallArgs args) {
  size_t npos = args.positional.size();
  if (npos)
    raise_type_error(
        fmt::format("field() takes 0 positional arguments but {} {} given", npos, npos == 1 ? "was" : "were"));
  Value f = call0(cls_value(field_cls));
  Value vals[] = {Value::none(),        Value::none(), *missing_value,       *missing_value, Value::boolean(true),
                  Value::boolean(true), Value::none(), Value::boolean(true), Value::none(),  *missing_value};
  for (size_t k = 0; k < args.kw_names.size(); ++k) {
    std::string_view n = args.kw_names[k]->view();
    bool found = false;
    for (size_t i = 2; i < 10; ++i)
      if (n == kFieldSlots[i]) {
        vals[i] = args.kw_values[k];
        found = true;
      }
    if (!found) raise_type_error(fmt::format("field() got an unexpected keyword argument '{}'", n));
  }
  if (!is_missing(vals[2]) && !is_missing(vals[3]))
    raise_value_error("cannot specify both default and default_factory");
  Value md = vals[8];
  vals[8] = make_mappingproxy(md.is_none() || !truthy(md) ? make_dict() : md);
  for (size_t i = 0; i < 10; ++i) set(f, kFieldSlots[i], vals[i]);
  set(f, "_field_type", Value::none());
  return f;
}

}  // namespace

Value new_field(const Value& default_) {
  std::vector<Value> kv = {default_};
  std::vector<StrObject*> kn = {s("default")};
  return field_fn(Value(), CallArgs{{}, kv, kn});
}

DcInfo::DcInfo() : Object(info_type) {
  gc_track(this);
}

void DcInfo::traverse(GcVisitor& v) const {
  v.visit(cls);
  for (const DcField& f : fields) {
    v.visit(f.name);
    v.visit(f.default_);
    v.visit(f.factory);
  }
}

void DcInfo::clear_refs() {
  cls = Value();
  fields.clear();
  params.clear();
  kw_params.clear();
  param_strs.clear();
  param_cstrs.clear();
}

Value missing() {
  return *missing_value;
}
Value kw_only_marker() {
  return *kw_only_value;
}
TypeObject* params_class() {
  return params_cls;
}
TypeObject* initvar_class() {
  return initvar_cls;
}
TypeObject* field_class() {
  return field_cls;
}
TypeObject* frozen_error() {
  return frozen_cls;
}
Value field_kind_marker(FieldKind k) {
  return markers[static_cast<int>(k)];
}

Value dataclass_fields_of(const Value& obj) {
  Value cls = is_type(obj) ? obj : cls_value(type_of(obj));
  Value f = getattr_or_unbound(cls, s("__dataclass_fields__"));
  return is_dict(f) ? f : Value();
}

}  // namespace dataclasses

void init_dataclasses_module(ModuleObject* m) {
  using modules::MethodDef;
  using modules::MethodKind;
  namespace dc = dataclasses;
  if (!dc::info_type) {
    dc::info_type = modules::make_native_type("dataclasses._DcInfo");
    std::vector<std::string> slots(std::begin(dc::kFieldSlots), std::end(dc::kFieldSlots));
    dc::field_cls = modules::make_native_class("dataclasses", "Field", types::object,
                                               {MethodDef{"__repr__", &dc::field_repr}}, slots)
                        .as<TypeObject>();
    std::vector<std::string> pslots(std::begin(dc::kParamNames), std::end(dc::kParamNames));
    dc::params_cls = modules::make_native_class("dataclasses", "_DataclassParams", types::object,
                                                {MethodDef{"__repr__", &dc::params_repr}}, pslots)
                         .as<TypeObject>();
    dc::marker_cls = modules::make_native_class("dataclasses", "_FIELD_BASE", types::object,
                                                {MethodDef{"__repr__", &dc::marker_repr}}, {"name"})
                         .as<TypeObject>();
    dc::initvar_cls =
        modules::make_native_class("dataclasses", "InitVar", types::object,
                                   {MethodDef{"__class_getitem__", &dc::initvar_class_getitem, MethodKind::Class},
                                    MethodDef{"__repr__", &dc::initvar_repr}},
                                   {"type"})
            .as<TypeObject>();
    Value missing_cls = modules::make_native_class("dataclasses", "_MISSING_TYPE", types::object, {});
    dc::missing_value = new Value(call0(missing_cls));
    Value kw_cls = modules::make_native_class("dataclasses", "_KW_ONLY_TYPE", types::object, {});
    dc::kw_only_value = new Value(call0(kw_cls));
    dc::markers = new Value[3];
    const char* marker_names[] = {"_FIELD", "_FIELD_CLASSVAR", "_FIELD_INITVAR"};
    for (int k = 0; k < 3; ++k) {
      dc::markers[k] = call0(dc::cls_value(dc::marker_cls));
      dc::set(dc::markers[k], "name", make_str(marker_names[k]));
    }
    Value ns = make_dict();
    as_dict(ns)->set_str(intern("__module__"), make_str("dataclasses"));
    dc::frozen_cls =
        build_class(intern("FrozenInstanceError"), {dc::cls_value(exc::AttributeError)}, as_dict(ns), CallArgs{})
            .as<TypeObject>();
    static std::vector<Value>* keep = new std::vector<Value>();  // the classes live for the whole run
    for (TypeObject* t : {dc::field_cls, dc::params_cls, dc::marker_cls, dc::initvar_cls, dc::frozen_cls})
      keep->push_back(dc::cls_value(t));
    keep->push_back(missing_cls);
    keep->push_back(kw_cls);
  }
  modules::def(m, "dataclass", &dc::dataclass_fn);
  modules::def(m, "field", &dc::field_fn);
  modules::def(m, "make_dataclass", &dc::make_dataclass_fn);
  modules::def(m, "fields", &dc::dc_fields_fn);
  modules::def(m, "asdict", &dc::dc_asdict_fn);
  modules::def(m, "astuple", &dc::dc_astuple_fn);
  modules::def(m, "replace", &dc::dc_replace_fn);
  modules::def(m, "is_dataclass", &dc::dc_is_dataclass_fn);
  modules::set_attr(m, "Field", dc::cls_value(dc::field_cls));
  modules::set_attr(m, "InitVar", dc::cls_value(dc::initvar_cls));
  modules::set_attr(m, "FrozenInstanceError", dc::cls_value(dc::frozen_cls));
  modules::set_attr(m, "MISSING", *dc::missing_value);
  modules::set_attr(m, "KW_ONLY", *dc::kw_only_value);
  modules::set_attr(m, "_FIELD", dc::markers[0]);
  modules::set_attr(m, "_FIELD_CLASSVAR", dc::markers[1]);
  modules::set_attr(m, "_FIELD_INITVAR", dc::markers[2]);
  std::vector<Value> all;
  for (const char* n : {"dataclass", "field", "Field", "FrozenInstanceError", "InitVar", "KW_ONLY", "MISSING", "fields",
                        "asdict", "astuple", "make_dataclass", "replace", "is_dataclass"})
    all.push_back(make_str(n));
  modules::set_attr(m, "__all__", make_list(std::move(all)));
}

}  // namespace pywalk
