// Builtin iterators.
//
// One IteratorObject kind serves every builtin iterator: `source` is what
// is iterated (strong), `pos` the next index, and `state` extra values
// (strong) for enumerate/zip/map/filter. Its type object gives it the
// CPython name (list_iterator, range_iterator, enumerate, zip, map, ...);
// iter_next() switches on that type. An exhausted iterator drops its source
// and stays exhausted, as CPython's do.
#pragma once

#include <vector>

#include "pywalk/object.h"

namespace pywalk {

struct IteratorObject : Object {
  IteratorObject(TypeObject* t, Value source);
  Value source;               // strong; Unbound when exhausted
  int64_t pos = 0;            // next index / count
  int64_t aux = 0;            // enumerate: start; range: cached step; dict: version at creation; zip: strict
  uint64_t version = 0;       // dict iterators: DictObject::version at creation
  int64_t expected_size = 0;  // dict/set iterators: size at creation
  std::vector<Value> state;   // strong: zip's/map's iterators, map/filter function
  void traverse(GcVisitor& v) const override;
  void clear_refs() override;
};

Value make_iterator(TypeObject* t, Value source);
// Next item or Unbound (used by ops::next()).
Value iter_next(IteratorObject* it);
// enumerate(), zip(), map(), filter(), reversed() constructors.
Value enumerate_new(CallArgs args);
Value zip_new(CallArgs args);
Value map_new(CallArgs args);
Value filter_new(CallArgs args);
Value reversed_new(CallArgs args);
void init_iter_types();

}  // namespace pywalk
