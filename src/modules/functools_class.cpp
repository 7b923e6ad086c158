// The `functools` module, part 3: the helpers that work with classes:
// total_ordering (fills in the missing ordering methods from the root one,
// Lib/functools.py's _convert table), cmp_to_key, and cached_property.
//
// cmp_to_key(mycmp) returns a callable functools.KeyWrapper (as CPython's C
// version); calling it makes a key object, an instance of a class
// "KeyWrapper" whose comparison methods call mycmp(a.obj, b.obj) and compare
// the result with 0. The methods are native functions that bind like
// Python functions (modules/native.h), so the generic comparison dispatch
// finds them as it finds a user class's methods.
#include <fmt/format.h>

#include <array>

#include "pywalk/builtins.h"
#include "pywalk/errors.h"
#include "pywalk/gc.h"
#include "pywalk/modules/functools.h"
#include "pywalk/modules/native.h"
#include "pywalk/objects/class.h"
#include "pywalk/objects/dict.h"
#include "pywalk/objects/list.h"
#include "pywalk/objects/module.h"
#include "pywalk/objects/str.h"
#include "pywalk/ops.h"

namespace pywalk {

namespace {

// ---------------------------------------------------------- total_ordering

enum Root { kLt, kLe, kGt, kGe };
const char* const kRootNames[4] = {"__lt__", "__le__", "__gt__", "__ge__"};

// The five shapes of Lib/functools.py's derived methods, r = type(self).<root>(self, other).
enum Shape {
  kNotRAndNe,  // not r and self != other
  kROrEq,      // r or self == other
  kNotR,       // not r
  kNotROrEq,   // not r or self == other
  kRAndNe,     // r and self != other
};

template <Root R, Shape S>
Value derived_op(const Value& self, CallArgs args) {
  static constexpr std::array<const char*, 1> kNames = {"other"};
  Value a[1];
  modules::bind_py_args(kRootNames[R], args, kNames, 1, a);
  const Value& other = a[0];
  Value root = getattr(Value(static_cast<Object*>(type_of(self))), intern(kRootNames[R]));
  Value r = call2(root, self, other);
  if (r.is(not_implemented_value())) return r;
  bool t = truthy(r);
  switch (S) {
    case kNotRAndNe:
      return t ? Value::boolean(false) : compare(self, other, CmpOpKind::NotEq);
    case kROrEq:
      return t ? r : compare(self, other, CmpOpKind::Eq);
    case kNotR:
      return Value::boolean(!t);
    case kNotROrEq:
      return !t ? Value::boolean(true) : compare(self, other, CmpOpKind::Eq);
    case kRAndNe:
      return t ? compare(self, other, CmpOpKind::NotEq) : r;
  }
  return r;
}

struct Conversion {
  const char* name;
  BuiltinFn fn;
};

// _convert[root]: the methods derived from it, in Lib/functools.py's order.
const Conversion kConvert[4][3] = {
    {{"__gt__", &derived_op<kLt, kNotRAndNe>},
     {"__le__", &derived_op<kLt, kROrEq>},
     {"__ge__", &derived_op<kLt, kNotR>}},
    {{"__ge__", &derived_op<kLe, kNotROrEq>},
     {"__lt__", &derived_op<kLe, kRAndNe>},
     {"__gt__", &derived_op<kLe, kNotR>}},
    {{"__lt__", &derived_op<kGt, kNotRAndNe>},
     {"__ge__", &derived_op<kGt, kROrEq>},
     {"__le__", &derived_op<kGt, kNotR>}},
    {{"__le__", &derived_op<kGe, kNotROrEq>},
     {"__gt__", &derived_op<kGe, kRAndNe>},
     {"__lt__", &derived_op<kGe, kNotR>}},
};

Value functools_total_ordering(const Value&, CallArgs args) {
  static constexpr std::array<const char*, 1> kNames = {"cls"};
  Value a[1];
  modules::bind_py_args("total_ordering", args, kNames, 1, a);
  const Value& cls = a[0];
  Value object(static_cast<Object*>(types::object));
  bool defined[4];
  int root = -1;
  for (int i = 0; i < 4; ++i) {
    Value mine = getattr_or_unbound(cls, intern(kRootNames[i]));
    Value base = getattr_or_unbound(object, intern(kRootNames[i]));
    if (mine.is_unbound()) mine = Value::none();
    if (base.is_unbound()) base = Value::none();
    defined[i] = !mine.is(base);
    if (defined[i] && root < 0) root = i;  // max() of the names prefers __lt__, __le__, __gt__, __ge__
  }
  if (root < 0) raise_value_error("must define at least one ordering operation: < > <= >=");
  for (const Conversion& c : kConvert[root]) {
    int index = 0;
    while (std::string_view(kRootNames[index]) != c.name) ++index;
    if (!defined[index]) setattr(cls, intern(c.name), modules::make_native_method(c.name, c.fn));
  }
  return cls;
}

// -------------------------------------------------------------- cmp_to_key

TypeObject* key_wrapper_type = nullptr;
Value* key_class = nullptr;  // strong (never freed): the class of the key objects

struct KeyWrapperObject : Object {
  explicit KeyWrapperObject(Value c) : Object(key_wrapper_type), cmp(std::move(c)) { gc_track(this); }
  Value cmp;  // strong
  void traverse(GcVisitor& v) const override { v.visit(cmp); }
  void clear_refs() override {
    Value old = std::move(cmp);
    cmp = Value::none();
  }
};

template <CmpOpKind Op>
Value key_compare(const Value& self, CallArgs args) {
  ArgParser("K", args).no_keywords().positional(1, 1);
  const Value& other = args.positional[0];
  if (!type_of(other)->is_subtype_of(key_class->as<TypeObject>()))
    raise_type_error("other argument must be K instance");
  Value r = call2(getattr(self, intern("_cmp")), getattr(self, intern("obj")), getattr(other, intern("obj")));
  return compare(r, Value::integer(0), Op);
}

Value make_key_class() {
  Value ns = make_dict();
  DictObject* d = as_dict(ns);
  d->set_str(intern("__module__"), make_str("functools"));
  d->set_str(intern("__qualname__"), make_str("KeyWrapper"));
  d->set_str(intern("__lt__"), modules::make_native_method("__lt__", &key_compare<CmpOpKind::Lt>));
  d->set_str(intern("__le__"), modules::make_native_method("__le__", &key_compare<CmpOpKind::LtE>));
  d->set_str(intern("__gt__"), modules::make_native_method("__gt__", &key_compare<CmpOpKind::Gt>));
  d->set_str(intern("__ge__"), modules::make_native_method("__ge__", &key_compare<CmpOpKind::GtE>));
  d->set_str(intern("__eq__"), modules::make_native_method("__eq__", &key_compare<CmpOpKind::Eq>));
  d->set_str(intern("__ne__"), modules::make_native_method("__ne__", &key_compare<CmpOpKind::NotEq>));
  d->set_str(intern("__hash__"), Value::none());
  return build_class(intern("KeyWrapper"), {}, d, CallArgs{});
}

Value key_wrapper_call(const Value& self, CallArgs args) {
  static constexpr std::array<const char*, 1> kNames = {"obj"};
  Value a[1];
  unpack_args("K", args, kNames, 0, 1, 1, a);
  if (!key_class) key_class = new Value(make_key_class());
  Value k = type_call(key_class->as<TypeObject>(), CallArgs{});
  setattr(k, intern("obj"), a[0]);
  setattr(k, intern("_cmp"), self.as<KeyWrapperObject>()->cmp);
  return k;
}

Value functools_cmp_to_key(const Value&, CallArgs args) {
  static constexpr std::array<const char*, 1> kNames = {"mycmp"};
  Value a[1];
  unpack_args("cmp_to_key", args, kNames, 0, 1, 1, a);
  return make<KeyWrapperObject>(a[0]).value();
}

// --------------------------------------------------------- cached_property

TypeObject* cached_property_type = nullptr;

struct CachedPropertyObject : Object {
  explicit CachedPropertyObject(Value f) : Object(cached_property_type), func(std::move(f)) { gc_track(this); }
  Value func;                      // strong
  Value attrname = Value::none();  // strong: a str once __set_name__ ran
  void traverse(GcVisitor& v) const override {
    v.visit(func);
    v.visit(attrname);
  }
  void clear_refs() override {
    Value a = std::move(func), b = std::move(attrname);
    func = attrname = Value::none();
  }
};

Value cached_property_construct(TypeObject*, CallArgs args) {
  static constexpr std::array<const char*, 1> kNames = {"func"};
  Value a[1];
  modules::bind_py_args("cached_property.__init__", args, kNames, 1, a, 1);
  return make<CachedPropertyObject>(a[0]).value();
}

Value cached_property_set_name(const Value& self, CallArgs args) {
  static constexpr std::array<const char*, 2> kNames = {"owner", "name"};
  Value a[2];
  modules::bind_py_args("cached_property.__set_name__", args, kNames, 2, a, 1);
  auto* p = self.as<CachedPropertyObject>();
  if (p->attrname.is_none())
    p->attrname = a[1];
  else if (!eq(a[1], p->attrname))
    raise_type_error(fmt::format("Cannot assign the same cached_property to two different names ({} and {}).",
                                 repr(p->attrname), repr(a[1])));
  return Value::none();
}

Value cached_property_get(const Value& descr, const Value& obj, const Value&) {
  if (obj.is_none() || obj.is_unbound()) return descr;
  Ref<CachedPropertyObject> p(descr.as<CachedPropertyObject>());
  if (p->attrname.is_none())
    raise_type_error("Cannot use cached_property instance without calling __set_name__ on it.");
  Value cache = getattr_or_unbound(obj, intern("__dict__"));
  if (!is_dict(cache))
    raise_type_error(fmt::format("No '__dict__' attribute on {} instance to cache {} property.",
                                 repr(make_str(type_name(obj))), repr(p->attrname)));
  Value found = as_dict(cache)->get(p->attrname);
  if (!found.is_unbound()) return found;
  Value v = call1(p->func, obj);
  as_dict(cache)->set(p->attrname, v);
  return v;
}

Value cached_property_getattr(const Value& self, StrObject* name) {
  auto* p = self.as<CachedPropertyObject>();
  std::string_view n = name->view();
  if (n == "func") return p->func;
  if (n == "attrname") return p->attrname;
  if (n == "__doc__" || n == "__module__") return getattr_or_unbound(p->func, name);
  return Value();
}

}  // namespace

void init_functools_class(ModuleObject* m) {
  if (!key_wrapper_type) {
    key_wrapper_type = modules::make_native_type("functools.KeyWrapper");
    key_wrapper_type->call_slot = &key_wrapper_call;
    cached_property_type = modules::make_native_type("functools.cached_property");
    cached_property_type->construct_slot = &cached_property_construct;
    cached_property_type->descr_get_slot = &cached_property_get;
    cached_property_type->getattr_slot = &cached_property_getattr;
    add_method(cached_property_type, "__set_name__", &cached_property_set_name);
  }
  modules::def(m, "total_ordering", &functools_total_ordering);
  modules::def(m, "cmp_to_key", &functools_cmp_to_key);
  modules::set_attr(m, "cached_property", Value(static_cast<Object*>(cached_property_type)));
}

}  // namespace pywalk
