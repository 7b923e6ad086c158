// The `typing` module: the names programs import for annotations.
//
// Annotations are evaluated when a `def` runs, so `List[int]`,
// `Optional[str]`, `Callable[[int], str]` must work and print as CPython's
// (`typing.List[int]`, `typing.Optional[str]`). Every special form is an
// instance of one class, typing._GenericAlias, built like the collections
// classes (modules/collections.h): its methods (__getitem__, __repr__,
// __getattr__ for __origin__/__args__) are native methods and its data is an
// AliasData record kept in the instance's hidden slot. Subscripting returns
// a new alias with the arguments; Union flattens nested unions, drops
// duplicates and shows two-member unions with None as Optional[X].
// TypeVar('T') is an alias of kind TypeVar (repr `~T`). cast() returns its
// value. Generic, Protocol, NamedTuple and TypedDict classes are not
// provided.
#include <fmt/format.h>

#include "pywalk/errors.h"
#include "pywalk/gc.h"
#include "pywalk/modules/collections.h"
#include "pywalk/objects/class.h"
#include "pywalk/objects/dict.h"
#include "pywalk/objects/generic_alias.h"
#include "pywalk/objects/list.h"
#include "pywalk/objects/module.h"
#include "pywalk/objects/str.h"
#include "pywalk/ops.h"

namespace pywalk {
namespace {

enum class Kind : uint8_t { Plain, Generic, Union, Optional, Callable, TypeVar };

TypeObject* data_type = nullptr;
TypeObject* alias_type = nullptr;  // borrowed: the typing module keeps it alive

struct AliasData : Object {
  AliasData() : Object(data_type) { gc_track(this); }
  std::string name;  // "List"
  Kind kind = Kind::Plain;
  Value origin;  // strong: list for List, Unbound when none
  Value args;    // strong: a tuple once subscripted, else Unbound
  void traverse(GcVisitor& v) const override {
    v.visit(origin);
    v.visit(args);
  }
  void clear_refs() override {
    origin = Value();
    args = Value();
  }
};

AliasData* data_of(const Value& v) {
  std::vector<Value>* slots = v.obj()->instance_slots();
  if (!slots || slots->empty() || (*slots)[0].is_unbound()) raise_type_error("uninitialized typing alias");
  return (*slots)[0].as<AliasData>();
}

bool is_alias(const Value& v) { return v.is_obj() && type_of(v) == alias_type; }

Value make_alias(std::string name, Kind kind, Value origin, Value args) {
  Value a = call0(Value(static_cast<Object*>(alias_type)));
  auto d = make<AliasData>();
  d->name = std::move(name);
  d->kind = kind;
  d->origin = origin;
  d->args = args;
  (*a.obj()->instance_slots())[0] = d.value();
  return a;
}

Value none_type() { return Value(static_cast<Object*>(types::none)); }

// typing._type_repr
std::string type_arg_repr(const Value& v) {
  if (v.is_none()) return "None";
  if (is_type(v)) {
    auto* t = v.as<TypeObject>();
    if (t == types::none) return "NoneType";
    return type_full_name(t);
  }
  if (v.is_obj() && v.obj()->type->id == TypeId::Ellipsis) return "...";
  if (is_list(v)) {
    std::string s = "[";
    const auto& items = v.as<ListObject>()->items;
    for (size_t i = 0; i < items.size(); ++i) s += (i ? ", " : "") + type_arg_repr(items[i]);
    return s + "]";
  }
  if (is_str(v)) return fmt::format("ForwardRef({})", repr(v));
  return repr(v);
}

std::string alias_repr_text(AliasData* d) {
  if (d->kind == Kind::TypeVar) return "~" + d->name;
  if (d->args.is_unbound()) return "typing." + d->name;
  const auto& args = d->args.as<TupleObject>()->items;
  std::string name = d->name;
  std::vector<Value> shown = args;
  if (d->kind == Kind::Union && args.size() == 2) {
    for (size_t i = 0; i < 2; ++i)
      if (is_type(args[i]) && args[i].as<TypeObject>() == types::none) {
        name = "Optional";
        shown = {args[1 - i]};
        break;
      }
  }
  std::string s = "typing." + name + "[";
  if (d->kind == Kind::Callable && shown.size() == 2) {
    s += type_arg_repr(shown[0]) + ", " + type_arg_repr(shown[1]);
  } else if (shown.empty()) {
    s += "()";
  } else {
    for (size_t i = 0; i < shown.size(); ++i) {
      bool value = name == "Literal" || (name == "Annotated" && i > 0);  // values, not types
      s += (i ? ", " : "") + (value ? repr(shown[i]) : type_arg_repr(shown[i]));
    }
  }
  return s + "]";
}

// Union members: None becomes NoneType, nested unions are flattened, duplicates dropped.
void add_union_member(std::vector<Value>& out, const Value& v) {
  Value m = v.is_none() ? none_type() : v;
  if (is_alias(m)) {
    AliasData* d = data_of(m);
    if (d->kind == Kind::Union && !d->args.is_unbound()) {
      for (const Value& x : d->args.as<TupleObject>()->items) add_union_member(out, x);
      return;
    }
  }
  for (const Value& x : out)
    if (eq(x, m)) return;
  out.push_back(m);
}

Value alias_getitem(const Value& self, CallArgs args) {
  ArgParser("__getitem__", args).no_keywords().positional(1, 1);
  AliasData* d = data_of(self);
  const Value& key = args.positional[0];
  std::vector<Value> params = is_tuple(key) ? key.as<TupleObject>()->items : std::vector<Value>{key};
  std::string me = "typing." + d->name;
  if (d->name != "Literal")
    for (size_t i = 0; i < params.size(); ++i)
      if (params[i].is_none() && !(d->name == "Annotated" && i > 0)) params[i] = none_type();
  switch (d->kind) {
    case Kind::Plain:
    case Kind::TypeVar:
      if (d->name == "Any") raise_type_error("type 'Any' is not subscriptable");
      raise_type_error(fmt::format("{} is not subscriptable", alias_repr_text(d)));
    case Kind::Optional: {
      if (params.size() != 1) raise_type_error(fmt::format("{} requires a single type. Got {}.", me, repr(key)));
      std::vector<Value> members;
      add_union_member(members, params[0]);
      add_union_member(members, none_type());
      if (members.size() == 1) return members[0];
      return make_alias("Union", Kind::Union, Value(), make_tuple(std::move(members)));
    }
    case Kind::Union: {
      if (is_tuple(key) && params.empty()) raise_type_error("Cannot take a Union of no types.");
      std::vector<Value> members;
      for (const Value& p : params) add_union_member(members, p);
      if (members.size() == 1) return members[0];
      return make_alias("Union", Kind::Union, Value(), make_tuple(std::move(members)));
    }
    case Kind::Callable:
      if (params.size() == 2 && is_list(params[0])) {
        std::vector<Value> ps = params[0].as<ListObject>()->items;
        for (Value& x : ps)
          if (x.is_none()) x = none_type();
        params[0] = make_list(std::move(ps));
      }
      if (params.size() != 2)
        raise_type_error("Callable must be used as Callable[[arg, ...], result].");
      if (!is_list(params[0]) && !(params[0].is_obj() && params[0].obj()->type->id == TypeId::Ellipsis))
        raise_type_error(fmt::format("Callable[args, result]: args must be a list. Got {}", type_arg_repr(params[0])));
      return make_alias(d->name, d->kind, d->origin, make_tuple(std::move(params)));
    case Kind::Generic:
      if (!d->args.is_unbound()) raise_type_error(fmt::format("{} is not a generic class", alias_repr_text(d)));
      return make_alias(d->name, d->kind, d->origin, make_tuple(std::move(params)));
  }
  return Value::none();
}

// X | Y with a typing alias on either side: typing.Union[X, Y] (Optional[X] with None).
Value union_of(const Value& a, const Value& b) {
  std::vector<Value> members;
  for (const Value& v : {a, b}) {
    if (const auto* ms = union_members(v)) {
      for (const Value& m : *ms) add_union_member(members, m);
    } else {
      add_union_member(members, v);
    }
  }
  if (members.size() == 1) return members[0];
  return make_alias("Union", Kind::Union, Value(), make_tuple(std::move(members)));
}

Value alias_or(const Value& self, CallArgs args) {
  ArgParser("__or__", args).no_keywords().positional(1, 1);
  return union_of(self, args.positional[0]);
}

Value alias_ror(const Value& self, CallArgs args) {
  ArgParser("__ror__", args).no_keywords().positional(1, 1);
  return union_of(args.positional[0], self);
}

// Aliases are equal when they are the same form with equal arguments (a
// Union's in any order); the hash agrees.
Value alias_eq(const Value& self, CallArgs args) {
  ArgParser("__eq__", args).no_keywords().positional(1, 1);
  const Value& other = args.positional[0];
  if (!is_alias(other)) return not_implemented_value();
  AliasData* a = data_of(self);
  AliasData* b = data_of(other);
  if (a->name != b->name || a->kind != b->kind || a->args.is_unbound() != b->args.is_unbound())
    return Value::boolean(self.is(other));
  if (a->origin.is_unbound() != b->origin.is_unbound() || (!a->origin.is_unbound() && !eq(a->origin, b->origin)))
    return Value::boolean(false);
  if (a->args.is_unbound()) return Value::boolean(a->kind != Kind::TypeVar || self.is(other));
  if (a->kind != Kind::Union) return Value::boolean(eq(a->args, b->args));
  const auto& x = a->args.as<TupleObject>()->items;
  const auto& y = b->args.as<TupleObject>()->items;
  if (x.size() != y.size()) return Value::boolean(false);
  for (const Value& v : x) {
    bool found = false;
    for (const Value& w : y) found = found || eq(v, w);
    if (!found) return Value::boolean(false);
  }
  return Value::boolean(true);
}

Value alias_hash(const Value& self, CallArgs args) {
  ArgParser("__hash__", args).no_keywords().positional(0, 0);
  AliasData* d = data_of(self);
  uint64_t h = std::hash<std::string>()(d->name);
  if (d->kind == Kind::TypeVar) return Value::integer(static_cast<int64_t>(reinterpret_cast<uintptr_t>(self.obj()) >> 4));
  if (!d->args.is_unbound())
    for (const Value& v : d->args.as<TupleObject>()->items) h += static_cast<uint64_t>(hash(v)) * 0x9e3779b97f4a7c15ull;
  return Value::integer(static_cast<int64_t>(h >> 2));
}

Value alias_repr(const Value& self, CallArgs args) {
  ArgParser("__repr__", args).no_keywords().positional(0, 0);
  return make_str(alias_repr_text(data_of(self)));
}

Value alias_getattr(const Value& self, CallArgs args) {
  ArgParser("__getattr__", args).no_keywords().positional(1, 1);
  AliasData* d = data_of(self);
  std::string name = str(args.positional[0]);
  if (name == "__origin__" && !d->origin.is_unbound()) return d->origin;
  if (name == "__args__" && !d->args.is_unbound()) return d->args;
  if (name == "__name__" || name == "_name") return make_str(d->name);
  raise_attribute_error(fmt::format("'{}' object has no attribute '{}'", type_of(self)->name, name));
}

Value alias_call(const Value& self, CallArgs args) {
  AliasData* d = data_of(self);
  if (d->kind == Kind::Generic && !d->origin.is_unbound()) {
    Value r = call(d->origin, args);
    return r;
  }
  raise_type_error(fmt::format("Cannot instantiate {}", alias_repr_text(d)));
}

Value typing_cast(const Value&, CallArgs args) {
  static constexpr std::array<const char*, 2> kNames = {"typ", "val"};
  Value a[2];
  modules::bind_py_args("cast", args, kNames, 2, a);
  return a[1];
}

Value typing_typevar(const Value&, CallArgs args) {
  if (args.positional.empty()) raise_type_error("TypeVar.__init__() missing 1 required positional argument: 'name'");
  if (!is_str(args.positional[0])) raise_type_error("TypeVar name must be a string");
  return make_alias(str(args.positional[0]), Kind::TypeVar, Value(), Value());
}

Value typing_identity(const Value&, CallArgs args) {
  ArgParser("decorator", args).no_keywords().positional(1, 1);
  return args.positional[0];
}

}  // namespace

void init_typing_module(ModuleObject* m) {
  using modules::MethodDef;
  if (!alias_type) {
    data_type = modules::make_native_type("typing._AliasData");
    Value cls = modules::make_native_class(
        "typing", "_GenericAlias", types::object,
        {MethodDef{"__getitem__", &alias_getitem}, MethodDef{"__repr__", &alias_repr},
         MethodDef{"__getattr__", &alias_getattr}, MethodDef{"__call__", &alias_call},
         MethodDef{"__or__", &alias_or}, MethodDef{"__ror__", &alias_ror}, MethodDef{"__eq__", &alias_eq},
         MethodDef{"__hash__", &alias_hash}},
        {"_alias_data"});
    alias_type = cls.as<TypeObject>();
    as_dict(alias_type->dict)->remove(Value(static_cast<Object*>(intern("_alias_data"))));
    type_modified(alias_type);
  }
  auto generic = [&](const char* name, TypeObject* origin) {
    Value o = origin ? Value(static_cast<Object*>(origin)) : Value();
    modules::set_attr(m, name, make_alias(name, Kind::Generic, o, Value()));
  };
  modules::set_attr(m, "Any", make_alias("Any", Kind::Plain, Value(), Value()));
  modules::set_attr(m, "NoReturn", make_alias("NoReturn", Kind::Plain, Value(), Value()));
  modules::set_attr(m, "Union", make_alias("Union", Kind::Union, Value(), Value()));
  modules::set_attr(m, "Optional", make_alias("Optional", Kind::Optional, Value(), Value()));
  modules::set_attr(m, "Callable", make_alias("Callable", Kind::Callable, Value(), Value()));
  generic("List", types::list);
  generic("Dict", types::dict);
  generic("Set", types::set);
  generic("FrozenSet", types::frozenset);
  generic("Tuple", types::tuple);
  generic("Type", types::type);
  for (const char* n : {"Iterable", "Iterator", "Generator", "Sequence", "MutableSequence", "Mapping",
                        "MutableMapping", "Collection", "Container", "Hashable", "Sized", "Reversible",
                        "AbstractSet", "MutableSet", "Awaitable", "Coroutine", "AsyncIterator", "AsyncIterable",
                        "ItemsView", "KeysView", "ValuesView", "Literal", "Final", "ClassVar", "Annotated"})
    generic(n, nullptr);
  modules::def(m, "cast", &typing_cast);
  modules::def(m, "TypeVar", &typing_typevar);
  modules::def(m, "overload", &typing_identity);
  modules::def(m, "final", &typing_identity);
  modules::def(m, "no_type_check", &typing_identity);
  modules::def(m, "runtime_checkable", &typing_identity);
  modules::set_attr(m, "TYPE_CHECKING", Value::boolean(false));
  modules::set_attr(m, "Text", Value(static_cast<Object*>(types::str)));
  modules::set_attr(m, "AnyStr", make_alias("AnyStr", Kind::TypeVar, Value(), Value()));
}

}  // namespace pywalk
