// Modules and the built-in module registry (see objects/module.h).
#include "pywalk/objects/module.h"

#include <fmt/format.h>

#include <map>

#include "pywalk/errors.h"
#include "pywalk/gc.h"
#include "pywalk/objects/dict.h"
#include "pywalk/objects/exception.h"
#include "pywalk/objects/str.h"

namespace pywalk {

ModuleObject::ModuleObject(std::string name_) : Object(types::module), name(std::move(name_)), dict(make_dict()) {
  gc_track(this);
  ns()->set_str(intern("__name__"), make_str(name));
  ns()->set_str(intern("__doc__"), Value::none());
  ns()->set_str(intern("__package__"), make_str(""));
}

DictObject* ModuleObject::ns() const { return dict.as<DictObject>(); }

void ModuleObject::traverse(GcVisitor& v) const { v.visit(dict); }

void ModuleObject::clear_refs() { dict = make_dict(); }

std::string module_repr(const ModuleObject* m) { return fmt::format("<module '{}' (built-in)>", m->name); }

namespace {
struct Registry {
  std::map<std::string, ModuleInit, std::less<>> inits;
  std::map<std::string, Value, std::less<>> loaded;  // strong: modules stay for the whole run
};
Registry& registry() {
  static Registry* r = new Registry();  // lives until exit, like CPython's sys.modules
  return *r;
}
}  // namespace

void register_builtin_module(const char* name, ModuleInit init) { registry().inits[name] = init; }

Value import_module(std::string_view name) {
  Registry& r = registry();
  if (auto it = r.loaded.find(name); it != r.loaded.end()) return it->second;
  auto init = r.inits.find(name);
  if (init == r.inits.end()) {
    Value e = make_exception(exc::ModuleNotFoundError, fmt::format("No module named '{}'", name));
    set_exception_attr(e, "name", make_str(std::string(name)));
    throw PyException{e};
  }
  auto m = make<ModuleObject>(std::string(name));
  Value v = m.value();
  r.loaded.emplace(std::string(name), v);
  init->second(m.get());
  return v;
}

}  // namespace pywalk
