// The methods @dataclass generates (modules/dataclasses.h): what CPython's
// generated source does, field by field, read from the class's DcInfo.
#include <fmt/format.h>

#include <array>

#include "dataclasses.h"
#include "pywalk/ast.h"
#include "pywalk/errors.h"
#include "pywalk/gc.h"
#include "pywalk/modules/native.h"
#include "pywalk/objects/class.h"
#include "pywalk/objects/exception.h"
#include "pywalk/objects/instance.h"
#include "pywalk/objects/list.h"
#include "pywalk/objects/str.h"
#include "pywalk/ops.h"

namespace pywalk::dataclasses {
namespace {

TypeObject* method_type = nullptr;  // immortal once made

struct DcMethod : Object {
  DcMethod(Value i, std::string q, std::string n, DcFn f)
      : Object(method_type), info(std::move(i)), qualname(std::move(q)), name(std::move(n)), fn(f) {
    gc_track(this);
  }
  Value info;  // strong: the class's DcInfo
  std::string qualname;
  std::string name;
  DcFn fn;
  void traverse(GcVisitor& v) const override { v.visit(info); }
  void clear_refs() override { info = Value(); }
};

Value method_call(const Value& self, CallArgs args) {
  auto* m = self.as<DcMethod>();
  if (args.positional.empty())
    raise_type_error(fmt::format("{}() missing 1 required positional argument: 'self'", m->qualname));
  if (m->info.is_unbound()) raise_type_error("dataclass method of a cleared class");
  return m->fn(m->info.as<DcInfo>(), args.positional[0],
               CallArgs{args.positional.subspan(1), args.kw_values, args.kw_names});
}

Value method_getattr(const Value& self, StrObject* name) {
  auto* m = self.as<DcMethod>();
  if (name->view() == "__name__") return make_str(m->name);
  if (name->view() == "__qualname__") return make_str(m->qualname);
  return Value();
}

std::string method_repr(const Value& self) {
  return fmt::format("<function {} at {}>", self.as<DcMethod>()->qualname, static_cast<const void*>(self.obj()));
}

std::string method_qualname(DcInfo* info, const char* name) {
  std::string q = info->init_name;  // "Point.__init__"
  return q.substr(0, q.size() - 8) + name;
}

// The single `other` argument of a comparison.
Value other_arg(DcInfo* info, const char* name, CallArgs args) {
  static constexpr std::array<const char*, 1> kNames = {"other"};
  Value out[1];
  modules::bind_py_args(method_qualname(info, name), args, kNames, 1, out, 1);
  return out[0];
}

void no_args(DcInfo* info, const char* name, CallArgs args) {
  modules::bind_py_args(method_qualname(info, name), args, std::span<const char* const>(), 0, nullptr, 1);
}

enum class Which : uint8_t { Compare, Hash };

Value field_tuple(DcInfo* info, const Value& obj, Which which) {
  std::vector<Value> items;
  for (const DcField& f : info->fields) {
    if (f.kind != FieldKind::Field) continue;
    if (which == Which::Compare ? !f.compare : !f.hash) continue;
    items.push_back(getattr(obj, as_str(f.name)));
  }
  return make_tuple(std::move(items));
}

Value order(DcInfo* info, const char* name, const Value& self, CallArgs args, CmpOpKind op) {
  Value other = other_arg(info, name, args);
  if (type_of(other) != type_of(self)) return not_implemented_value();
  return compare(field_tuple(info, self, Which::Compare), field_tuple(info, other, Which::Compare), op);
}

// CPython raises it from the generated source, whose frame shows as
// `File "<string>", line 4, in __setattr__` (no source line).
[[noreturn]] void raise_frozen(const std::string& msg, const char* method) {
  static const std::string* kFile = new std::string("<string>");
  Value e = make_exception(frozen_error(), msg);
  e.as<ExceptionObject>()->traceback.push_back({kFile, nullptr, method, Span{4, 0, 4, 0}});
  raise_value(e);
}

bool is_field_name(DcInfo* info, const Value& name) {
  for (const DcField& f : info->fields)
    if (f.kind == FieldKind::Field && eq(f.name, name)) return true;
  return false;
}

}  // namespace

Value make_dc_method(const Value& info, const char* name, DcFn fn) {
  if (!method_type) {
    method_type = modules::make_native_type("function");
    method_type->call_slot = &method_call;
    method_type->getattr_slot = &method_getattr;
    method_type->repr_slot = &method_repr;
    method_type->descr_get_slot = &modules::bind_like_function;
  }
  return make<DcMethod>(info, method_qualname(info.as<DcInfo>(), name), name, fn).value();
}

// The assignments and the __post_init__ call of __init__; `line` follows CPython's source lines.
void init_body(DcInfo* info, const Value& self, const std::vector<Value>& given, std::vector<Value>& initvars,
               int& line);

Value dc_init(DcInfo* info, const Value& self, CallArgs args) {
  // Keyword-only parameters are taken out first; the rest binds as `def __init__(self, x, y=...)`.
  std::vector<Value> kw_values;
  std::vector<StrObject*> kw_names;
  std::vector<Value> kw_only(info->fields.size());
  for (size_t k = 0; k < args.kw_names.size(); ++k) {
    bool taken = false;
    for (size_t i : info->kw_params)
      if (as_str(info->fields[i].name)->view() == args.kw_names[k]->view()) {
        kw_only[i] = args.kw_values[k];
        taken = true;
      }
    if (!taken) {
      kw_values.push_back(args.kw_values[k]);
      kw_names.push_back(args.kw_names[k]);
    }
  }
  size_t given_pos = args.positional.size() + 1, nparams = info->params.size() + 1;
  size_t kw_given = args.kw_names.size() - kw_names.size();
  if (given_pos > nparams && kw_given) {  // CPython's too_many_positional with keyword-only arguments
    bool defaults = info->nrequired < info->params.size();
    std::string sig =
        defaults ? fmt::format("from {} to {}", info->nrequired + 1, nparams) : fmt::format("{}", nparams);
    raise_type_error(fmt::format(
        "{}() takes {} positional argument{} but {} positional argument{} (and {} keyword-only argument{}) were given",
        info->init_name, sig, defaults || nparams != 1 ? "s" : "", given_pos, given_pos != 1 ? "s" : "", kw_given,
        kw_given != 1 ? "s" : ""));
  }
  std::vector<Value> out(info->params.size());
  modules::bind_py_args(info->init_name, CallArgs{args.positional, kw_values, kw_names}, info->param_cstrs,
                        info->nrequired, out.data(), 1);
  std::vector<Value> given(info->fields.size());
  for (size_t p = 0; p < info->params.size(); ++p) given[info->params[p]] = out[p];
  std::vector<std::string> missing;
  for (size_t i : info->kw_params) {
    given[i] = kw_only[i];
    const DcField& f = info->fields[i];
    if (given[i].is_unbound() && f.default_.is_unbound() && f.factory.is_unbound()) missing.push_back(repr(f.name));
  }
  if (!missing.empty()) {
    std::string list;
    for (size_t i = 0; i < missing.size(); ++i) {
      if (i) list += i + 1 == missing.size() ? (missing.size() > 2 ? ", and " : " and ") : ", ";
      list += missing[i];
    }
    raise_type_error(fmt::format("{}() missing {} required keyword-only argument{}: {}", info->init_name,
                                 missing.size(), missing.size() == 1 ? "" : "s", list));
  }
  std::vector<Value> initvars;
  // CPython's generated source has one line per assignment after `def __create_fn__` and
  // `def __init__`, then the __post_init__ call: an error shows `File "<string>", line N, in __init__`.
  int line = 3;
  try {
    init_body(info, self, given, initvars, line);
  } catch (PyException& e) {
    static const std::string* kFile = new std::string("<string>");
    e.exc.as<ExceptionObject>()->traceback.push_back({kFile, nullptr, "__init__", Span{line, 0, line, 0}});
    throw;
  }
  return Value::none();
}

void init_body(DcInfo* info, const Value& self, const std::vector<Value>& given, std::vector<Value>& initvars,
               int& line) {
  for (size_t i = 0; i < info->fields.size(); ++i) {
    const DcField& f = info->fields[i];
    if (f.kind == FieldKind::ClassVar) continue;
    Value v;
    if (!f.factory.is_unbound()) {
      v = f.init && !given[i].is_unbound() ? given[i] : call0(f.factory);
    } else if (f.init) {
      v = given[i].is_unbound() ? f.default_ : given[i];
    } else {
      continue;
    }
    if (f.kind == FieldKind::InitVar) {
      initvars.push_back(v);
      continue;
    }
    if (info->frozen) {
      generic_setattr(self, as_str(f.name), v);
    } else {
      setattr(self, as_str(f.name), v);
    }
    ++line;
  }
  if (info->has_post_init) {
    Value post = getattr(self, intern("__post_init__"));
    call(post, modules::positional_args(initvars));
  }
}

Value dc_repr(DcInfo* info, const Value& self, CallArgs args) {
  no_args(info, "__repr__", args);
  static std::vector<const Object*> active;  // reprlib.recursive_repr
  for (const Object* o : active)
    if (o == self.obj()) return make_str("...");
  active.push_back(self.obj());
  std::string s;
  try {
    s = str(type_qualname(type_of(self))) + "(";
    bool first = true;
    for (const DcField& f : info->fields) {
      if (f.kind != FieldKind::Field || !f.repr) continue;
      if (!first) s += ", ";
      first = false;
      s += as_str(f.name)->view();
      s += '=';
      s += repr(getattr(self, as_str(f.name)));
    }
  } catch (...) {
    active.pop_back();
    throw;
  }
  active.pop_back();
  return make_str(s + ")");
}

Value dc_eq(DcInfo* info, const Value& self, CallArgs args) {
  Value other = other_arg(info, "__eq__", args);
  if (type_of(other) != type_of(self)) return not_implemented_value();
  return compare(field_tuple(info, self, Which::Compare), field_tuple(info, other, Which::Compare), CmpOpKind::Eq);
}

Value dc_lt(DcInfo* info, const Value& self, CallArgs args) {
  return order(info, "__lt__", self, args, CmpOpKind::Lt);
}
Value dc_le(DcInfo* info, const Value& self, CallArgs args) {
  return order(info, "__le__", self, args, CmpOpKind::LtE);
}
Value dc_gt(DcInfo* info, const Value& self, CallArgs args) {
  return order(info, "__gt__", self, args, CmpOpKind::Gt);
}
Value dc_ge(DcInfo* info, const Value& self, CallArgs args) {
  return order(info, "__ge__", self, args, CmpOpKind::GtE);
}

Value dc_hash(DcInfo* info, const Value& self, CallArgs args) {
  no_args(info, "__hash__", args);
  return Value::integer(hash(field_tuple(info, self, Which::Hash)));
}

Value dc_frozen_setattr(DcInfo* info, const Value& self, CallArgs args) {
  static constexpr std::array<const char*, 2> kNames = {"name", "value"};
  Value a[2];
  modules::bind_py_args(method_qualname(info, "__setattr__"), args, kNames, 2, a, 1);
  if (type_of(self) == info->cls.as<TypeObject>() || is_field_name(info, a[0]))
    raise_frozen(fmt::format("cannot assign to field {}", repr(a[0])), "__setattr__");
  if (!is_str(a[0])) raise_type_error(fmt::format("attribute name must be string, not '{}'", type_of(a[0])->name));
  generic_setattr(self, as_str(a[0]), a[1]);
  return Value::none();
}

Value dc_frozen_delattr(DcInfo* info, const Value& self, CallArgs args) {
  static constexpr std::array<const char*, 1> kNames = {"name"};
  Value a[1];
  modules::bind_py_args(method_qualname(info, "__delattr__"), args, kNames, 1, a, 1);
  if (type_of(self) == info->cls.as<TypeObject>() || is_field_name(info, a[0]))
    raise_frozen(fmt::format("cannot delete field {}", repr(a[0])), "__delattr__");
  if (!is_str(a[0])) raise_type_error(fmt::format("attribute name must be string, not '{}'", type_of(a[0])->name));
  generic_setattr(self, as_str(a[0]), Value());
  return Value::none();
}

}  // namespace pywalk::dataclasses
