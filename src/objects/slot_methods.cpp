// The special methods of the builtin types as attributes: object.__init__,
// object.__eq__, list.__getitem__, int.__add__, BaseException.__init__...
// They let classes reach their builtin base (`super().__init__(...)`,
// `dict.__setitem__(self, k, v)`, `object.__setattr__(self, n, v)`) and make
// dir()/hasattr() see what CPython shows. Each runs the builtin behaviour of
// its layout (ops_heap.h's *_layout functions), never a class's override,
// so calling one from that override does not recurse.
#include <fmt/format.h>

#include "../ops_heap.h"
#include "pywalk/builtins.h"
#include "pywalk/errors.h"
#include "pywalk/objects/builtin.h"
#include "pywalk/objects/class.h"
#include "pywalk/objects/descriptor.h"
#include "pywalk/objects/dict.h"
#include "pywalk/objects/exception.h"
#include "pywalk/objects/instance.h"
#include "pywalk/objects/list.h"
#include "pywalk/objects/set.h"
#include "pywalk/objects/str.h"
#include "pywalk/ops.h"

namespace pywalk {

bool object_new_is(const Value& v);
bool object_init_is(const Value& v);

namespace {

Value object_new_value;   // object.__new__ (a builtin bound to `object`)
Value object_init_value;  // object.__init__ (a slot wrapper)

bool excess(CallArgs args, size_t allowed) { return args.positional.size() > allowed || !args.kw_values.empty(); }

const Value& one(const char* name, CallArgs args) {
  ArgParser(name, args).no_keywords().positional(1, 1);
  return args.positional[0];
}

void no_args(const char* name, CallArgs args) { ArgParser(name, args).no_keywords().positional(0, 0); }

Value not_implemented_if_unbound(Value v) { return v.is_unbound() ? not_implemented_value() : v; }

StrObject* name_arg(const Value& v) {
  if (!is_str(v)) raise_type_error(fmt::format("attribute name must be string, not '{}'", type_name(v)));
  return intern(as_str(v)->view());
}

// ------------------------------------------------------------------ object

Value object_new_fn(const Value&, CallArgs args) {
  if (args.positional.empty()) raise_type_error("object.__new__(): not enough arguments");
  const Value& c = args.positional[0];
  if (!is_type(c)) raise_type_error(fmt::format("object.__new__(X): X is not a type object ({})", type_name(c)));
  auto* cls = c.as<TypeObject>();
  if (excess(args, 1)) {
    if (!object_new_is(type_lookup(cls, names::new_)))
      raise_type_error("object.__new__() takes exactly one argument (the type to instantiate)");
    if (object_init_is(type_lookup(cls, names::init)))
      raise_type_error(fmt::format("{}() takes no arguments", cls->name));
  }
  if (cls != types::object && cls->id != TypeId::Instance) {
    TypeObject* base = cls;
    while (base->heap) base = base->base;
    raise_type_error(fmt::format("object.__new__({}) is not safe, use {}.__new__()", cls->name, base->name));
  }
  return new_instance(cls);
}

Value object_init_fn(const Value& self, CallArgs args) {
  if (excess(args, 0)) {
    TypeObject* t = type_of(self);
    if (!object_init_is(type_lookup(t, names::init)))
      raise_type_error("object.__init__() takes exactly one argument (the instance to initialize)");
    if (object_new_is(type_lookup(t, names::new_)))
      raise_type_error(
          fmt::format("{}.__init__() takes exactly one argument (the instance to initialize)", t->name));
  }
  return Value::none();
}

Value object_repr_fn(const Value& self, CallArgs args) {
  no_args("__repr__", args);
  return make_str(repr_layout(self));
}

Value object_str_fn(const Value& self, CallArgs args) {
  no_args("__str__", args);
  return make_str(repr(self));
}

Value object_format_fn(const Value& self, CallArgs args) {
  const Value& spec = one("__format__", args);
  if (!is_str(spec)) raise_type_error(fmt::format("__format__() argument must be str, not {}", type_name(spec)));
  if (as_str(spec)->length != 0)
    raise_type_error(fmt::format("unsupported format string passed to {}.__format__", type_name(self)));
  return make_str(str(self));
}

Value object_hash_fn(const Value& self, CallArgs args) {
  no_args("__hash__", args);
  return Value::integer(identity_hash(self));
}

template <CmpOpKind op>
Value object_cmp_fn(const Value& self, CallArgs args) {
  const Value& other = one(op == CmpOpKind::Eq ? "__eq__" : "__ne__", args);
  if (op == CmpOpKind::Eq) return self.is(other) ? Value::boolean(true) : not_implemented_value();
  if (op == CmpOpKind::NotEq) {
    Value r = has_heap_type(self) ? richcompare_slot(self, other, CmpOpKind::Eq) : compare_layout(self, other, CmpOpKind::Eq);
    if (r.is_unbound()) return self.is(other) ? Value::boolean(false) : not_implemented_value();
    return Value::boolean(!truthy(r));
  }
  return not_implemented_value();
}

Value object_getattribute_fn(const Value& self, CallArgs args) {
  StrObject* name = name_arg(one("__getattribute__", args));
  Value v = has_heap_type(self) ? object_getattribute(self, name) : getattr_layout(self, name);
  if (v.is_unbound()) {
    if (has_heap_type(self)) raise_no_attribute(self, name);
    return getattr(self, name);
  }
  return v;
}

Value object_setattr_fn(const Value& self, CallArgs args) {
  ArgParser("__setattr__", args).no_keywords().positional(2, 2);
  StrObject* name = name_arg(args.positional[0]);
  if (has_heap_type(self)) generic_setattr(self, name, args.positional[1]);
  else setattr(self, name, args.positional[1]);
  return Value::none();
}

Value object_delattr_fn(const Value& self, CallArgs args) {
  StrObject* name = name_arg(one("__delattr__", args));
  if (has_heap_type(self)) generic_setattr(self, name, Value());
  else delattr(self, name);
  return Value::none();
}

Value object_init_subclass_fn(const Value& cls, CallArgs args) {
  if (!args.kw_values.empty() || !args.positional.empty())
    raise_type_error(fmt::format("{}.__init_subclass__() takes no keyword arguments", cls.as<TypeObject>()->name));
  return Value::none();
}

Value object_subclasshook_fn(const Value&, CallArgs) { return not_implemented_value(); }

Value object_dir_fn(const Value& self, CallArgs args) {
  no_args("__dir__", args);
  std::vector<std::string> names_list = type_dir(type_of(self));
  if (DictObject* d = has_heap_type(self) ? instance_dict_of(self) : nullptr)
    for (const DictEntry& e : d->entries)
      if (is_str(e.key)) names_list.push_back(as_str(e.key)->data);
  std::vector<Value> items;
  for (auto& n : names_list) items.push_back(make_str(n));
  return make_list(std::move(items));
}

Value object_reduce_fn(const Value& self, CallArgs) {
  raise_type_error(fmt::format("cannot pickle '{}' object", type_name(self)));
}

Value object_getstate_fn(const Value& self, CallArgs args) {
  no_args("__getstate__", args);
  DictObject* d = has_heap_type(self) ? instance_dict_of(self) : nullptr;
  if (!d || d->size() == 0) return Value::none();
  return Value(static_cast<Object*>(d));
}

Value object_sizeof_fn(const Value& self, CallArgs args) {
  no_args("__sizeof__", args);
  return Value::integer(self.is_obj() ? 48 : 24);
}

// --------------------------------------------------------- builtin layouts

// `int.__new__(cls, ...)`: the builtin bound to `int` makes a `cls` instance.
Value type_new_fn(const Value& self, CallArgs args) {
  auto* base = self.as<TypeObject>();
  if (args.positional.empty()) raise_type_error(fmt::format("{}.__new__(): not enough arguments", base->name));
  const Value& c = args.positional[0];
  if (!is_type(c))
    raise_type_error(fmt::format("{}.__new__(X): X is not a type object ({})", base->name, type_name(c)));
  auto* cls = c.as<TypeObject>();
  if (!cls->is_subtype_of(base))
    raise_type_error(fmt::format("{}.__new__({}): {} is not a subtype of {}", base->name, cls->name, cls->name,
                                 base->name));
  CallArgs rest{args.positional.subspan(1), args.kw_values, args.kw_names};
  if (!cls->heap) return call(c, rest);
  return builtin_new_for(base, cls, rest);
}

Value list_init_fn(const Value& self, CallArgs args) {
  ArgParser("list", args).no_keywords().positional(0, 1);
  auto* l = self.as<ListObject>();
  std::vector<Value> items = args.positional.empty() ? std::vector<Value>() : to_vector(args.positional[0]);
  l->items = std::move(items);
  return Value::none();
}

Value dict_init_fn(const Value& self, CallArgs args) {
  check_positional("dict", args.positional.size(), 0, 1);
  auto* d = self.as<DictObject>();
  if (!args.positional.empty()) dict_update(d, args.positional[0]);
  for (size_t i = 0; i < args.kw_names.size(); ++i) d->set_str(args.kw_names[i], args.kw_values[i]);
  return Value::none();
}

Value set_init_fn(const Value& self, CallArgs args) {
  ArgParser("set", args).no_keywords().positional(0, 1);
  auto* s = self.as<SetObject>();
  s->clear();
  if (!args.positional.empty()) set_update(s, args.positional[0]);
  return Value::none();
}

Value exception_init_fn(const Value& self, CallArgs args) {
  if (!args.kw_values.empty())
    raise_type_error(fmt::format("{}() takes no keyword arguments", type_name(self)));
  self.as<ExceptionObject>()->args = make_tuple(std::vector<Value>(args.positional.begin(), args.positional.end()));
  return Value::none();
}

Value exception_str_fn(const Value& self, CallArgs args) {
  no_args("__str__", args);
  return make_str(exception_str(self.as<ExceptionObject>()));
}

Value layout_str_fn(const Value& self, CallArgs args) {
  no_args("__str__", args);
  if (is_str(self)) return make_str(as_str(self)->view());
  return make_str(repr_layout(self));
}

Value layout_format_fn(const Value& self, CallArgs args) {
  const Value& spec = one("__format__", args);
  if (!is_str(spec)) raise_type_error(fmt::format("__format__() argument must be str, not {}", type_name(spec)));
  return make_str(format_layout(self, as_str(spec)->view()));
}

Value layout_hash_fn(const Value& self, CallArgs args) {
  no_args("__hash__", args);
  return Value::integer(hash_layout(self));
}

template <CmpOpKind op>
Value layout_cmp_fn(const Value& self, CallArgs args) {
  return not_implemented_if_unbound(compare_layout(self, one("__eq__", args), op));
}

template <BinOpKind op>
Value layout_binop_fn(const Value& self, CallArgs args) {
  return not_implemented_if_unbound(binary_layout(op, self, one("__add__", args)));
}

template <BinOpKind op>
Value layout_rbinop_fn(const Value& self, CallArgs args) {
  return not_implemented_if_unbound(binary_layout(op, one("__radd__", args), self));
}

template <BinOpKind op>
Value layout_ibinop_fn(const Value& self, CallArgs args) {
  const Value& other = one("__iadd__", args);
  Value r = inplace_layout(op, self, other);
  if (r.is_unbound()) r = binary_layout(op, self, other);
  return not_implemented_if_unbound(r);
}

template <UnaryOpKind op>
Value layout_unary_fn(const Value& self, CallArgs args) {
  no_args("__neg__", args);
  Value r = unary_layout(op, self);
  if (r.is_unbound()) raise_type_error(fmt::format("bad operand type for unary -: '{}'", type_name(self)));
  return r;
}

Value layout_abs_fn(const Value& self, CallArgs args) {
  no_args("__abs__", args);
  if (self.is_float()) return Value::floating(self.as_float() < 0 ? -self.as_float() : self.as_float());
  Value v = index_value(self);
  return compare_bool(v, Value::integer(0), CmpOpKind::Lt) ? unary_op(UnaryOpKind::USub, v) : v;
}

Value layout_bool_fn(const Value& self, CallArgs args) {
  no_args("__bool__", args);
  return Value::boolean(truthy_layout(self));
}

Value layout_index_fn(const Value& self, CallArgs args) {
  no_args("__index__", args);
  return index_value(self);
}

Value layout_float_fn(const Value& self, CallArgs args) {
  no_args("__float__", args);
  return Value::floating(to_double(self.is_float() ? self : index_value(self)));
}

Value layout_int_fn(const Value& self, CallArgs args) {
  no_args("__int__", args);
  if (self.is_float()) return call1(Value(static_cast<Object*>(types::int_)), self);
  return index_value(self);
}

Value layout_len_fn(const Value& self, CallArgs args) {
  no_args("__len__", args);
  return Value::integer(len_layout(self));
}

Value layout_getitem_fn(const Value& self, CallArgs args) { return getitem_layout(self, one("__getitem__", args)); }

Value layout_setitem_fn(const Value& self, CallArgs args) {
  ArgParser("__setitem__", args).no_keywords().positional(2, 2);
  setitem_layout(self, args.positional[0], args.positional[1]);
  return Value::none();
}

Value layout_delitem_fn(const Value& self, CallArgs args) {
  delitem_layout(self, one("__delitem__", args));
  return Value::none();
}

Value layout_contains_fn(const Value& self, CallArgs args) {
  return Value::boolean(contains_layout(self, one("__contains__", args)));
}

Value layout_iter_fn(const Value& self, CallArgs args) {
  no_args("__iter__", args);
  return iter_layout(self);
}

void add_comparisons(TypeObject* t) {
  add_slot_method(t, "__eq__", &layout_cmp_fn<CmpOpKind::Eq>);
  add_slot_method(t, "__ne__", &layout_cmp_fn<CmpOpKind::NotEq>);
  add_slot_method(t, "__lt__", &layout_cmp_fn<CmpOpKind::Lt>);
  add_slot_method(t, "__le__", &layout_cmp_fn<CmpOpKind::LtE>);
  add_slot_method(t, "__gt__", &layout_cmp_fn<CmpOpKind::Gt>);
  add_slot_method(t, "__ge__", &layout_cmp_fn<CmpOpKind::GtE>);
}

template <BinOpKind op>
void add_binop(TypeObject* t, const char* name, bool reflected, bool inplace) {
  add_slot_method(t, fmt::format("__{}__", name).c_str(), &layout_binop_fn<op>);
  if (reflected) add_slot_method(t, fmt::format("__r{}__", name).c_str(), &layout_rbinop_fn<op>);
  if (inplace) add_slot_method(t, fmt::format("__i{}__", name).c_str(), &layout_ibinop_fn<op>);
}

void add_new(TypeObject* t, BuiltinFn fn = &type_new_fn) {
  auto f = make<BuiltinFunctionObject>(types::builtin_function, "__new__", fn, t,
                                       Value(static_cast<Object*>(t)));
  f->make_immortal();
  as_dict(t->dict)->set_str(names::new_, f.value());
}

void add_container(TypeObject* t, bool mutable_items) {
  add_slot_method(t, "__len__", &layout_len_fn);
  add_slot_method(t, "__iter__", &layout_iter_fn);
  add_slot_method(t, "__contains__", &layout_contains_fn);
  if (t != types::set && t != types::frozenset) add_slot_method(t, "__getitem__", &layout_getitem_fn);
  if (mutable_items) {
    add_slot_method(t, "__setitem__", &layout_setitem_fn);
    add_slot_method(t, "__delitem__", &layout_delitem_fn);
  }
}

void add_number(TypeObject* t, bool is_int) {
  add_binop<BinOpKind::Add>(t, "add", true, false);
  add_binop<BinOpKind::Sub>(t, "sub", true, false);
  add_binop<BinOpKind::Mult>(t, "mul", true, false);
  add_binop<BinOpKind::Div>(t, "truediv", true, false);
  add_binop<BinOpKind::FloorDiv>(t, "floordiv", true, false);
  add_binop<BinOpKind::Mod>(t, "mod", true, false);
  add_binop<BinOpKind::Pow>(t, "pow", true, false);
  if (is_int) {
    add_binop<BinOpKind::LShift>(t, "lshift", true, false);
    add_binop<BinOpKind::RShift>(t, "rshift", true, false);
    add_binop<BinOpKind::BitAnd>(t, "and", true, false);
    add_binop<BinOpKind::BitOr>(t, "or", true, false);
    add_binop<BinOpKind::BitXor>(t, "xor", true, false);
    add_slot_method(t, "__invert__", &layout_unary_fn<UnaryOpKind::Invert>);
    add_slot_method(t, "__index__", &layout_index_fn);
  }
  add_slot_method(t, "__neg__", &layout_unary_fn<UnaryOpKind::USub>);
  add_slot_method(t, "__pos__", &layout_unary_fn<UnaryOpKind::UAdd>);
  add_slot_method(t, "__abs__", &layout_abs_fn);
  add_slot_method(t, "__bool__", &layout_bool_fn);
  add_slot_method(t, "__int__", &layout_int_fn);
  add_slot_method(t, "__float__", &layout_float_fn);
}

}  // namespace

bool object_new_is(const Value& v) { return v.is(object_new_value); }
bool object_init_is(const Value& v) { return v.is(object_init_value); }

void init_slot_methods() {
  TypeObject* o = types::object;
  auto* od = as_dict(o->dict);
  add_new(o, &object_new_fn);
  object_new_value = od->get_str(names::new_);
  add_slot_method(o, "__init__", &object_init_fn);
  object_init_value = od->get_str(names::init);
  add_slot_method(o, "__repr__", &object_repr_fn);
  add_slot_method(o, "__str__", &object_str_fn);
  add_method(o, "__format__", &object_format_fn);
  add_slot_method(o, "__hash__", &object_hash_fn);
  add_slot_method(o, "__eq__", &object_cmp_fn<CmpOpKind::Eq>);
  add_slot_method(o, "__ne__", &object_cmp_fn<CmpOpKind::NotEq>);
  add_slot_method(o, "__lt__", &object_cmp_fn<CmpOpKind::Lt>);
  add_slot_method(o, "__le__", &object_cmp_fn<CmpOpKind::LtE>);
  add_slot_method(o, "__gt__", &object_cmp_fn<CmpOpKind::Gt>);
  add_slot_method(o, "__ge__", &object_cmp_fn<CmpOpKind::GtE>);
  add_slot_method(o, "__getattribute__", &object_getattribute_fn);
  add_slot_method(o, "__setattr__", &object_setattr_fn);
  add_slot_method(o, "__delattr__", &object_delattr_fn);
  add_method(o, "__dir__", &object_dir_fn);
  add_method(o, "__reduce__", &object_reduce_fn);
  add_method(o, "__reduce_ex__", &object_reduce_fn);
  add_method(o, "__getstate__", &object_getstate_fn);
  add_method(o, "__sizeof__", &object_sizeof_fn);
  for (auto [name, fn] : {std::pair{"__init_subclass__", &object_init_subclass_fn},
                          std::pair{"__subclasshook__", &object_subclasshook_fn}}) {
    Value c = make_classmethod(make<BuiltinFunctionObject>(types::builtin_function, name, fn, o, Value()).value());
    c.obj()->make_immortal();
    od->set_str(intern(name), c);
  }
  od->set_str(names::doc, make_str(
                              "The base class of the class hierarchy.\n\nWhen called, it accepts no arguments and "
                              "returns a new featureless\ninstance that has no instance attributes and cannot be "
                              "given any.\n"));
  od->set_str(names::class_, getset_descriptor(o, names::class_));

  // The builtin layouts a class may extend, and their neighbours.
  for (TypeObject* t : {types::int_, types::str, types::tuple, types::frozenset, types::list, types::dict, types::set,
                        exc::BaseException})
    add_new(t);
  add_slot_method(types::list, "__init__", &list_init_fn);
  add_slot_method(types::dict, "__init__", &dict_init_fn);
  add_slot_method(types::set, "__init__", &set_init_fn);
  add_slot_method(exc::BaseException, "__init__", &exception_init_fn);
  add_slot_method(exc::BaseException, "__str__", &exception_str_fn);
  add_slot_method(exc::BaseException, "__repr__", &object_repr_fn);
  as_dict(exc::BaseException->dict)->set_str(names::dict, getset_descriptor(exc::BaseException, names::dict));
  for (TypeObject* t : {types::int_, types::float_, types::str, types::list, types::tuple, types::dict, types::set,
                        types::frozenset, types::range}) {
    add_slot_method(t, "__repr__", &object_repr_fn);
    add_comparisons(t);
  }
  for (TypeObject* t : {types::int_, types::float_, types::str}) {
    add_method(t, "__format__", &layout_format_fn);
    add_slot_method(t, "__hash__", &layout_hash_fn);
  }
  add_slot_method(types::str, "__str__", &layout_str_fn);
  for (TypeObject* t : {types::tuple, types::frozenset, types::range}) add_slot_method(t, "__hash__", &layout_hash_fn);
  for (TypeObject* t : {types::list, types::dict, types::set}) as_dict(t->dict)->set_str(names::hash, Value::none());
  add_number(types::int_, true);
  add_number(types::float_, false);
  add_container(types::str, false);
  add_container(types::tuple, false);
  add_container(types::range, false);
  add_container(types::frozenset, false);
  add_container(types::set, false);
  add_container(types::list, true);
  add_container(types::dict, true);
  for (TypeObject* t : {types::str, types::list, types::tuple}) {
    add_binop<BinOpKind::Add>(t, "add", false, t == types::list);
    add_binop<BinOpKind::Mult>(t, "mul", true, t == types::list);
  }
  add_binop<BinOpKind::Mod>(types::str, "mod", true, false);
  for (TypeObject* t : {types::set, types::frozenset}) {
    add_binop<BinOpKind::BitOr>(t, "or", true, t == types::set);
    add_binop<BinOpKind::BitAnd>(t, "and", true, t == types::set);
    add_binop<BinOpKind::BitXor>(t, "xor", true, t == types::set);
    add_binop<BinOpKind::Sub>(t, "sub", true, t == types::set);
  }
  add_binop<BinOpKind::BitOr>(types::dict, "or", true, true);
}

}  // namespace pywalk
