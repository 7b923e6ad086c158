// Fills the builtin types' attribute dicts with their methods, once at
// start-up (after types::init_builtin_types()).
#include "pywalk/objects/dict.h"
#include "pywalk/objects/exception.h"
#include "pywalk/objects/float.h"
#include "pywalk/objects/generator.h"
#include "pywalk/objects/genexpr.h"
#include "pywalk/objects/int.h"
#include "pywalk/objects/iter.h"
#include "pywalk/objects/list.h"
#include "pywalk/objects/range.h"
#include "pywalk/objects/set.h"
#include "pywalk/objects/str.h"

namespace pywalk {

void init_type_methods() {
  init_int_type();
  init_float_type();
  init_str_type();
  init_list_type();
  init_tuple_type();
  init_dict_type();
  init_set_type();
  init_range_type();
  init_iter_types();
  init_exception_methods();
  init_generator_type();
  init_genexpr_methods();
}

}  // namespace pywalk
