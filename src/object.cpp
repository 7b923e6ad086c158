// Object lifetime and the builtin type objects.
#include "pywalk/object.h"

#include <vector>

#include "pywalk/errors.h"
#include "pywalk/gc.h"
#include "pywalk/objects/class.h"
#include "pywalk/objects/dict.h"

namespace pywalk {

Object::~Object() {
  if (flags & kTracked) gc_untrack(this);
}

namespace {
// Deallocation depth and the queue of objects whose release was deferred:
// freeing a long chain (a linked list of a million nested lists) must not
// recurse a million C++ frames deep.
int release_depth = 0;
std::vector<Object*>* deferred = nullptr;
constexpr int kMaxReleaseDepth = 64;
}  // namespace

void object_release(Object* o) noexcept {
  if (o->immortal()) {
    o->refcount = 1u << 30;
    return;
  }
  if (release_depth >= kMaxReleaseDepth) {
    if (!deferred) deferred = new std::vector<Object*>();
    deferred->push_back(o);
    return;
  }
  ++release_depth;
  delete o;
  --release_depth;
  if (release_depth == 0 && deferred) {
    ++release_depth;
    while (!deferred->empty()) {
      Object* next = deferred->back();
      deferred->pop_back();
      delete next;
    }
    --release_depth;
  }
}

TypeObject::TypeObject(std::string name_, TypeId id_, TypeObject* base_)
    : Object(types::type), name(std::move(name_)), id(id_), base(base_) {
  make_immortal();
  for (TypeObject* t = this; t; t = t->base) mro.push_back(t);
}

TypeObject::TypeObject(HeapTag, std::string name_, TypeId id_, TypeObject* base_)
    : Object(types::type), name(std::move(name_)), id(id_), base(base_), heap(true) {
  gc_track(this);
}

TypeObject::~TypeObject() {
  if (heap) class_unlink_subclass(this);
}

void TypeObject::traverse(GcVisitor& v) const {
  v.visit(dict);
  v.visit(bases);
  v.visit(mro_tuple);
  v.visit(qualname);
}

void TypeObject::clear_refs() {
  if (!heap) return;
  class_unlink_subclass(this);
  dict = Value();
  bases = Value();
  mro.clear();
  mro.push_back(this);
  mro_tuple = Value();
  base = types::object;  // the old base may be garbage too
}

namespace types {
TypeObject* object;
TypeObject* none;
TypeObject* not_implemented;
TypeObject* ellipsis;
TypeObject* bool_;
TypeObject* int_;
TypeObject* float_;
TypeObject* str;
TypeObject* list;
TypeObject* tuple;
TypeObject* dict;
TypeObject* set;
TypeObject* frozenset;
TypeObject* range;
TypeObject* slice;
TypeObject* function;
TypeObject* builtin_function;
TypeObject* method_descriptor;
TypeObject* cell;
TypeObject* code;
TypeObject* env;
TypeObject* type;
TypeObject* module;
TypeObject* list_iterator;
TypeObject* tuple_iterator;
TypeObject* str_iterator;
TypeObject* range_iterator;
TypeObject* dict_keyiterator;
TypeObject* dict_valueiterator;
TypeObject* dict_itemiterator;
TypeObject* set_iterator;
TypeObject* list_reverseiterator;
TypeObject* enumerate;
TypeObject* zip;
TypeObject* map;
TypeObject* filter;
TypeObject* reversed;
TypeObject* generator;
TypeObject* dict_keys;
TypeObject* dict_values;
TypeObject* dict_items;

static std::vector<TypeObject*>& all_types() {
  static std::vector<TypeObject*> v;
  return v;
}

TypeObject* make_type(const char* name, TypeId id, TypeObject* base) {
  auto* t = new TypeObject(name, id, base);
  all_types().push_back(t);
  return t;
}

void init_builtin_types() {
  // `type` is its own type: create it first with a null type, then patch.
  type = make_type("type", TypeId::Type, nullptr);
  type->type = type;
  object = make_type("object", TypeId::Object, nullptr);
  type->base = object;
  none = make_type("NoneType", TypeId::NoneType, object);
  not_implemented = make_type("NotImplementedType", TypeId::NotImplementedType, object);
  ellipsis = make_type("ellipsis", TypeId::Ellipsis, object);
  int_ = make_type("int", TypeId::Int, object);
  bool_ = make_type("bool", TypeId::Bool, int_);
  float_ = make_type("float", TypeId::Float, object);
  str = make_type("str", TypeId::Str, object);
  list = make_type("list", TypeId::List, object);
  tuple = make_type("tuple", TypeId::Tuple, object);
  dict = make_type("dict", TypeId::Dict, object);
  set = make_type("set", TypeId::Set, object);
  frozenset = make_type("frozenset", TypeId::FrozenSet, object);
  range = make_type("range", TypeId::Range, object);
  slice = make_type("slice", TypeId::Slice, object);
  function = make_type("function", TypeId::Function, object);
  builtin_function = make_type("builtin_function_or_method", TypeId::BuiltinFunction, object);
  method_descriptor = make_type("method_descriptor", TypeId::MethodDescriptor, object);
  cell = make_type("cell", TypeId::Cell, object);
  code = make_type("code", TypeId::Code, object);
  env = make_type("environment", TypeId::Env, object);
  module = make_type("module", TypeId::Module, object);
  list_iterator = make_type("list_iterator", TypeId::Iterator, object);
  tuple_iterator = make_type("tuple_iterator", TypeId::Iterator, object);
  str_iterator = make_type("str_ascii_iterator", TypeId::Iterator, object);
  range_iterator = make_type("range_iterator", TypeId::Iterator, object);
  dict_keyiterator = make_type("dict_keyiterator", TypeId::Iterator, object);
  dict_valueiterator = make_type("dict_valueiterator", TypeId::Iterator, object);
  dict_itemiterator = make_type("dict_itemiterator", TypeId::Iterator, object);
  set_iterator = make_type("set_iterator", TypeId::Iterator, object);
  list_reverseiterator = make_type("list_reverseiterator", TypeId::Iterator, object);
  enumerate = make_type("enumerate", TypeId::Iterator, object);
  zip = make_type("zip", TypeId::Iterator, object);
  map = make_type("map", TypeId::Iterator, object);
  filter = make_type("filter", TypeId::Iterator, object);
  reversed = make_type("reversed", TypeId::Iterator, object);
  generator = make_type("generator", TypeId::Iterator, object);
  dict_keys = make_type("dict_keys", TypeId::DictView, object);
  dict_values = make_type("dict_values", TypeId::DictView, object);
  dict_items = make_type("dict_items", TypeId::DictView, object);
  exc::init_exception_types();
  // `type` was made before `object` existed.
  type->mro = {type, object};
  // Every type gets its attribute dict once `dict` itself exists.
  for (TypeObject* t : all_types()) t->dict = make_dict();
  init_class_types();
}

void register_type(TypeObject* t) {
  all_types().push_back(t);
  if (dict) t->dict = make_dict();
}
}  // namespace types

TypeObject* type_of(const Value& v) noexcept {
  switch (v.tag()) {
    case Tag::Unbound:
    case Tag::None:
      return types::none;
    case Tag::Bool:
      return types::bool_;
    case Tag::Int:
      return types::int_;
    case Tag::Float:
      return types::float_;
    case Tag::Obj:
      return v.obj()->type;
  }
  return types::none;
}

}  // namespace pywalk
