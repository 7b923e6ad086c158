// collections.namedtuple(typename, field_names, *, rename=False,
// defaults=None, module=None): a class factory.
//
// The class derives from tuple with `__slots__ = ()`, one `_tuplegetter`
// descriptor per field (`p.x` is `p[0]`, read-only), `_fields`,
// `_field_defaults`, `__match_args__`, and native methods `_make`,
// `_replace`, `_asdict`, `__repr__`. Its `__new__` is a builtin function
// bound to a NewInfo record (the typename for messages, the field names,
// the defaults), wrapped in a staticmethod, so wrong arities raise exactly
// the messages of CPython's generated `def __new__(_cls, x, y)`:
// "Point.__new__() missing 1 required positional argument: 'y'". `rename`
// is accepted but only renames nothing (invalid names raise).
#include <fmt/format.h>

#include <array>
#include <set>

#include "pywalk/errors.h"
#include "pywalk/gc.h"
#include "pywalk/modules/collections.h"
#include "pywalk/objects/builtin.h"
#include "pywalk/objects/class.h"
#include "pywalk/objects/descriptor.h"
#include "pywalk/objects/dict.h"
#include "pywalk/objects/list.h"
#include "pywalk/objects/str.h"
#include "pywalk/ops.h"

namespace pywalk {
namespace {

TypeObject* getter_type = nullptr;
TypeObject* info_type = nullptr;

struct TupleGetter : Object {
  explicit TupleGetter(int64_t i) : Object(getter_type), index(i) {}
  int64_t index;
};

struct NewInfo : Object {
  NewInfo() : Object(info_type) { gc_track(this); }
  std::string fname;                // "Point.__new__"
  std::vector<std::string> fields;  // field names
  std::vector<Value> defaults;      // strong: defaults of the last fields
  void traverse(GcVisitor& v) const override {
    for (const Value& x : defaults) v.visit(x);
  }
  void clear_refs() override { defaults.clear(); }
};

Value getter_get(const Value& descr, const Value& obj, const Value&) {
  if (obj.is_none() || obj.is_unbound()) return descr;
  return getitem(obj, Value::integer(descr.as<TupleGetter>()->index));
}

void getter_set(const Value&, const Value&, const Value&) { raise_attribute_error("can't set attribute"); }

std::string getter_repr(const Value& self) {
  int64_t i = self.as<TupleGetter>()->index;
  return fmt::format("_tuplegetter({}, 'Alias for field number {}')", i, i);
}

Value tuple_new_of(const Value& cls, std::vector<Value> items) {
  Value argv[2] = {cls, make_tuple(std::move(items))};
  Value tnew = getattr(Value(static_cast<Object*>(types::tuple)), intern("__new__"));
  return call(tnew, CallArgs{std::span<const Value>(argv, 2), {}, {}});
}

Value nt_new(const Value& info_v, CallArgs args) {
  auto* info = info_v.as<NewInfo>();
  if (args.positional.empty()) raise_type_error(fmt::format("{}() missing 1 required positional argument: '_cls'", info->fname));
  Value cls = args.positional[0];
  CallArgs rest{args.positional.subspan(1), args.kw_values, args.kw_names};
  size_t n = info->fields.size();
  std::vector<const char*> names;
  for (const std::string& f : info->fields) names.push_back(f.c_str());
  std::vector<Value> out(n);
  modules::bind_py_args(info->fname, rest, names, n - info->defaults.size(), out.data(), 1);
  for (size_t i = 0; i < n; ++i)
    if (out[i].is_unbound()) out[i] = info->defaults[i - (n - info->defaults.size())];
  return tuple_new_of(cls, std::move(out));
}

std::vector<Value> fields_of(const Value& obj) { return to_vector(getattr(obj, intern("_fields"))); }

Value nt_make(const Value& cls, CallArgs args) {
  ArgParser("_make", args).no_keywords().positional(1, 1);
  size_t n = fields_of(cls).size();
  Value t = tuple_new_of(cls, to_vector(args.positional[0]));
  if (static_cast<size_t>(len(t)) != n) raise_type_error(fmt::format("Expected {} arguments, got {}", n, len(t)));
  return t;
}

Value nt_replace(const Value& self, CallArgs args) {
  ArgParser("_replace", args).positional(0, 0);
  std::vector<Value> fields = fields_of(self);
  std::vector<Value> items = to_vector(self);
  std::vector<bool> used(args.kw_names.size());
  for (size_t i = 0; i < fields.size() && i < items.size(); ++i)
    for (size_t k = 0; k < args.kw_names.size(); ++k)
      if (str(fields[i]) == args.kw_names[k]->view()) {
        items[i] = args.kw_values[k];
        used[k] = true;
      }
  std::vector<Value> unknown;
  for (size_t k = 0; k < args.kw_names.size(); ++k)
    if (!used[k]) unknown.push_back(Value(static_cast<Object*>(args.kw_names[k])));
  if (!unknown.empty()) raise_value_error("Got unexpected field names: " + repr(make_list(std::move(unknown))));
  Value argv[1] = {make_list(std::move(items))};
  return call(getattr(self, intern("_make")), CallArgs{std::span<const Value>(argv, 1), {}, {}});
}

Value nt_asdict(const Value& self, CallArgs args) {
  ArgParser("_asdict", args).no_keywords().positional(0, 0);
  std::vector<Value> fields = fields_of(self);
  const auto& items = self.as<TupleObject>()->items;
  Value d = make_dict();
  for (size_t i = 0; i < fields.size() && i < items.size(); ++i) as_dict(d)->set(fields[i], items[i]);
  return d;
}

Value nt_repr(const Value& self, CallArgs args) {
  ArgParser("__repr__", args).no_keywords().positional(0, 0);
  std::vector<Value> fields = fields_of(self);
  const auto& items = self.as<TupleObject>()->items;
  std::string s = type_of(self)->name + "(";
  for (size_t i = 0; i < fields.size() && i < items.size(); ++i) {
    if (i) s += ", ";
    s += str(fields[i]) + "=" + repr(items[i]);
  }
  return make_str(s + ")");
}

Value nt_getnewargs(const Value& self, CallArgs args) {
  ArgParser("__getnewargs__", args).no_keywords().positional(0, 0);
  return make_tuple(self.as<TupleObject>()->items);
}

bool is_keyword(std::string_view s) {
  static const std::set<std::string_view> kw = {
      "False", "None",   "True",    "and",      "as",   "assert", "async",  "await",    "break",
      "class", "continue", "def",   "del",      "elif", "else",   "except", "finally",  "for",
      "from",  "global", "if",      "import",   "in",   "is",     "lambda", "nonlocal", "not",
      "or",    "pass",   "raise",   "return",   "try",  "while",  "with",   "yield"};
  return kw.count(s) > 0;
}

std::vector<std::string> parse_fields(const Value& spec) {
  std::vector<Value> raw;
  if (is_str(spec)) {
    Value replaced = call2(getattr(spec, intern("replace")), make_str(","), make_str(" "));
    raw = to_vector(call0(getattr(replaced, intern("split"))));
  } else {
    raw = to_vector(spec);
  }
  std::vector<std::string> out;
  for (const Value& v : raw) out.push_back(str(v));
  return out;
}

}  // namespace

namespace modules {

Value namedtuple_factory(const Value&, CallArgs args) {
  static constexpr std::array<const char*, 2> kNames = {"typename", "field_names"};
  // Positional-or-keyword typename and field_names, keyword-only rest.
  std::vector<Value> kw_vals;
  std::vector<StrObject*> kw_names;
  Value rename, defaults, module;
  for (size_t k = 0; k < args.kw_names.size(); ++k) {
    std::string_view n = args.kw_names[k]->view();
    if (n == "rename") rename = args.kw_values[k];
    else if (n == "defaults") defaults = args.kw_values[k];
    else if (n == "module") module = args.kw_values[k];
    else {
      kw_vals.push_back(args.kw_values[k]);
      kw_names.push_back(args.kw_names[k]);
    }
  }
  Value a[2];
  bind_py_args("namedtuple", CallArgs{args.positional, kw_vals, kw_names}, kNames, 2, a);
  std::string typename_ = str(a[0]);
  std::vector<std::string> fields = parse_fields(a[1]);
  std::vector<std::string> all = fields;
  all.insert(all.begin(), typename_);
  for (const std::string& n : all) {
    Value s = make_str(n);
    if (!truthy(call0(getattr(s, intern("isidentifier")))))
      raise_value_error(fmt::format("Type names and field names must be valid identifiers: {}", repr(s)));
    if (is_keyword(n)) raise_value_error(fmt::format("Type names and field names cannot be a keyword: {}", repr(s)));
  }
  std::set<std::string> seen;
  for (const std::string& n : fields) {
    if (n.rfind('_', 0) == 0)
      raise_value_error(fmt::format("Field names cannot start with an underscore: {}", repr(make_str(n))));
    if (!seen.insert(n).second)
      raise_value_error(fmt::format("Encountered duplicate field name: {}", repr(make_str(n))));
  }
  if (!info_type) {
    info_type = make_native_type("namedtuple_info");
    getter_type = make_native_type("_collections._tuplegetter");
    getter_type->descr_get_slot = &getter_get;
    getter_type->descr_set_slot = &getter_set;
    getter_type->repr_slot = &getter_repr;
  }
  auto info = make<NewInfo>();
  info->fname = typename_ + ".__new__";
  info->fields = fields;
  Value field_defaults = make_dict();
  if (!defaults.is_unbound() && !defaults.is_none()) {
    info->defaults = to_vector(defaults);
    if (info->defaults.size() > fields.size()) raise_type_error("Got more default values than field names");
    size_t off = fields.size() - info->defaults.size();
    for (size_t i = 0; i < info->defaults.size(); ++i)
      as_dict(field_defaults)->set(make_str(fields[off + i]), info->defaults[i]);
  }
  Value ns = make_dict();
  DictObject* d = as_dict(ns);
  std::vector<Value> names;
  std::string doc = typename_ + "(";
  for (size_t i = 0; i < fields.size(); ++i) {
    names.push_back(make_str(fields[i]));
    doc += (i ? ", " : "") + fields[i];
  }
  Value fields_tuple = make_tuple(names);
  d->set_str(intern("__doc__"), make_str(doc + ")"));
  d->set_str(intern("__slots__"), empty_tuple());
  d->set_str(intern("_fields"), fields_tuple);
  d->set_str(intern("_field_defaults"), field_defaults);
  d->set_str(intern("__match_args__"), fields_tuple);
  Value new_fn = make<BuiltinFunctionObject>(types::builtin_function, "__new__", &nt_new, nullptr, info.value()).value();
  d->set_str(intern("__new__"), make_staticmethod(new_fn));
  d->set_str(intern("_make"), make_class_method("_make", &nt_make, MethodKind::Class));
  d->set_str(intern("_replace"), make_class_method("_replace", &nt_replace, MethodKind::Method));
  d->set_str(intern("_asdict"), make_class_method("_asdict", &nt_asdict, MethodKind::Method));
  d->set_str(intern("__repr__"), make_class_method("__repr__", &nt_repr, MethodKind::Method));
  d->set_str(intern("__getnewargs__"), make_class_method("__getnewargs__", &nt_getnewargs, MethodKind::Method));
  for (size_t i = 0; i < fields.size(); ++i)
    d->set_str(intern(fields[i]), make<TupleGetter>(static_cast<int64_t>(i)).value());
  d->set_str(intern("__module__"), module.is_unbound() || module.is_none() ? caller_module_name() : module);
  (void)rename;
  Value tuple_type(static_cast<Object*>(types::tuple));
  return build_class(intern(typename_), {tuple_type}, d, CallArgs{});
}

}  // namespace modules
}  // namespace pywalk
