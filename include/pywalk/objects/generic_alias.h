// types.GenericAlias (`list[int]`) and types.UnionType (`int | None`).
//
// Annotations are evaluated when a `def` runs, so subscripting a builtin
// container class and `|` between classes must give CPython's objects.
// A GenericAliasObject holds the class it parameterises (`origin`) and a
// tuple of arguments; calling it calls the origin, its other attributes are
// the origin's, and it prints as `dict[str, list[int]]`. A UnionObject holds
// a tuple of at least two distinct members (None stored as NoneType), built
// flattened and deduplicated by union_or(); isinstance/issubclass accept it.
#pragma once
#include "pywalk/object.h"

namespace pywalk {

struct GenericAliasObject : Object {
  GenericAliasObject(Value origin, Value args);
  Value origin;  // strong: the class (list, dict, ...)
  Value args;    // strong: a tuple
  void traverse(GcVisitor& v) const override;
  void clear_refs() override;
};

struct UnionObject : Object {
  explicit UnionObject(Value args);
  Value args;  // strong: a tuple of classes / aliases, NoneType for None
  void traverse(GcVisitor& v) const override;
  void clear_refs() override;
};

// True for the builtin classes CPython lets you subscript (list, dict,
// tuple, set, frozenset, type) and their subclasses.
bool is_generic_builtin(TypeObject* t);
// origin[key]: a GenericAlias with args `key` (a tuple) or `(key,)`.
Value make_generic_alias(const Value& origin, const Value& key);
// a | b when both are classes, None, aliases or unions (CPython's
// _Py_union_type_or); Unbound otherwise.
Value union_or(const Value& a, const Value& b);
// The members of a UnionType, or null when v is not one.
const std::vector<Value>* union_members(const Value& v);
bool is_generic_alias(const Value& v);
// == / != between two GenericAliases (same origin and args) or two
// UnionTypes (same members, in any order); Unbound when neither applies.
Value alias_compare(const Value& a, const Value& b, bool equal);
// hash() of a GenericAlias or UnionType (consistent with alias_compare);
// false when v is neither.
bool alias_hash(const Value& v, int64_t* out);

}  // namespace pywalk
