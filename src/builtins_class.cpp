// The builtins about classes and namespaces: type(name, bases, dict),
// staticmethod, classmethod, property, super (their types live in
// objects/descriptor.cpp), dir, vars and locals.
#include <fmt/format.h>

#include <algorithm>

#include "ops_heap.h"
#include "pywalk/builtins.h"
#include "pywalk/errors.h"
#include "pywalk/interpreter.h"
#include "pywalk/objects/class.h"
#include "pywalk/objects/descriptor.h"
#include "pywalk/objects/dict.h"
#include "pywalk/objects/function.h"
#include "pywalk/objects/instance.h"
#include "pywalk/objects/list.h"
#include "pywalk/objects/module.h"
#include "pywalk/objects/str.h"
#include "pywalk/ops.h"

namespace pywalk {

Value type_new3(CallArgs args) {
  const Value& name = args.positional[0];
  const Value& bases = args.positional[1];
  const Value& ns = args.positional[2];
  if (!is_str(name)) raise_type_error(fmt::format("type.__new__() argument 1 must be str, not {}", type_name(name)));
  if (!is_tuple(bases))
    raise_type_error(fmt::format("type.__new__() argument 2 must be tuple, not {}", type_name(bases)));
  if (!is_dict(ns)) raise_type_error(fmt::format("type.__new__() argument 3 must be dict, not {}", type_name(ns)));
  for (const Value& b : bases.as<TupleObject>()->items)
    if (!is_type(b))
      raise_type_error(
          "metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses "
          "of all its bases");
  return build_class(intern(as_str(name)->view()), bases.as<TupleObject>()->items, as_dict(ns), args);
}

namespace {

// The names bound in a frame, as locals() shows them: the class body's or
// module's namespace itself, or a new dict of a function's bound variables.
Value frame_locals(const Frame* f) {
  if (!f) return Interpreter::current()->current_globals();
  if (f->locals) return Value(static_cast<Object*>(f->locals));
  if (!f->slots) return Value(static_cast<Object*>(f->globals));
  Value d = make_dict();
  const Scope* sc = f->scope;
  for (size_t i = 0; i < sc->varnames.size(); ++i) {
    bool is_cell = false;
    for (const auto& [local, cell] : sc->param_cells) is_cell = is_cell || local == static_cast<int32_t>(i);
    if (is_cell) continue;
    if (!f->slots[i].is_unbound()) as_dict(d)->set_str(intern(sc->varnames[i]), f->slots[i]);
  }
  for (size_t i = 0; i < sc->cellvars.size(); ++i) {
    const Value& v = f->env->slots[i];
    if (!v.is_unbound()) as_dict(d)->set_str(intern(sc->cellvars[i]), v);
  }
  for (const Symbol& sym : sc->symbols) {
    if (sym.scope != NameScope::Free) continue;
    Env* e = f->env;
    for (int32_t i = 0; i < sym.hops && e; ++i) e = e->parent.get();
    if (e && !e->slots[sym.slot].is_unbound()) as_dict(d)->set_str(intern(sym.name), e->slots[sym.slot]);
  }
  return d;
}

Value builtin_locals(const Value&, CallArgs args) {
  ArgParser("locals", args).no_keywords().positional(0, 0);
  return frame_locals(Interpreter::current()->current_frame());
}

Value builtin_vars(const Value&, CallArgs args) {
  ArgParser("vars", args).no_keywords();
  check_positional("vars", args.positional.size(), 0, 1);
  if (args.positional.empty()) return frame_locals(Interpreter::current()->current_frame());
  Value d = getattr_or_unbound(args.positional[0], names::dict);
  if (d.is_unbound()) raise_type_error("vars() argument must have __dict__ attribute");
  return d;
}

std::vector<std::string> dict_names(const Value& d) {
  std::vector<std::string> out;
  for (const DictEntry& e : d.as<DictObject>()->entries)
    if (is_str(e.key)) out.push_back(as_str(e.key)->data);
  return out;
}

Value builtin_dir(const Value&, CallArgs args) {
  ArgParser("dir", args).no_keywords();
  check_positional("dir", args.positional.size(), 0, 1);
  std::vector<std::string> names_list;
  if (args.positional.empty()) {
    names_list = dict_names(frame_locals(Interpreter::current()->current_frame()));
  } else {
    const Value& obj = args.positional[0];
    TypeObject* t = type_of(obj);
    Value user_dir = t->heap ? lookup_user_special(t, names::dir) : Value();
    if (!user_dir.is_unbound()) {
      for_each(call_special0(user_dir, obj), [&](const Value& x) {
        if (!is_str(x)) raise_type_error("'<' not supported between instances of 'str' and '" + type_name(x) + "'");
        names_list.push_back(as_str(x)->data);
      });
    } else if (is_type(obj)) {
      names_list = type_dir(obj.as<TypeObject>());
    } else if (is_module(obj)) {
      names_list = dict_names(obj.as<ModuleObject>()->dict);
    } else {
      names_list = type_dir(t);
      if (DictObject* d = t->heap ? instance_dict_of(obj) : nullptr) {
        auto more = dict_names(Value(static_cast<Object*>(d)));
        names_list.insert(names_list.end(), more.begin(), more.end());
      } else if (is_function(obj) && is_dict(obj.as<FunctionObject>()->dict)) {
        auto more = dict_names(obj.as<FunctionObject>()->dict);
        names_list.insert(names_list.end(), more.begin(), more.end());
      }
    }
  }
  std::sort(names_list.begin(), names_list.end());
  names_list.erase(std::unique(names_list.begin(), names_list.end()), names_list.end());
  std::vector<Value> items;
  items.reserve(names_list.size());
  for (auto& n : names_list) items.push_back(make_str(n));
  return make_list(std::move(items));
}

void add_type(DictObject* b, TypeObject* t) { b->set_str(intern(t->name), Value(static_cast<Object*>(t))); }

}  // namespace

void register_builtins_class(DictObject* b) {
  for (TypeObject* t : {types::staticmethod, types::classmethod, types::property, types::super}) add_type(b, t);
  add_builtin(b, "locals", &builtin_locals);
  add_builtin(b, "vars", &builtin_vars);
  add_builtin(b, "dir", &builtin_dir);
}

}  // namespace pywalk
