// super() and the sequence iterators (objects/descriptor.h).
#include <fmt/format.h>

#include "pywalk/builtins.h"
#include "pywalk/errors.h"
#include "pywalk/gc.h"
#include "pywalk/interpreter.h"
#include "pywalk/objects/class.h"
#include "pywalk/objects/descriptor.h"
#include "pywalk/objects/dict.h"
#include "pywalk/objects/function.h"
#include "pywalk/objects/instance.h"
#include "pywalk/objects/str.h"
#include "pywalk/ops.h"

namespace pywalk {

SuperObject::SuperObject(Value type_, Value obj_, Value obj_type_)
    : Object(types::super), type(std::move(type_)), obj(std::move(obj_)), obj_type(std::move(obj_type_)) {
  gc_track(this);
}

void SuperObject::traverse(GcVisitor& v) const {
  v.visit(type);
  v.visit(obj);
  v.visit(obj_type);
}

void SuperObject::clear_refs() { obj = obj_type = Value::none(); }

Value make_super(const Value& type, const Value& obj) {
  if (!is_type(type))
    raise_type_error(fmt::format("super() argument 1 must be a type, not {}", type_name(type)));
  auto* t = type.as<TypeObject>();
  if (obj.is_unbound() || obj.is_none()) return make<SuperObject>(type, Value::none(), Value::none()).value();
  Value obj_type;
  if (is_type(obj) && obj.as<TypeObject>()->is_subtype_of(t)) obj_type = obj;
  else if (type_of(obj)->is_subtype_of(t)) obj_type = Value(static_cast<Object*>(type_of(obj)));
  else raise_type_error("super(type, obj): obj must be an instance or subtype of type");
  return make<SuperObject>(type, obj, obj_type).value();
}

namespace {

// super() in a method: the frame's first argument and its __class__ cell.
Value super_without_args() {
  const Frame* f = Interpreter::current()->current_frame();
  const Scope* sc = f ? f->scope : nullptr;
  if (!sc || sc->argcount == 0 || !f->slots) raise(exc::RuntimeError, "super(): no arguments");
  Value first = f->slots[0];
  for (const auto& [local, cell] : sc->param_cells)
    if (local == 0) first = f->env->slots[cell];
  if (first.is_unbound()) raise(exc::RuntimeError, "super(): arg[0] deleted");
  for (const Symbol& sym : sc->symbols) {
    if (sym.name != "__class__" || sym.scope != NameScope::Free) continue;
    Env* e = f->env;
    for (int32_t i = 0; i < sym.hops && e; ++i) e = e->parent.get();
    Value cls = e ? e->slots[sym.slot] : Value();
    if (cls.is_unbound()) raise(exc::RuntimeError, "super(): empty __class__ cell");
    if (!is_type(cls)) raise(exc::RuntimeError, fmt::format("super(): __class__ is not a type ({})", type_name(cls)));
    return make_super(cls, first);
  }
  raise(exc::RuntimeError, "super(): __class__ cell not found");
}

Value super_construct(TypeObject*, CallArgs args) {
  if (!args.kw_values.empty()) raise_type_error("super() takes no keyword arguments");
  if (args.positional.size() > 2)
    raise_type_error(fmt::format("super() expected at most 2 arguments, got {}", args.positional.size()));
  if (args.positional.empty()) return super_without_args();
  return make_super(args.positional[0], args.positional.size() == 2 ? args.positional[1] : Value());
}

std::string super_repr(const Value& self) {
  auto* s = self.as<SuperObject>();
  std::string t = is_type(s->type) ? fmt::format("<class '{}'>", s->type.as<TypeObject>()->name) : "NULL";
  if (s->obj_type.is_none()) return fmt::format("<super: {}, NULL>", t);
  return fmt::format("<super: {}, <{} object>>", t, s->obj_type.as<TypeObject>()->name);
}

}  // namespace

namespace {

// The attribute `name` of the first class after s->type in the MRO of
// s->obj_type (as super's tp_getattro looks it up), unbound: Unbound if none.
Value find_after_thisclass(const SuperObject* s, StrObject* name) {
  const auto& mro = s->obj_type.as<TypeObject>()->mro;
  size_t i = 0;
  while (i < mro.size() && mro[i] != s->type.obj()) ++i;
  for (++i; i < mro.size(); ++i) {
    if (mro[i]->dict.is_unbound()) continue;
    Value res = as_dict(mro[i]->dict)->get_str(name);
    if (!res.is_unbound()) return res;
  }
  return Value();
}

}  // namespace

Value super_find_method(const Value& super_obj, StrObject* name, Value* self) {
  auto* s = super_obj.as<SuperObject>();
  if (name == names::class_ || !is_type(s->obj_type) || s->obj.is(s->obj_type) || s->obj.is_none()) return Value();
  Value res = find_after_thisclass(s, name);
  if (res.is_unbound() || !is_function(res)) return Value();
  *self = s->obj;
  return res;
}

namespace {

Value super_getattr(const Value& self, StrObject* name) {
  auto* s = self.as<SuperObject>();
  if (name != names::class_ && is_type(s->obj_type)) {
    Value res = find_after_thisclass(s, name);
    if (!res.is_unbound())
      return descr_get(res, s->obj.is(s->obj_type) ? Value() : s->obj, s->obj_type.as<TypeObject>());
  }
  std::string_view n = name->view();
  if (n == "__thisclass__") return s->type;
  if (n == "__self__") return s->obj;
  if (n == "__self_class__") return s->obj_type;
  return Value();
}

// ------------------------------------------------------ sequence iterators

TypeObject* reversed_type = nullptr;

Value seq_iter_next(const Value& self) {
  auto* it = self.as<SeqIterObject>();
  if (it->seq.is_unbound()) return Value();
  if (it->reverse && it->index < 0) {
    it->seq = Value();
    return Value();
  }
  Value seq = it->seq;
  try {
    Value v = getitem(seq, Value::integer(it->index));
    it->index += it->reverse ? -1 : 1;
    return v;
  } catch (PyException& e) {
    TypeObject* t = e.exc.obj()->type;
    if (!t->is_subtype_of(exc::IndexError) && !t->is_subtype_of(exc::StopIteration)) throw;
    it->seq = Value();
    return Value();
  }
}

Value seq_iter_next_method(const Value& self, CallArgs args) {
  ArgParser("__next__", args).no_keywords().positional(0, 0);
  Value v = seq_iter_next(self);
  if (v.is_unbound()) raise_stop_iteration();
  return v;
}

Value seq_iter_iter_method(const Value& self, CallArgs args) {
  ArgParser("__iter__", args).no_keywords().positional(0, 0);
  return self;
}

}  // namespace

SeqIterObject::SeqIterObject(Value seq_, bool reverse_, int64_t start)
    : Object(reverse_ ? reversed_type : types::seq_iterator), seq(std::move(seq_)), index(start), reverse(reverse_) {
  gc_track(this);
}

void SeqIterObject::traverse(GcVisitor& v) const { v.visit(seq); }
void SeqIterObject::clear_refs() { seq = Value(); }

Value make_seq_iterator(Value seq, bool reverse, int64_t start) {
  return make<SeqIterObject>(std::move(seq), reverse, start).value();
}

void init_super_type() {
  auto native = [](const char* name) {
    TypeObject* t = types::make_type(name, TypeId::Native, types::object);
    if (t->dict.is_unbound()) t->dict = make_dict();
    return t;
  };
  types::super = native("super");
  types::super->construct_slot = &super_construct;
  types::super->repr_slot = &super_repr;
  types::super->getattr_slot = &super_getattr;
  types::seq_iterator = native("iterator");
  reversed_type = native("reversed");
  for (TypeObject* t : {types::seq_iterator, reversed_type}) {
    t->next_slot = &seq_iter_next;
    add_method(t, "__next__", &seq_iter_next_method);
    add_method(t, "__iter__", &seq_iter_iter_method);
  }
}

}  // namespace pywalk
