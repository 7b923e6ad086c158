// ModuleObject and the built-in module registry.
//
// A module is a namespace: `dict` holds its attributes (`__name__`,
// functions, constants). pywalk has no file imports yet; `import NAME`
// finds NAME among the built-in modules (src/modules/*.cpp), each made by
// its init function on first import and cached for the rest of the run, so
// two imports give the same module object, as in CPython. An unknown name
// raises ModuleNotFoundError "No module named 'x'".
#pragma once

#include <string>
#include <string_view>

#include "pywalk/object.h"

namespace pywalk {

struct DictObject;

struct ModuleObject : Object {
  explicit ModuleObject(std::string name);
  std::string name;
  Value dict;  // strong: the module's namespace (a DictObject)
  DictObject* ns() const;
  void traverse(GcVisitor& v) const override;
  void clear_refs() override;
};

inline bool is_module(const Value& v) { return v.is_obj() && v.obj()->type->id == TypeId::Module; }
std::string module_repr(const ModuleObject* m);  // <module 'math' (built-in)>

// Fills a new module's namespace (`__name__` is already set).
using ModuleInit = void (*)(ModuleObject* module);
// Makes `name` importable (called once at start-up by register_builtin_modules).
void register_builtin_module(const char* name, ModuleInit init);
// Registers every built-in module (src/modules/registry.cpp).
void register_builtin_modules();
// `import name`: the cached module, made on first use; ModuleNotFoundError otherwise.
Value import_module(std::string_view name);

}  // namespace pywalk
