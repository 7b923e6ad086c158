// Internals of the `dataclasses` module, shared by its four files
// (dataclasses.cpp: field(), Field, MISSING, the module; dataclasses_process.cpp:
// @dataclass and make_dataclass; dataclasses_methods.cpp: the generated methods;
// dataclasses_funcs.cpp: fields, asdict, astuple, replace, is_dataclass).
//
// @dataclass processes a class as CPython's dataclasses._process_class does
// (fields from the bases' __dataclass_fields__ then the class's own
// __annotations__, the same checks and messages), but instead of exec'ing
// generated source it installs native methods (DcMethod objects: callables
// that bind like functions) sharing one DcInfo record: the class and its
// fields as decided at decoration time (name, default, default_factory,
// flags). Field objects (instances of the real class dataclasses.Field, with
// __slots__) stay in `__dataclass_fields__` for fields()/asdict(); the
// generated methods only read DcInfo.
#pragma once

#include <string>
#include <vector>

#include "pywalk/call.h"
#include "pywalk/object.h"
#include "pywalk/objects/str.h"
#include "pywalk/ops.h"

namespace pywalk::dataclasses {

enum class FieldKind : uint8_t { Field, ClassVar, InitVar };

struct DcField {
  Value name;      // strong: a str
  Value default_;  // strong: Unbound when MISSING
  Value factory;   // strong: Unbound when MISSING
  FieldKind kind = FieldKind::Field;
  bool init = true;
  bool repr = true;
  bool compare = true;
  bool hash = true;  // counted in __hash__ (hash=None means compare)
  bool kw_only = false;
};

struct DcInfo : Object {
  DcInfo();
  Value cls;                    // strong: the dataclass
  std::vector<DcField> fields;  // every field (ClassVars included), in order
  bool frozen = false;
  bool has_post_init = false;
  std::string init_name;  // "Point.__init__" (the class's __qualname__)
  // __init__'s parameters: indexes into `fields` of the positional ones
  // (the first `nrequired` without a default) and of the keyword-only ones.
  std::vector<size_t> params;
  std::vector<size_t> kw_params;
  size_t nrequired = 0;
  std::vector<std::string> param_strs;   // the positional parameters' names
  std::vector<const char*> param_cstrs;  // pointing into param_strs
  void traverse(GcVisitor& v) const override;
  void clear_refs() override;
};

// A generated method: calling it calls fn(info, self, rest of the args).
using DcFn = Value (*)(DcInfo* info, const Value& self, CallArgs args);
Value make_dc_method(const Value& info, const char* name, DcFn fn);

// The generated methods (dataclasses_methods.cpp).
Value dc_init(DcInfo* info, const Value& self, CallArgs args);
Value dc_repr(DcInfo* info, const Value& self, CallArgs args);
Value dc_eq(DcInfo* info, const Value& self, CallArgs args);
Value dc_lt(DcInfo* info, const Value& self, CallArgs args);
Value dc_le(DcInfo* info, const Value& self, CallArgs args);
Value dc_gt(DcInfo* info, const Value& self, CallArgs args);
Value dc_ge(DcInfo* info, const Value& self, CallArgs args);
Value dc_hash(DcInfo* info, const Value& self, CallArgs args);
Value dc_frozen_setattr(DcInfo* info, const Value& self, CallArgs args);
Value dc_frozen_delattr(DcInfo* info, const Value& self, CallArgs args);

// Module state (dataclasses.cpp).
Value missing();                       // dataclasses.MISSING
Value kw_only_marker();                // dataclasses.KW_ONLY
TypeObject* field_class();             // dataclasses.Field
TypeObject* params_class();            // dataclasses._DataclassParams
TypeObject* initvar_class();           // dataclasses.InitVar
TypeObject* frozen_error();            // dataclasses.FrozenInstanceError
Value field_kind_marker(FieldKind k);  // _FIELD, _FIELD_CLASSVAR, _FIELD_INITVAR
// field(default=default_) (MISSING for none).
Value new_field(const Value& default_);
// `obj.__dataclass_fields__` (a dict name -> Field) or Unbound when obj is
// not a dataclass or an instance of one.
Value dataclass_fields_of(const Value& obj);

// dataclass()'s options, in order (the first six are __dataclass_params__'s repr).
inline constexpr const char* kParamNames[] = {"init",   "repr",       "eq",      "order", "unsafe_hash",
                                              "frozen", "match_args", "kw_only", "slots", "weakref_slot"};

// dataclass() and make_dataclass() (dataclasses_process.cpp).
Value dataclass_fn(const Value&, CallArgs args);
Value make_dataclass_fn(const Value&, CallArgs args);

// Small helpers.
inline Value cls_value(TypeObject* t) {
  return Value(static_cast<Object*>(t));
}
inline StrObject* s(const char* n) {
  return intern(n);
}
inline Value attr(const Value& o, const char* n) {
  return getattr(o, intern(n));
}
inline void set(const Value& o, const char* n, const Value& v) {
  setattr(o, intern(n), v);
}
inline bool is_missing(const Value& v) {
  return v.is(missing());
}
inline bool isinstance_of(const Value& v, TypeObject* t) {
  return v.is_obj() && type_of(v)->is_subtype_of(t);
}

// The module functions (dataclasses_funcs.cpp).
Value dc_fields_fn(const Value&, CallArgs args);
Value dc_asdict_fn(const Value&, CallArgs args);
Value dc_astuple_fn(const Value&, CallArgs args);
Value dc_replace_fn(const Value&, CallArgs args);
Value dc_is_dataclass_fn(const Value&, CallArgs args);

}  // namespace pywalk::dataclasses
