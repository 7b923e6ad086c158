// Helpers shared by the `collections`, `typing` and `dataclasses` modules.
//
// Their classes (defaultdict, Counter, OrderedDict, deque, namedtuple
// classes) are real classes, built with build_class() as a `class`
// statement would build them, whose methods are C++ functions stored as
// native methods (modules::make_native_method: they bind like Python
// functions). Being heap classes, they get everything a user class deriving
// from a builtin gets for free: `isinstance(d, dict)`, every dict operation
// on a defaultdict, special-method dispatch (`__missing__`, `__add__`,
// `__len__`), and user subclasses. `__module__` is the module's name, so
// `type(d)` shows `<class 'collections.defaultdict'>` as in CPython.
#pragma once

#include <initializer_list>
#include <string>
#include <vector>

#include "pywalk/modules/native.h"

namespace pywalk::modules {

enum class MethodKind : uint8_t { Method, Class, Static };

struct MethodDef {
  const char* name;
  BuiltinFn fn;
  MethodKind kind = MethodKind::Method;
};

// A new class `module.name` deriving from `base` with the given methods and
// __slots__ (none: instances have a __dict__ unless `no_dict`).
Value make_native_class(const char* module, const char* name, TypeObject* base, std::initializer_list<MethodDef> methods,
                        std::vector<std::string> slots = {}, bool no_dict = false);
// The method as stored in a class: a native method, wrapped in a
// classmethod / staticmethod as `kind` says.
Value make_class_method(const char* name, BuiltinFn fn, MethodKind kind);
// `self` with the call's arguments after it (for calling an unbound method).
std::vector<Value> prepend(const Value& self, std::span<const Value> args);
// The `__name__` of the module whose code is running (for a class factory's __module__).
Value caller_module_name();

// Parts of `collections` (one file each).
Value make_counter_class();
Value make_deque_class();
Value namedtuple_factory(const Value& self, CallArgs args);

}  // namespace pywalk::modules
