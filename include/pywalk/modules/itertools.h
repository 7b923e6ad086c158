// Shared between the files of the itertools module (src/modules/itertools*.cpp).
#pragma once

#include <cstddef>
#include <vector>

#include "pywalk/call.h"
#include "pywalk/modules/native.h"
#include "pywalk/object.h"

namespace pywalk {

struct ModuleObject;

namespace itertools_detail {

// An engine whose state is a few Values, `v` (traversed and cleared for the collector).
struct SimpleIter : modules::NativeIter {
  SimpleIter(TypeObject* t, size_t n) : NativeIter(t), v(n) {}
  std::vector<Value> v;  // strong
  void traverse(GcVisitor& vis) const override;
  void clear_refs() override;
};

// "count" for the type "itertools.count" (what CPython's reprs show).
const char* short_name(const TypeObject* t);
// "NAME() takes no keyword arguments".
void no_keywords(const char* name, CallArgs args);
// Makes the iterator type itertools.NAME, constructed by `construct`, and
// stores it in the module.
TypeObject* iter_type(ModuleObject* m, const char* name, Value (*construct)(TypeObject*, CallArgs));

}  // namespace itertools_detail

// dropwhile, takewhile, filterfalse, starmap, islice, pairwise, zip_longest
// (itertools_filter.cpp).
void init_itertools_filter(ModuleObject* m);
// product, permutations, combinations, combinations_with_replacement,
// groupby and tee (itertools_comb.cpp).
void init_itertools_comb(ModuleObject* m);

}  // namespace pywalk
