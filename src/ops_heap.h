// Private to ops.cpp, ops_heap.cpp, call.cpp and objects/slot_methods.cpp:
// the special-method dispatch for instances of classes, and the builtin
// behaviour of each layout (the "*_layout" functions) that both the
// generic operations and the builtin types' special methods
// (`list.__repr__`, `object.__eq__`...) fall back on.
//
// Every generic operation in ops.cpp first checks `type->heap` on its
// operand(s); for an instance of a class it calls the heap_* function
// here, which looks the special method up on the class
// (lookup_user_special) and calls it, or runs the layout's builtin
// behaviour when no user class defines it. The *_layout functions never
// look at user classes, so `list.__repr__(self)` on a list subclass that
// overrides __repr__ does not recurse.
#pragma once

#include <string>
#include <string_view>

#include "pywalk/ast.h"
#include "pywalk/call.h"
#include "pywalk/object.h"

namespace pywalk {

struct StrObject;

// ---- builtin behaviour by layout (ops.cpp)
std::string repr_layout(const Value& v);
std::string object_default_repr(const Value& v);  // <__main__.A object at 0x...>
std::string format_layout(const Value& v, std::string_view spec);
bool truthy_layout(const Value& v);
int64_t hash_layout(const Value& v);  // TypeError "unhashable type" for mutable layouts
int64_t identity_hash(const Value& v);
// The comparison of two values by their layouts; Unbound for NotImplemented.
Value compare_layout(const Value& a, const Value& b, CmpOpKind op);
// a <op> b for the builtin layouts; Unbound for NotImplemented.
Value binary_layout(BinOpKind op, const Value& a, const Value& b);
// In-place forms that mutate (list +=, set |=, dict |=); Unbound when the layout has none.
Value inplace_layout(BinOpKind op, const Value& a, const Value& b);
Value getitem_layout(const Value& obj, const Value& key);
void setitem_layout(const Value& obj, const Value& key, const Value& v);
void delitem_layout(const Value& obj, const Value& key);
int64_t len_layout(const Value& v);
bool contains_layout(const Value& c, const Value& item);
Value iter_layout(const Value& v);
Value unary_layout(UnaryOpKind op, const Value& v);  // Unbound when unsupported
Value getattr_layout(const Value& obj, StrObject* name);  // builtin attributes of the layout, Unbound if absent
[[noreturn]] void raise_unsupported_binop(BinOpKind op, const Value& a, const Value& b, bool inplace);
[[noreturn]] void raise_compare_error(const Value& a, const Value& b, CmpOpKind op);

// ---- instances of classes (ops_heap.cpp)
// Calls special method f (found on type(self)) with self and the arguments.
Value call_special(const Value& f, const Value& self, CallArgs args);
Value call_special0(const Value& f, const Value& self);
Value call_special1(const Value& f, const Value& self, const Value& a);

std::string heap_repr(const Value& v);
std::string heap_str(const Value& v);
std::string heap_format(const Value& v, std::string_view spec);
bool heap_truthy(const Value& v);
int64_t heap_hash(const Value& v);
Value heap_compare(const Value& a, const Value& b, CmpOpKind op);
// The rich-comparison slot of v's type (user method or layout), NotImplemented as Unbound.
Value richcompare_slot(const Value& v, const Value& w, CmpOpKind op);
Value heap_binary(BinOpKind op, const Value& a, const Value& b, bool inplace);
// a.lname(b) / b.rname(a) with CPython's order of tries and NotImplemented;
// Unbound when neither class defines an answer (the layouts are not tried).
Value heap_binary_special(StrObject* lname, StrObject* rname, const Value& a, const Value& b);
Value heap_inplace(BinOpKind op, const Value& a, const Value& b);  // Unbound: no __iop__ (or NotImplemented)
Value heap_unary(UnaryOpKind op, const Value& v);
Value heap_getitem(const Value& obj, const Value& key);
void heap_setitem(const Value& obj, const Value& key, const Value& v);
void heap_delitem(const Value& obj, const Value& key);
int64_t heap_len(const Value& v);
bool heap_contains(const Value& c, const Value& item);
Value heap_iter(const Value& v);
Value heap_next(const Value& it);  // Unbound at the end (StopIteration caught)
int64_t heap_index(const Value& v, const char* overflow_msg);
Value heap_index_value(const Value& v);  // __index__ as an int value
Value heap_call(const Value& callee, CallArgs args);
Value heap_getattr(const Value& obj, StrObject* name);  // Unbound if absent
// object.__getattribute__ for an instance of a class (no __getattr__); Unbound if absent.
Value object_getattribute(const Value& obj, StrObject* name);
// The length a __len__ result stands for: an int >= 0 (ValueError/TypeError/OverflowError otherwise).
int64_t len_result(const Value& r);
// Whether `it` is an iterator (has __next__).
bool is_iterator(const Value& it);

}  // namespace pywalk
