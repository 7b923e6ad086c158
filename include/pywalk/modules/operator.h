// Shared between the files of the operator module (src/modules/operator*.cpp).
#pragma once

namespace pywalk {

struct ModuleObject;

// itemgetter, attrgetter and methodcaller (operator_getters.cpp).
void init_operator_getters(ModuleObject* m);

}  // namespace pywalk
