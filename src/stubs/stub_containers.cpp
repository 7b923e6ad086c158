// TEMPORARY stub so the tree links while list/tuple/dict/set are written.
// Delete when src/objects/{list,dict,set}.cpp exist.
#include <cstdio>
#include <cstdlib>
#define STUB(name) do { std::fprintf(stderr, "pywalk: %s is not written yet\n", name); std::abort(); } while (0)
#include "pywalk/objects/dict.h"
#include "pywalk/objects/list.h"
#include "pywalk/objects/set.h"
namespace pywalk {
DictObject::DictObject() : Object(nullptr) { STUB("DictObject"); }
Value DictObject::get(const Value&) const { STUB("dict"); }
Value DictObject::get_str(StrObject*) const { STUB("dict"); }
void DictObject::set(const Value&, const Value&) { STUB("dict"); }
void DictObject::set_str(StrObject*, const Value&) { STUB("dict"); }
bool DictObject::remove(const Value&) { STUB("dict"); }
Value DictObject::pop(const Value&) { STUB("dict"); }
void DictObject::clear() { STUB("dict"); }
void DictObject::traverse(GcVisitor&) const { STUB("dict"); }
void DictObject::clear_refs() { STUB("dict"); }
Value make_dict() { STUB("make_dict"); }
std::string dict_repr(DictObject*) { STUB("dict_repr"); }
bool dict_eq(DictObject*, DictObject*) { STUB("dict_eq"); }
Value dict_new(CallArgs) { STUB("dict_new"); }
void dict_update(DictObject*, const Value&) { STUB("dict_update"); }
void init_dict_type() { STUB("init_dict_type"); }
ListObject::ListObject() : Object(nullptr) { STUB("list"); }
ListObject::ListObject(std::vector<Value>) : Object(nullptr) { STUB("list"); }
void ListObject::traverse(GcVisitor&) const { STUB("list"); }
void ListObject::clear_refs() { STUB("list"); }
TupleObject::TupleObject() : Object(nullptr) { STUB("tuple"); }
TupleObject::TupleObject(std::vector<Value>) : Object(nullptr) { STUB("tuple"); }
void TupleObject::traverse(GcVisitor&) const { STUB("tuple"); }
void TupleObject::clear_refs() { STUB("tuple"); }
Value make_list(std::vector<Value>) { STUB("make_list"); }
Value make_tuple(std::vector<Value>) { STUB("make_tuple"); }
Value empty_tuple() { STUB("empty_tuple"); }
std::vector<Value> to_vector(const Value&) { STUB("to_vector"); }
std::string sequence_repr(const Value&) { STUB("sequence_repr"); }
Value list_getitem(ListObject*, const Value&) { STUB("list_getitem"); }
void list_setitem(ListObject*, const Value&, const Value&) { STUB("list_setitem"); }
void list_delitem(ListObject*, const Value&) { STUB("list_delitem"); }
Value tuple_getitem(TupleObject*, const Value&) { STUB("tuple_getitem"); }
bool sequence_eq(const std::vector<Value>&, const std::vector<Value>&) { STUB("sequence_eq"); }
bool sequence_compare(const std::vector<Value>&, const std::vector<Value>&, CmpOpKind) { STUB("sequence_compare"); }
int64_t tuple_hash(TupleObject*) { STUB("tuple_hash"); }
void sort_values(std::vector<Value>&, const Value&, bool) { STUB("sort_values"); }
Value list_new(CallArgs) { STUB("list_new"); }
Value tuple_new(CallArgs) { STUB("tuple_new"); }
void init_list_type() { STUB("init_list_type"); }
void init_tuple_type() { STUB("init_tuple_type"); }
SetObject::SetObject(TypeObject* t) : Object(t) { STUB("set"); }
bool SetObject::add(const Value&) { STUB("set"); }
bool SetObject::contains(const Value&) const { STUB("set"); }
bool SetObject::discard(const Value&) { STUB("set"); }
void SetObject::clear() { STUB("set"); }
void SetObject::traverse(GcVisitor&) const { STUB("set"); }
void SetObject::clear_refs() { STUB("set"); }
Value make_set() { STUB("make_set"); }
Value make_frozenset() { STUB("make_frozenset"); }
std::string set_repr(SetObject*) { STUB("set_repr"); }
bool set_eq(SetObject*, SetObject*) { STUB("set_eq"); }
bool set_compare(SetObject*, SetObject*, CmpOpKind) { STUB("set_compare"); }
Value set_binary(BinOpKind, SetObject*, SetObject*) { STUB("set_binary"); }
int64_t frozenset_hash(SetObject*) { STUB("frozenset_hash"); }
Value set_new(CallArgs) { STUB("set_new"); }
Value frozenset_new(CallArgs) { STUB("frozenset_new"); }
void init_set_type() { STUB("init_set_type"); }
}  // namespace pywalk
