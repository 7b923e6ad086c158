// The built-in modules pywalk knows, by name. Each src/modules/NAME.cpp
// defines init_NAME_module(), which fills the module's namespace.
#include "pywalk/objects/module.h"

namespace pywalk {

void init_collections_module(ModuleObject* m);
void init_copy_module(ModuleObject* m);
void init_dataclasses_module(ModuleObject* m);
void init_functools_module(ModuleObject* m);
void init_io_module(ModuleObject* m);
void init_itertools_module(ModuleObject* m);
void init_math_module(ModuleObject* m);
void init_operator_module(ModuleObject* m);
void init_os_module(ModuleObject* m);
void init_random_module(ModuleObject* m);
void init_string_module(ModuleObject* m);
void init_sys_module(ModuleObject* m);
void init_time_module(ModuleObject* m);
void init_typing_module(ModuleObject* m);

void register_builtin_modules() {
  static bool done = false;
  if (done) return;
  done = true;
  register_builtin_module("collections", &init_collections_module);
  register_builtin_module("copy", &init_copy_module);
  register_builtin_module("dataclasses", &init_dataclasses_module);
  register_builtin_module("functools", &init_functools_module);
  register_builtin_module("io", &init_io_module);
  register_builtin_module("itertools", &init_itertools_module);
  register_builtin_module("math", &init_math_module);
  register_builtin_module("operator", &init_operator_module);
  register_builtin_module("os", &init_os_module);
  register_builtin_module("random", &init_random_module);
  register_builtin_module("string", &init_string_module);
  register_builtin_module("sys", &init_sys_module);
  register_builtin_module("time", &init_time_module);
  register_builtin_module("typing", &init_typing_module);
}

}  // namespace pywalk
