// types.GenericAlias and types.UnionType (objects/generic_alias.h).
#include "pywalk/objects/generic_alias.h"

#include <fmt/format.h>

#include "pywalk/errors.h"
#include "pywalk/gc.h"
#include "pywalk/objects/class.h"
#include "pywalk/objects/dict.h"
#include "pywalk/objects/list.h"
#include "pywalk/objects/str.h"
#include "pywalk/ops.h"

namespace pywalk {
namespace {

TypeObject* alias_type = nullptr;  // immortal once made
TypeObject* union_type = nullptr;  // immortal once made

// ga_repr_item / union_repr_item: a class as `int` or `module.Qualname`.
std::string repr_item(const Value& v) {
  if (v.is_obj() && v.obj()->type == types::ellipsis) return "...";
  if (is_type(v)) {
    if (v.obj() == types::none) return "None";
    Value qual = getattr_or_unbound(v, intern("__qualname__"));
    Value mod = getattr_or_unbound(v, intern("__module__"));
    if (!qual.is_unbound() && !mod.is_unbound()) {
      if (is_str(mod) && as_str(mod)->view() == "builtins") return str(qual);
      return str(mod) + "." + str(qual);
    }
  }
  return repr(v);
}

std::string alias_repr(const Value& self) {
  auto* a = self.as<GenericAliasObject>();
  std::string out = repr_item(a->origin) + "[";
  const auto& items = a->args.as<TupleObject>()->items;
  if (items.empty()) out += "()";
  for (size_t i = 0; i < items.size(); ++i) {
    if (i) out += ", ";
    out += repr_item(items[i]);
  }
  return out + "]";
}

std::string union_repr(const Value& self) {
  std::string out;
  for (const Value& m : self.as<UnionObject>()->args.as<TupleObject>()->items) {
    if (!out.empty()) out += " | ";
    out += repr_item(m);
  }
  return out;
}

Value alias_call(const Value& self, CallArgs args) { return call(self.as<GenericAliasObject>()->origin, args); }

Value alias_getattr(const Value& self, StrObject* name) {
  auto* a = self.as<GenericAliasObject>();
  std::string_view n = name->view();
  if (n == "__origin__") return a->origin;
  if (n == "__args__") return a->args;
  if (n == "__parameters__") return make_tuple({});
  if (n.starts_with("__")) return Value();
  return getattr(a->origin, name);
}

Value union_getattr(const Value& self, StrObject* name) {
  if (name->view() == "__args__") return self.as<UnionObject>()->args;
  return Value();
}

bool unionable(const Value& v) {
  return v.is_none() || is_type(v) || is_generic_alias(v) || union_members(v) != nullptr;
}

void init_types() {
  if (alias_type) return;
  alias_type = types::make_type("types.GenericAlias", TypeId::Native, types::object);
  if (alias_type->dict.is_unbound()) alias_type->dict = make_dict();
  alias_type->repr_slot = &alias_repr;
  alias_type->call_slot = &alias_call;
  alias_type->getattr_slot = &alias_getattr;
  union_type = types::make_type("types.UnionType", TypeId::Native, types::object);
  if (union_type->dict.is_unbound()) union_type->dict = make_dict();
  union_type->repr_slot = &union_repr;
  union_type->getattr_slot = &union_getattr;
}

}  // namespace

GenericAliasObject::GenericAliasObject(Value origin_, Value args_)
    : Object(alias_type), origin(std::move(origin_)), args(std::move(args_)) {
  gc_track(this);
}

void GenericAliasObject::traverse(GcVisitor& v) const {
  v.visit(origin);
  v.visit(args);
}

void GenericAliasObject::clear_refs() {
  origin = Value();
  args = Value();
}

UnionObject::UnionObject(Value args_) : Object(union_type), args(std::move(args_)) { gc_track(this); }

void UnionObject::traverse(GcVisitor& v) const { v.visit(args); }

void UnionObject::clear_refs() { args = Value(); }

bool is_generic_builtin(TypeObject* t) {
  for (TypeObject* g : {types::list, types::dict, types::tuple, types::set, types::frozenset, types::type})
    if (t->is_subtype_of(g)) return true;
  return false;
}

bool is_generic_alias(const Value& v) { return alias_type && v.is_obj() && v.obj()->type == alias_type; }

const std::vector<Value>* union_members(const Value& v) {
  if (!union_type || !v.is_obj() || v.obj()->type != union_type) return nullptr;
  return &v.as<UnionObject>()->args.as<TupleObject>()->items;
}

Value alias_compare(const Value& a, const Value& b, bool equal) {
  if (is_generic_alias(a) && is_generic_alias(b)) {
    auto* x = a.as<GenericAliasObject>();
    auto* y = b.as<GenericAliasObject>();
    return Value::boolean((eq(x->origin, y->origin) && eq(x->args, y->args)) == equal);
  }
  const auto* ma = union_members(a);
  const auto* mb = union_members(b);
  if (!ma || !mb) return Value();
  auto subset = [](const std::vector<Value>& p, const std::vector<Value>& q) {
    for (const Value& v : p) {
      bool found = false;
      for (const Value& w : q) found = found || eq(v, w);
      if (!found) return false;
    }
    return true;
  };
  return Value::boolean((subset(*ma, *mb) && subset(*mb, *ma)) == equal);
}

bool alias_hash(const Value& v, int64_t* out) {
  if (is_generic_alias(v)) {
    auto* a = v.as<GenericAliasObject>();
    *out = hash(a->origin) ^ hash(a->args);
  } else if (const auto* ms = union_members(v)) {
    uint64_t h = 0;  // order-independent, as the frozenset CPython hashes
    for (const Value& m : *ms) h += static_cast<uint64_t>(hash(m)) * 0x9e3779b97f4a7c15ull;
    *out = static_cast<int64_t>(h);
  } else {
    return false;
  }
  if (*out == -1) *out = -2;
  return true;
}

Value make_generic_alias(const Value& origin, const Value& key) {
  init_types();
  Value args = is_tuple(key) && key.obj()->type == types::tuple ? key : make_tuple({key});
  return make<GenericAliasObject>(origin, args).value();
}

Value union_or(const Value& a, const Value& b) {
  if (!unionable(a) || !unionable(b)) return Value();
  init_types();
  std::vector<Value> members;
  auto add = [&](const Value& v) {
    Value m = v.is_none() ? Value(static_cast<Object*>(types::none)) : v;
    for (const Value& x : members)
      if (x.is_obj() && m.is_obj() && x.obj() == m.obj()) return;
    members.push_back(m);
  };
  for (const Value& side : {a, b}) {
    if (const auto* ms = union_members(side)) {
      for (const Value& m : *ms) add(m);
    } else {
      add(side);
    }
  }
  if (members.size() == 1) return members[0];
  return make<UnionObject>(make_tuple(std::move(members))).value();
}

}  // namespace pywalk
