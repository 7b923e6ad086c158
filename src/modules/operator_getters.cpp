// The `operator` module, part 2: itemgetter, attrgetter (dotted names) and
// methodcaller, callable objects with CPython's reprs
// (`operator.itemgetter(1)`, `operator.methodcaller('f', 1, k=2)`) and
// messages.
#include <fmt/format.h>

#include "pywalk/builtins.h"
#include "pywalk/errors.h"
#include "pywalk/gc.h"
#include "pywalk/modules/native.h"
#include "pywalk/modules/operator.h"
#include "pywalk/objects/list.h"
#include "pywalk/objects/module.h"
#include "pywalk/objects/str.h"
#include "pywalk/ops.h"

namespace pywalk {

namespace {

// ------------------------------------------------------------ itemgetter

TypeObject* itemgetter_type = nullptr;
TypeObject* attrgetter_type = nullptr;
TypeObject* methodcaller_type = nullptr;

// itemgetter and attrgetter: `items` are the keys / attribute names.
struct GetterObject : Object {
  GetterObject(TypeObject* t, std::vector<Value> v) : Object(t), items(std::move(v)) { gc_track(this); }
  std::vector<Value> items;  // strong
  void traverse(GcVisitor& v) const override {
    for (const Value& x : items) v.visit(x);
  }
  void clear_refs() override {
    std::vector<Value> old;
    old.swap(items);
  }
};

std::string getter_repr(const Value& self) {
  auto* g = self.as<GetterObject>();
  if (repr_busy(g)) return fmt::format("{}(...)", g->type->name);
  ReprBusyGuard guard(g);
  std::string s;
  for (size_t i = 0; i < g->items.size(); ++i) s += (i ? ", " : "") + repr(g->items[i]);
  return fmt::format("{}({})", g->type->name, s);
}

Value itemgetter_construct(TypeObject*, CallArgs args) {
  if (!args.kw_names.empty()) raise_type_error("itemgetter() takes no keyword arguments");
  if (args.positional.empty()) raise_type_error("itemgetter expected 1 argument, got 0");
  return make<GetterObject>(itemgetter_type, std::vector<Value>(args.positional.begin(), args.positional.end()))
      .value();
}

Value itemgetter_call(const Value& self, CallArgs args) {
  if (!args.kw_names.empty()) raise_type_error("itemgetter() takes no keyword arguments");
  check_positional("itemgetter", args.positional.size(), 1, 1);
  auto* g = self.as<GetterObject>();
  const Value& obj = args.positional[0];
  if (g->items.size() == 1) return getitem(obj, g->items[0]);
  std::vector<Value> out;
  for (size_t i = 0; i < g->items.size(); ++i) out.push_back(getitem(obj, g->items[i]));
  return make_tuple(std::move(out));
}

// ------------------------------------------------------------ attrgetter

Value attrgetter_construct(TypeObject*, CallArgs args) {
  if (!args.kw_names.empty()) raise_type_error("attrgetter() takes no keyword arguments");
  if (args.positional.empty()) raise_type_error("attrgetter expected 1 argument, got 0");
  for (const Value& a : args.positional)
    if (!is_str(a)) raise_type_error("attribute name must be a string");
  return make<GetterObject>(attrgetter_type, std::vector<Value>(args.positional.begin(), args.positional.end()))
      .value();
}

Value dotted_getattr(Value obj, const StrObject* path) {
  std::string_view p = path->view();
  size_t start = 0;
  for (;;) {
    size_t dot = p.find('.', start);
    std::string_view part = p.substr(start, dot == std::string_view::npos ? std::string_view::npos : dot - start);
    obj = getattr(obj, intern(part));
    if (dot == std::string_view::npos) return obj;
    start = dot + 1;
  }
}

Value attrgetter_call(const Value& self, CallArgs args) {
  if (!args.kw_names.empty()) raise_type_error("attrgetter() takes no keyword arguments");
  check_positional("attrgetter", args.positional.size(), 1, 1);
  auto* g = self.as<GetterObject>();
  const Value& obj = args.positional[0];
  if (g->items.size() == 1) return dotted_getattr(obj, g->items[0].as<StrObject>());
  std::vector<Value> out;
  for (size_t i = 0; i < g->items.size(); ++i) out.push_back(dotted_getattr(obj, g->items[i].as<StrObject>()));
  return make_tuple(std::move(out));
}

// ---------------------------------------------------------- methodcaller

struct MethodCallerObject : Object {
  MethodCallerObject() : Object(methodcaller_type) { gc_track(this); }
  Value name;                        // strong: the method name (str)
  std::vector<Value> args;           // strong
  std::vector<Value> kw_values;      // strong
  std::vector<StrObject*> kw_names;  // interned (immortal)
  void traverse(GcVisitor& v) const override {
    v.visit(name);
    for (const Value& x : args) v.visit(x);
    for (const Value& x : kw_values) v.visit(x);
  }
  void clear_refs() override {
    std::vector<Value> a, b;
    a.swap(args);
    b.swap(kw_values);
    kw_names.clear();
  }
};

Value methodcaller_construct(TypeObject*, CallArgs args) {
  if (args.positional.empty()) raise_type_error("methodcaller needs at least one argument, the method name");
  if (!is_str(args.positional[0])) raise_type_error("method name must be a string");
  auto m = make<MethodCallerObject>();
  m->name = Value(static_cast<Object*>(intern(args.positional[0].as<StrObject>()->view())));
  m->args.assign(args.positional.begin() + 1, args.positional.end());
  m->kw_values.assign(args.kw_values.begin(), args.kw_values.end());
  m->kw_names.assign(args.kw_names.begin(), args.kw_names.end());
  return m.value();
}

Value methodcaller_call(const Value& self, CallArgs args) {
  if (!args.kw_names.empty()) raise_type_error("methodcaller() takes no keyword arguments");
  check_positional("methodcaller", args.positional.size(), 1, 1);
  Ref<MethodCallerObject> m(self.as<MethodCallerObject>());
  Value method = getattr(args.positional[0], m->name.as<StrObject>());
  return call(method, CallArgs{m->args, m->kw_values, m->kw_names});
}

std::string methodcaller_repr(const Value& self) {
  auto* m = self.as<MethodCallerObject>();
  if (repr_busy(m)) return "operator.methodcaller(...)";
  ReprBusyGuard guard(m);
  std::string s = repr(m->name);
  for (const Value& a : m->args) s += ", " + repr(a);
  for (size_t k = 0; k < m->kw_names.size(); ++k)
    s += fmt::format(", {}={}", m->kw_names[k]->view(), repr(m->kw_values[k]));
  return fmt::format("operator.methodcaller({})", s);
}

}  // namespace

void init_operator_getters(ModuleObject* m) {
  if (!itemgetter_type) {
    itemgetter_type = modules::make_native_type("operator.itemgetter");
    itemgetter_type->construct_slot = &itemgetter_construct;
    itemgetter_type->call_slot = &itemgetter_call;
    itemgetter_type->repr_slot = &getter_repr;
    attrgetter_type = modules::make_native_type("operator.attrgetter");
    attrgetter_type->construct_slot = &attrgetter_construct;
    attrgetter_type->call_slot = &attrgetter_call;
    attrgetter_type->repr_slot = &getter_repr;
    methodcaller_type = modules::make_native_type("operator.methodcaller");
    methodcaller_type->construct_slot = &methodcaller_construct;
    methodcaller_type->call_slot = &methodcaller_call;
    methodcaller_type->repr_slot = &methodcaller_repr;
  }
  modules::set_attr(m, "itemgetter", Value(static_cast<Object*>(itemgetter_type)));
  modules::set_attr(m, "attrgetter", Value(static_cast<Object*>(attrgetter_type)));
  modules::set_attr(m, "methodcaller", Value(static_cast<Object*>(methodcaller_type)));
}

}  // namespace pywalk
