// Shared between the files of the functools module (src/modules/functools*.cpp).
#pragma once

#include "pywalk/object.h"

namespace pywalk {

struct ModuleObject;

// update_wrapper(wrapper, wrapped) with the default assigned/updated names.
Value functools_update_wrapper_of(const Value& wrapper, const Value& wrapped);
// Adds lru_cache and cache to the module (functools_lru.cpp).
void init_functools_lru(ModuleObject* m);
// Adds total_ordering, cmp_to_key and cached_property (functools_class.cpp).
void init_functools_class(ModuleObject* m);

}  // namespace pywalk
