// The built-in modules pywalk knows, by name. Each src/modules/NAME.cpp
// defines init_NAME_module(), which fills the module's namespace.
#include "pywalk/objects/module.h"

namespace pywalk {

void init_time_module(ModuleObject* m);

void register_builtin_modules() {
  static bool done = false;
  if (done) return;
  done = true;
  register_builtin_module("time", &init_time_module);
}

}  // namespace pywalk
