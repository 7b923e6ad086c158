// User functions, closure environments, cells and code objects.
#include "pywalk/objects/function.h"

#include <fmt/format.h>

#include "pywalk/errors.h"
#include "pywalk/gc.h"
#include "pywalk/objects/dict.h"
#include "pywalk/objects/list.h"
#include "pywalk/objects/str.h"
#include "pywalk/ops.h"

namespace pywalk {

Env::Env(Env* parent_, size_t nslots) : Object(types::env), parent(parent_), slots(nslots) { gc_track(this); }

void Env::traverse(GcVisitor& v) const {
  v.visit(parent.get());
  for (const Value& s : slots) v.visit(s);
  for (const Value& c : cells) v.visit(c);
}

void Env::clear_refs() {
  parent = nullptr;
  for (Value& s : slots) s = Value();
  cells.clear();
}

CodeObject::CodeObject(const Scope* scope_, const std::string* filename_, int first_line_)
    : Object(types::code), scope(scope_), filename(filename_), first_line(first_line_) {}

FunctionObject::FunctionObject() : Object(types::function) { gc_track(this); }

void FunctionObject::traverse(GcVisitor& v) const {
  v.visit(closure.get());
  v.visit(globals);
  v.visit(name);
  v.visit(qualname);
  v.visit(doc);
  v.visit(module);
  for (const Value& d : defaults) v.visit(d);
  for (const Value& d : kwdefaults) v.visit(d);
  v.visit(dict);
  v.visit(annotations);
  v.visit(code);
  v.visit(closure_cells);
}

void FunctionObject::clear_refs() {
  closure = nullptr;
  globals = Value();
  defaults.clear();
  kwdefaults.clear();
  dict = Value();
  annotations = Value();
  closure_cells = Value();
  doc = Value::none();
}

CellObject::CellObject(Ref<Env> env_, int32_t slot_) : Object(types::cell), env(std::move(env_)), slot(slot_) {
  gc_track(this);
}
void CellObject::traverse(GcVisitor& v) const { v.visit(env.get()); }
void CellObject::clear_refs() { env = nullptr; }

std::string function_repr(const FunctionObject* f) {
  return fmt::format("<function {} at {}>", str(f->qualname), fmt::ptr(static_cast<const void*>(f)));
}

static Value names_tuple(const std::vector<std::string>& names) {
  std::vector<Value> items;
  items.reserve(names.size());
  for (const auto& n : names) items.push_back(Value(intern(n)));
  return make_tuple(std::move(items));
}

// The Env holding free variable `sym` of a function, seen from outside a call.
static Env* env_of_free(const FunctionObject* f, const Symbol& sym) {
  int32_t hops = sym.hops - (f->scope->cellvars.empty() ? 0 : 1);
  Env* e = f->closure.get();
  for (int32_t i = 0; i < hops && e; ++i) e = e->parent.get();
  return e;
}

// The cell of one Env slot: the same object every time it is asked for, so
// closures sharing a variable show the same cell, as in CPython.
static Value cell_of(Env* env, int32_t slot) {
  if (env->cells.empty()) env->cells.resize(env->slots.size());
  Value& c = env->cells[static_cast<size_t>(slot)];
  if (c.is_unbound()) c = make<CellObject>(Ref<Env>(env), slot).value();
  return c;
}

static Value closure_tuple(FunctionObject* f) {
  if (f->scope->freevars.empty()) return Value::none();
  if (!f->closure_cells.is_unbound()) return f->closure_cells;
  std::vector<Value> cells;
  for (const std::string& name : f->scope->freevars) {
    for (const Symbol& sym : f->scope->symbols) {
      if (sym.name == name && sym.scope == NameScope::Free) {
        cells.push_back(cell_of(env_of_free(f, sym), sym.slot));
        break;
      }
    }
  }
  f->closure_cells = make_tuple(std::move(cells));
  return f->closure_cells;
}

static Value function_dict(FunctionObject* f) {
  if (f->dict.is_unbound()) f->dict = make_dict();
  return f->dict;
}

Value function_getattr(FunctionObject* f, StrObject* name) {
  std::string_view n = name->view();
  if (n.size() > 4 && n.substr(0, 2) == "__") {
    if (n == "__name__") return f->name;
    if (n == "__qualname__") return f->qualname;
    if (n == "__doc__") return f->doc;
    if (n == "__module__") return f->module;
    if (n == "__globals__") return f->globals;
    if (n == "__dict__") return function_dict(f);
    if (n == "__closure__") return closure_tuple(f);
    if (n == "__defaults__") return f->defaults.empty() ? Value::none() : make_tuple(f->defaults);
    if (n == "__kwdefaults__") {
      Value d = make_dict();
      for (size_t i = 0; i < f->kwdefaults.size(); ++i) {
        if (f->kwdefaults[i].is_unbound()) continue;
        const auto& args = f->def_node ? f->def_node->args : f->lambda_node->args;
        as_dict(d)->set_str(intern(args.kwonlyargs[i].name), f->kwdefaults[i]);
      }
      return as_dict(d)->size() == 0 ? Value::none() : d;
    }
    if (n == "__annotations__") {
      if (f->annotations.is_unbound()) f->annotations = make_dict();
      return f->annotations;
    }
    if (n == "__code__") return f->code;
    if (n == "__class__") return Value(static_cast<Object*>(types::function));
  }
  if (!f->dict.is_unbound()) return as_dict(f->dict)->get_str(name);
  return Value();
}

void function_setattr(FunctionObject* f, StrObject* name, const Value& v) {
  std::string_view n = name->view();
  if (n == "__name__" || n == "__qualname__") {
    if (!is_str(v)) raise_type_error(fmt::format("{} must be set to a string object", n));
    (n == "__name__" ? f->name : f->qualname) = v;
    return;
  }
  if (n == "__doc__") { f->doc = v; return; }
  if (n == "__module__") { f->module = v; return; }
  if (n == "__defaults__") {
    if (v.is_none()) { f->defaults.clear(); return; }
    if (!is_tuple(v)) raise_type_error("__defaults__ must be set to a tuple object");
    f->defaults = v.as<TupleObject>()->items;
    return;
  }
  if (n == "__dict__") {
    if (!is_dict(v)) raise_type_error("__dict__ must be set to a dictionary, not a '" + type_name(v) + "'");
    f->dict = v;
    return;
  }
  if (n == "__annotations__") { f->annotations = v; return; }
  if (n == "__code__" || n == "__closure__" || n == "__globals__" || n == "__kwdefaults__")
    raise_attribute_error("readonly attribute");
  as_dict(function_dict(f))->set_str(name, v);
}

Value cell_getattr(CellObject* c, StrObject* name) {
  if (name->view() == "cell_contents") {
    const Value& v = c->env->slots[c->slot];
    if (v.is_unbound()) raise_value_error("Cell is empty");
    return v;
  }
  return Value();
}

Value code_getattr(CodeObject* c, StrObject* name) {
  std::string_view n = name->view();
  const Scope* s = c->scope;
  if (n == "co_name") return Value(intern(s->name));
  if (n == "co_qualname") return Value(intern(s->qualname));
  if (n == "co_varnames") return names_tuple(s->varnames);
  if (n == "co_cellvars") return names_tuple(s->cellvars);
  if (n == "co_freevars") return names_tuple(s->freevars);
  if (n == "co_argcount") return Value::integer(s->argcount);
  if (n == "co_posonlyargcount") return Value::integer(s->posonlyargcount);
  if (n == "co_kwonlyargcount") return Value::integer(s->kwonlyargcount);
  if (n == "co_nlocals") return Value::integer(static_cast<int64_t>(s->varnames.size()));
  if (n == "co_filename") return make_str(*c->filename);
  if (n == "co_firstlineno") return Value::integer(c->first_line);
  return Value();
}

}  // namespace pywalk
