// The `copy` module: copy() and deepcopy() as Lib/copy.py does them for the
// builtin types. Immutable atoms (numbers, str, None, functions, types,
// ranges) are returned as they are; deepcopy keeps a memo dict from id(x)
// to the copy, so shared references stay shared and cycles are rebuilt,
// a tuple is copied only when one of its items changed, and sets are
// rebuilt from deep copies of their items (set.__reduce__). Instances of
// classes use __copy__ / __deepcopy__ when they define them, else they are
// rebuilt as object.__reduce_ex__(4) describes (copy._reconstruct);
// anything else raises CPython's "cannot pickle 'X' object".
#include <fmt/format.h>

#include <array>

#include "pywalk/errors.h"
#include "pywalk/modules/native.h"
#include "pywalk/objects/class.h"
#include "pywalk/objects/descriptor.h"
#include "pywalk/objects/dict.h"
#include "pywalk/objects/list.h"
#include "pywalk/objects/module.h"
#include "pywalk/objects/set.h"
#include "pywalk/objects/str.h"
#include "pywalk/ops.h"

namespace pywalk {

namespace {

// Types copy() and deepcopy() return unchanged.
bool is_atomic(const Value& v) {
  if (!v.is_obj()) return true;  // None, bool, int, float
  switch (v.obj()->type->id) {
    case TypeId::Int:
    case TypeId::Float:
    case TypeId::Complex:
    case TypeId::Str:
    case TypeId::Bytes:
    case TypeId::NoneType:
    case TypeId::NotImplementedType:
    case TypeId::Ellipsis:
    case TypeId::Range:
    case TypeId::Function:
    case TypeId::BuiltinFunction:
    case TypeId::MethodDescriptor:
    case TypeId::Code:
    case TypeId::Type:
      return true;
    default:
      return false;
  }
}

Value special_method(const Value& v, const char* name) {
  if (!v.is_obj() || v.obj()->type->id != TypeId::Instance) return Value();
  return getattr_or_unbound(v, intern(name));
}

[[noreturn]] void cannot_copy(const Value& v) {
  raise_type_error(fmt::format("cannot pickle '{}' object", type_name(v)));
}

class DeepCopier;

// copy._reconstruct for an instance of a class (object.__reduce_ex__(4)):
// cls.__new__(cls), then the state (__getstate__() or a copy of __dict__)
// through __setstate__ or into the new __dict__, then the items of a list or
// dict subclass. `dc` is the deep copier, or null for a shallow copy.
Value reconstruct(const Value& x, DeepCopier* dc);

Value copy_value(const Value& x) {
  if (is_atomic(x)) return x;
  if (has_heap_type(x)) {
    Value copier = getattr_or_unbound(Value(static_cast<Object*>(type_of(x))), intern("__copy__"));
    if (!copier.is_unbound()) return call1(copier, x);
    return reconstruct(x, nullptr);
  }
  switch (x.obj()->type->id) {
    case TypeId::Tuple:
    case TypeId::FrozenSet:
    case TypeId::Slice:
      return x;
    case TypeId::List:
      return make_list(x.as<ListObject>()->items);
    case TypeId::Dict: {
      Value d = make_dict();
      dict_update(as_dict(d), x);
      return d;
    }
    case TypeId::Set: {
      Value s = make_set();
      set_update(s.as<SetObject>(), x);
      return s;
    }
    default:
      break;
  }
  Value m = special_method(x, "__copy__");
  if (!m.is_unbound()) return call0(m);
  cannot_copy(x);
}

Value id_key(const Value& x) {
  return Value::integer(static_cast<int64_t>(reinterpret_cast<uintptr_t>(x.obj())));
}

class DeepCopier {
 public:
  explicit DeepCopier(Value memo) : memo_(std::move(memo)) {}

  Value copy(const Value& x) {
    if (is_atomic(x)) return x;
    Value key = id_key(x);
    Value found = as_dict(memo_)->get(key);
    if (!found.is_unbound()) return found;
    Value y;
    if (has_heap_type(x)) {
      Value copier = getattr_or_unbound(x, intern("__deepcopy__"));
      y = copier.is_unbound() ? reconstruct(x, this) : call1(copier, memo_);
      if (!y.is(x)) as_dict(memo_)->set(key, y);
      return y;
    }
    switch (x.obj()->type->id) {
      case TypeId::List: {
        y = make_list();
        as_dict(memo_)->set(key, y);
        auto* src = x.as<ListObject>();
        for (size_t i = 0; i < src->items.size(); ++i) {
          Value item = src->items[i];
          Value c = copy(item);
          y.as<ListObject>()->items.push_back(c);
        }
        break;
      }
      case TypeId::Tuple: {
        const auto& items = x.as<TupleObject>()->items;
        std::vector<Value> out;
        out.reserve(items.size());
        for (const Value& item : items) out.push_back(copy(item));
        // A recursive tuple may have been copied meanwhile.
        found = as_dict(memo_)->get(key);
        if (!found.is_unbound()) return found;
        bool same = true;
        for (size_t i = 0; i < items.size() && same; ++i) same = out[i].is(items[i]);
        y = same ? x : make_tuple(std::move(out));
        break;
      }
      case TypeId::Dict: {
        y = make_dict();
        as_dict(memo_)->set(key, y);
        std::vector<DictEntry> entries = x.as<DictObject>()->entries;
        for (const DictEntry& e : entries) {
          if (e.key.is_unbound()) continue;
          Value k = copy(e.key);
          Value v = copy(e.value);
          as_dict(y)->set(k, v);
        }
        break;
      }
      case TypeId::Set:
      case TypeId::FrozenSet: {
        std::vector<Value> items;
        x.as<SetObject>()->each([&](const Value& k) { items.push_back(k); });
        std::vector<Value> copied;
        for (const Value& item : items) copied.push_back(copy(item));
        y = x.obj()->type->id == TypeId::Set ? make_set() : make_frozenset();
        for (const Value& c : copied) y.as<SetObject>()->add(c);
        break;
      }
      case TypeId::Slice:
        y = x;  // slices hold atoms in practice
        break;
      default: {
        Value m = special_method(x, "__deepcopy__");
        if (m.is_unbound()) cannot_copy(x);
        y = call1(m, memo_);
        break;
      }
    }
    if (!y.is(x)) as_dict(memo_)->set(key, y);
    return y;
  }

  void remember(const Value& x, const Value& y) { as_dict(memo_)->set(id_key(x), y); }

 private:
  Value memo_;  // strong: dict id(original) -> copy
};

Value reconstruct(const Value& x, DeepCopier* dc) {
  TypeObject* cls = type_of(x);
  Value clsv(static_cast<Object*>(cls));
  Value y = call1(getattr(clsv, intern("__new__")), clsv);
  if (dc) dc->remember(x, y);
  Value state;
  // __slots__ values (object.__getstate__'s second item): name -> value.
  std::vector<std::pair<Value, Value>> slot_state;
  if (!lookup_user_special(cls, intern("__getstate__")).is_unbound()) {
    state = call0(getattr(x, intern("__getstate__")));
  } else {
    Value d = getattr_or_unbound(x, intern("__dict__"));
    if (is_dict(d) && as_dict(d)->size() > 0) state = d;
    if (std::vector<Value>* slots = x.obj()->instance_slots(); slots && !slots->empty()) {
      for (TypeObject* k : cls->mro) {
        if (!k->heap) continue;
        for (const DictEntry& e : as_dict(k->dict)->entries) {
          if (e.key.is_unbound() || !e.value.is_obj() || e.value.obj()->type != types::member_descriptor) continue;
          int64_t i = e.value.as<MemberObject>()->index;
          if (i >= 0 && static_cast<size_t>(i) < slots->size() && !(*slots)[static_cast<size_t>(i)].is_unbound())
            slot_state.emplace_back(e.key, (*slots)[static_cast<size_t>(i)]);
        }
      }
    }
  }
  if (!state.is_unbound() && !state.is_none()) {
    if (dc) state = dc->copy(state);
    if (!lookup_user_special(cls, intern("__setstate__")).is_unbound()) {
      call1(getattr(y, intern("__setstate__")), state);
    } else {
      if (!is_dict(state)) raise_type_error(fmt::format("'{}' object is not a mapping", type_name(state)));
      dict_update(as_dict(getattr(y, intern("__dict__"))), state);
    }
  }
  for (const auto& [name, value] : slot_state) setattr(y, as_str(name), dc ? dc->copy(value) : value);
  if (is_list(x)) {
    std::vector<Value> items = x.as<ListObject>()->items;
    for (const Value& item : items) y.as<ListObject>()->items.push_back(dc ? dc->copy(item) : item);
  } else if (is_dict(x)) {
    std::vector<DictEntry> entries = x.as<DictObject>()->entries;
    for (const DictEntry& e : entries) {
      if (e.key.is_unbound()) continue;
      if (dc)
        setitem(y, dc->copy(e.key), dc->copy(e.value));
      else
        setitem(y, e.key, e.value);
    }
  }
  return y;
}

Value copy_copy(const Value&, CallArgs args) {
  static constexpr std::array<const char*, 1> kNames = {"x"};
  Value a[1];
  modules::bind_py_args("copy", args, kNames, 1, a);
  return copy_value(a[0]);
}

Value copy_deepcopy(const Value&, CallArgs args) {
  static constexpr std::array<const char*, 3> kNames = {"x", "memo", "_nil"};
  Value a[3];
  modules::bind_py_args("deepcopy", args, kNames, 1, a);
  Value memo = a[1].is_unbound() || a[1].is_none() ? make_dict() : a[1];
  if (!is_dict(memo)) raise_attribute_error(fmt::format("'{}' object has no attribute 'get'", type_name(memo)));
  return DeepCopier(memo).copy(a[0]);
}

}  // namespace

void init_copy_module(ModuleObject* m) {
  modules::def(m, "copy", &copy_copy);
  modules::def(m, "deepcopy", &copy_deepcopy);
}

}  // namespace pywalk
