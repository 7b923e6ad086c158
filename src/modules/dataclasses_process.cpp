// @dataclass itself: process_class() follows CPython 3.11's _process_class
// step by step, with its messages: fields of the dataclass bases (reverse
// MRO) then the class's own annotations (a KW_ONLY marker makes the rest
// keyword-only); ClassVar (typing.ClassVar) and InitVar pseudo-fields;
// mutable-default and non-default-after-default checks; the methods are only
// added when the class does not define them (order/frozen raise instead);
// __hash__ by the (unsafe_hash, eq, frozen, explicit hash) table; __doc__ as
// the signature (inspect.formatannotation); __match_args__. `slots=True` and
// `weakref_slot=True` are accepted and ignored (instances keep a __dict__).
// make_dataclass builds the class with build_class() (its __module__ is
// 'types', as 3.11's types.new_class leaves it).
#include <fmt/format.h>

#include <array>

#include "dataclasses.h"
#include "pywalk/errors.h"
#include "pywalk/modules/native.h"
#include "pywalk/objects/builtin.h"
#include "pywalk/objects/class.h"
#include "pywalk/objects/dict.h"
#include "pywalk/objects/generic_alias.h"
#include "pywalk/objects/list.h"
#include "pywalk/objects/str.h"
#include "pywalk/ops.h"

namespace pywalk::dataclasses {
namespace {

struct Params {
  bool init = true, repr = true, eq = true, order = false, unsafe_hash = false, frozen = false, match_args = true,
       kw_only = false, slots = false, weakref_slot = false;
};

bool* param_ref(Params& p, size_t i) {
  bool* refs[] = {&p.init,   &p.repr,       &p.eq,      &p.order, &p.unsafe_hash,
                  &p.frozen, &p.match_args, &p.kw_only, &p.slots, &p.weakref_slot};
  return refs[i];
}

Value params_object(const Params& p) {
  Value o = call0(cls_value(params_class()));
  Params copy = p;
  for (size_t i = 0; i < 6; ++i) set(o, kParamNames[i], Value::boolean(*param_ref(copy, i)));
  return o;
}

Params params_from(const Value& o) {
  Params p;
  for (size_t i = 0; i < 10; ++i) {
    Value v = getattr_or_unbound(o, intern(kParamNames[i]));
    if (!v.is_unbound()) *param_ref(p, i) = truthy(v);
  }
  return p;
}

bool is_classvar(const Value& t) {
  if (!t.is_obj() || is_type(t)) return false;
  if (type_full_name(type_of(t)) != "typing._GenericAlias") return false;
  return repr(t).starts_with("typing.ClassVar");
}

bool is_initvar(const Value& t) {
  return (t.is_obj() && t.obj() == initvar_class()) || isinstance_of(t, initvar_class());
}

Value get_field(const Value& cls, const Value& name, const Value& type, bool kw_only) {
  Value d = getattr_or_unbound(cls, as_str(name));
  Value f;
  if (isinstance_of(d, field_class())) {
    f = d;
  } else {
    if (d.is_unbound() || (d.is_obj() && type_of(d) == types::member_descriptor)) d = missing();
    f = new_field(d);
  }
  set(f, "name", name);
  set(f, "type", type);
  FieldKind kind = is_classvar(type) ? FieldKind::ClassVar : is_initvar(type) ? FieldKind::InitVar : FieldKind::Field;
  set(f, "_field_type", field_kind_marker(kind));
  if (kind != FieldKind::Field && !is_missing(attr(f, "default_factory")))
    raise_type_error(fmt::format("field {} cannot have a default factory", str(name)));
  if (kind != FieldKind::ClassVar) {
    if (is_missing(attr(f, "kw_only"))) set(f, "kw_only", Value::boolean(kw_only));
  } else if (!is_missing(attr(f, "kw_only"))) {
    raise_type_error(fmt::format("field {} is a ClassVar but specifies kw_only", str(name)));
  }
  if (kind == FieldKind::Field) {
    Value def = attr(f, "default");
    if (attr(cls_value(type_of(def)), "__hash__").is_none())
      raise_value_error(fmt::format("mutable default {} for field {} is not allowed: use default_factory",
                                    repr(cls_value(type_of(def))), str(name)));
  }
  return f;
}

FieldKind kind_of(const Value& f) {
  Value m = attr(f, "_field_type");
  for (int k = 0; k < 3; ++k)
    if (m.is_obj() && m.obj() == field_kind_marker(static_cast<FieldKind>(k)).obj()) return static_cast<FieldKind>(k);
  return FieldKind::Field;
}

DcField dc_field(const Value& f) {
  DcField r;
  r.name = attr(f, "name");
  Value d = attr(f, "default"), fac = attr(f, "default_factory");
  if (!is_missing(d)) r.default_ = d;
  if (!is_missing(fac)) r.factory = fac;
  r.kind = kind_of(f);
  r.init = truthy(attr(f, "init"));
  r.repr = truthy(attr(f, "repr"));
  r.compare = truthy(attr(f, "compare"));
  Value h = attr(f, "hash");
  r.hash = h.is_none() ? r.compare : truthy(h);
  Value kw = attr(f, "kw_only");
  r.kw_only = !is_missing(kw) && truthy(kw);
  return r;
}

// Sets cls.name = v unless the class itself defines name; true when it does.
bool set_new_attribute(const Value& cls, const char* name, const Value& v) {
  if (as_dict(cls.as<TypeObject>()->dict)->contains(Value(static_cast<Object*>(intern(name))))) return true;
  set(cls, name, v);
  return false;
}

// inspect.formatannotation
std::string format_annotation(const Value& a) {
  if (is_generic_alias(a)) return str(a);
  if (is_type(a)) {
    std::string q = str(type_qualname(a.as<TypeObject>()));
    Value m = type_module(a.as<TypeObject>());
    return is_str(m) && as_str(m)->view() == "builtins" ? q : str(m) + "." + q;
  }
  std::string r = repr(a);
  if (a.is_obj() && type_full_name(type_of(a)).starts_with("typing.")) {
    std::string out;
    for (size_t i = 0; i < r.size(); ++i) {
      if (r.compare(i, 7, "typing.") == 0) {
        i += 6;
        continue;
      }
      out += r[i];
    }
    return out;
  }
  return r;
}

std::string doc_signature(DcInfo* info, const Value& fields) {
  std::string out = "(";
  auto param = [&](size_t i) {
    const DcField& f = info->fields[i];
    Value fo = as_dict(fields)->get(f.name);
    if (out.size() > 1) out += ", ";
    out += fmt::format("{}: {}", str(f.name), format_annotation(attr(fo, "type")));
    if (!f.factory.is_unbound())
      out += " = <factory>";
    else if (!f.default_.is_unbound())
      out += " = " + repr(f.default_);
  };
  for (size_t i : info->params) param(i);
  if (!info->kw_params.empty()) out += out.size() > 1 ? ", *" : "*";
  for (size_t i : info->kw_params) param(i);
  return out + ")";
}

Value process_class(const Value& cls, const Params& p) {
  if (!is_type(cls)) {
    getattr(cls, s("__module__"));  // CPython's first access: AttributeError for most objects
    raise_type_error(fmt::format("dataclass() should be called on a class, not {}", repr(cls)));
  }
  auto* t = cls.as<TypeObject>();
  Value fields = make_dict();
  DictObject* fd = as_dict(fields);
  bool has_dc_bases = false, any_frozen = false;
  int all_frozen = -1;
  for (size_t i = t->mro.size(); i-- > 1;) {
    Value b = cls_value(t->mro[i]);
    Value bf = getattr_or_unbound(b, s("__dataclass_fields__"));
    if (bf.is_unbound() || !is_dict(bf)) continue;
    has_dc_bases = true;
    for (const Value& f : to_vector(call0(attr(bf, "values")))) fd->set(attr(f, "name"), f);
    bool fr = params_from(attr(b, "__dataclass_params__")).frozen;
    all_frozen = (all_frozen != 0) && fr;
    any_frozen = any_frozen || fr;
  }
  Value ann = as_dict(t->dict)->get_str(s("__annotations__"));
  if (ann.is_unbound() || !is_dict(ann)) ann = make_dict();
  std::vector<Value> own;
  bool kw_only = p.kw_only, kw_only_seen = false;
  for (const Value& name : to_vector(ann)) {
    Value type = getitem(ann, name);
    if (type.is(kw_only_marker())) {
      if (kw_only_seen)
        raise_type_error(fmt::format("{} is KW_ONLY, but KW_ONLY has already been specified", repr(name)));
      kw_only_seen = kw_only = true;
      continue;
    }
    own.push_back(get_field(cls, name, type, kw_only));
  }
  for (const Value& f : own) {
    Value name = attr(f, "name");
    fd->set(name, f);
    if (isinstance_of(getattr_or_unbound(cls, as_str(name)), field_class())) {
      Value d = attr(f, "default");
      if (is_missing(d))
        delattr(cls, as_str(name));
      else
        setattr(cls, as_str(name), d);
    }
  }
  for (const Value& name : to_vector(Value(t->dict))) {
    Value v = as_dict(t->dict)->get(name);
    if (isinstance_of(v, field_class()) && !as_dict(ann)->contains(name))
      raise_type_error(fmt::format("{} is a field but has no type annotation", repr(name)));
  }
  if (has_dc_bases) {
    if (any_frozen && !p.frozen) raise_type_error("cannot inherit non-frozen dataclass from a frozen one");
    if (all_frozen == 0 && p.frozen) raise_type_error("cannot inherit frozen dataclass from a non-frozen one");
  }
  set(cls, "__dataclass_params__", params_object(p));
  set(cls, "__dataclass_fields__", fields);
  Value class_hash = as_dict(t->dict)->get_str(names::hash);
  bool has_explicit_hash =
      !(class_hash.is_unbound() || (class_hash.is_none() && !as_dict(t->dict)->get_str(names::eq).is_unbound()));
  if (p.order && !p.eq) raise_value_error("eq must be true if order is true");

  auto info = make<DcInfo>();
  info->cls = cls;
  info->frozen = p.frozen;
  info->init_name = str(type_qualname(t)) + ".__init__";
  for (const Value& f : to_vector(call0(attr(fields, "values")))) info->fields.push_back(dc_field(f));
  for (size_t i = 0; i < info->fields.size(); ++i) {
    const DcField& f = info->fields[i];
    if (f.kind == FieldKind::ClassVar || !f.init) continue;
    (f.kw_only ? info->kw_params : info->params).push_back(i);
  }
  if (p.init) {
    info->has_post_init = !getattr_or_unbound(cls, s("__post_init__")).is_unbound();
    bool seen_default = false;
    for (size_t i : info->params) {
      const DcField& f = info->fields[i];
      if (!f.default_.is_unbound() || !f.factory.is_unbound()) {
        seen_default = true;
      } else if (seen_default) {
        raise_type_error(fmt::format("non-default argument {} follows default argument", repr(f.name)));
      } else {
        ++info->nrequired;
      }
    }
  }
  for (size_t i : info->params) info->param_strs.push_back(str(info->fields[i].name));
  for (const std::string& n : info->param_strs) info->param_cstrs.push_back(n.c_str());
  Value iv = info.value();
  if (p.init) set_new_attribute(cls, "__init__", make_dc_method(iv, "__init__", &dc_init));
  if (p.repr) set_new_attribute(cls, "__repr__", make_dc_method(iv, "__repr__", &dc_repr));
  if (p.eq) set_new_attribute(cls, "__eq__", make_dc_method(iv, "__eq__", &dc_eq));
  if (p.order) {
    const std::pair<const char*, DcFn> ops[] = {
        {"__lt__", &dc_lt}, {"__le__", &dc_le}, {"__gt__", &dc_gt}, {"__ge__", &dc_ge}};
    for (const auto& [name, fn] : ops)
      if (set_new_attribute(cls, name, make_dc_method(iv, name, fn)))
        raise_type_error(fmt::format(
            "Cannot overwrite attribute {} in class {}. Consider using functools.total_ordering", name, t->name));
  }
  if (p.frozen) {
    const std::pair<const char*, DcFn> ops[] = {{"__setattr__", &dc_frozen_setattr},
                                                {"__delattr__", &dc_frozen_delattr}};
    for (const auto& [name, fn] : ops)
      if (set_new_attribute(cls, name, make_dc_method(iv, name, fn)))
        raise_type_error(fmt::format("Cannot overwrite attribute {} in class {}", name, t->name));
  }
  bool add_hash = false;
  if (!p.unsafe_hash) {
    if (p.eq && !p.frozen && !has_explicit_hash) set(cls, "__hash__", Value::none());
    if (p.eq && p.frozen && !has_explicit_hash) add_hash = true;
  } else {
    if (has_explicit_hash) raise_type_error(fmt::format("Cannot overwrite attribute __hash__ in class {}", t->name));
    add_hash = true;
  }
  if (add_hash) set(cls, "__hash__", make_dc_method(iv, "__hash__", &dc_hash));
  Value doc = getattr_or_unbound(cls, s("__doc__"));
  if (doc.is_unbound() || !truthy(doc))
    set(cls, "__doc__", make_str(t->name + (p.init ? doc_signature(info.get(), fields) : std::string("()"))));
  if (p.match_args) {
    std::vector<Value> names;
    for (size_t i : info->params) names.push_back(info->fields[i].name);
    set_new_attribute(cls, "__match_args__", make_tuple(std::move(names)));
  }
  return cls;
}

Value dataclass_wrap(const Value& params, CallArgs args) {
  ArgParser("wrap", args).no_keywords().positional(1, 1);
  return process_class(args.positional[0], params_from(params));
}

}  // namespace

// dataclass(cls=None, /, *, init=True, repr=True, eq=True, order=False,
// unsafe_hash=False, frozen=False, match_args=True, kw_only=False, slots=False, weakref_slot=False)
Value dataclass_fn(const Value&, CallArgs args) {
  size_t npos = args.positional.size();
  if (npos > 1)
    raise_type_error(fmt::format("dataclass() takes from 0 to 1 positional arguments but {} were given", npos));
  Params p;
  for (size_t k = 0; k < args.kw_names.size(); ++k) {
    std::string_view n = args.kw_names[k]->view();
    bool found = false;
    for (size_t i = 0; i < 10; ++i)
      if (n == kParamNames[i]) {
        *param_ref(p, i) = truthy(args.kw_values[k]);
        found = true;
      }
    if (!found) raise_type_error(fmt::format("dataclass() got an unexpected keyword argument '{}'", n));
  }
  if (npos == 1 && !args.positional[0].is_none()) return process_class(args.positional[0], p);
  Value po = call0(cls_value(params_class()));
  for (size_t i = 0; i < 10; ++i) set(po, kParamNames[i], Value::boolean(*param_ref(p, i)));
  return make<BuiltinFunctionObject>(types::builtin_function, "wrap", &dataclass_wrap, nullptr, po).value();
}

// make_dataclass(cls_name, fields, *, bases=(), namespace=None, **dataclass options)
Value make_dataclass_fn(const Value&, CallArgs args) {
  static constexpr std::array<const char*, 2> kNames = {"cls_name", "fields"};
  std::vector<Value> kw_values;
  std::vector<StrObject*> kw_names;
  Value bases = empty_tuple(), nsarg = Value::none();
  Params p;
  for (size_t k = 0; k < args.kw_names.size(); ++k) {
    std::string_view n = args.kw_names[k]->view();
    bool found = false;
    for (size_t i = 0; i < 10; ++i)
      if (n == kParamNames[i]) {
        *param_ref(p, i) = truthy(args.kw_values[k]);
        found = true;
      }
    if (n == "bases")
      bases = args.kw_values[k];
    else if (n == "namespace")
      nsarg = args.kw_values[k];
    else if (!found) {
      kw_values.push_back(args.kw_values[k]);
      kw_names.push_back(args.kw_names[k]);
    }
  }
  Value a[2];
  modules::bind_py_args("make_dataclass", CallArgs{args.positional, kw_values, kw_names}, kNames, 2, a);
  Value ann = make_dict(), defaults = make_dict();
  for (const Value& item : to_vector(a[1])) {
    Value name, tp;
    if (is_str(item)) {
      name = item;
      tp = make_str("typing.Any");
    } else {
      int64_t n = len(item);
      if (n != 2 && n != 3) raise_type_error(fmt::format("Invalid field: {}", repr(item)));
      name = getitem(item, Value::integer(0));
      tp = getitem(item, Value::integer(1));
      if (n == 3) as_dict(defaults)->set(name, getitem(item, Value::integer(2)));
    }
    if (!is_str(name) || !truthy(call0(attr(name, "isidentifier"))))
      raise_type_error(fmt::format("Field names must be valid identifiers: {}", repr(name)));
    if (as_dict(ann)->contains(name)) raise_type_error(fmt::format("Field name duplicated: {}", repr(name)));
    as_dict(ann)->set(name, tp);
  }
  Value ns = make_dict();
  DictObject* d = as_dict(ns);
  d->set_str(intern("__module__"), make_str("types"));  // as 3.11's types.new_class leaves it
  if (!nsarg.is_none())
    for (const Value& k : to_vector(nsarg)) d->set(k, getitem(nsarg, k));
  for (const Value& k : to_vector(defaults)) d->set(k, as_dict(defaults)->get(k));
  d->set_str(intern("__annotations__"), ann);
  Value cls = build_class(as_str(str_value(a[0])), to_vector(bases), d, CallArgs{});
  return process_class(cls, p);
}

}  // namespace pywalk::dataclasses
