// Builtin iterators.
//
// One IteratorObject kind serves every builtin iterator: `source` is what
// is iterated (strong), `pos` the next index, and `state` extra values
// (strong) for enumerate/zip/map/filter. Its type object gives it the
// CPython name (list_iterator, range_iterator, enumerate, zip, map, ...);
// `kind`, derived from the type once at construction, is what iter_next()
// switches on. An exhausted iterator drops its source (and state) and stays
// exhausted, as CPython's do; `source` is Unbound exactly when exhausted
// (zip/map/callable_iterator, whose inputs live in `state`, keep None there
// while active).
//
// Per kind:
//   list/tuple/str/generator: source = the sequence, pos = next index.
//   range_iterator: source = the range, pos = items produced, aux = 1 when
//     reversed (reversed(range) is a range_iterator, as in CPython).
//   dict iterators: source = the dict, pos = next entry index (reverse ones
//     walk down), expected_size = DictObject::used at creation (-1 once the
//     "changed size" error was raised: it is sticky), aux = items left.
//   set_iterator: source = the set, pos = next table slot, expected_size as
//     for dicts.
//   list_reverseiterator / reversed: pos = next index, counting down.
//   enumerate: source = the underlying iterator, state = {next count}.
//   zip: state = the iterators, aux = strict.
//   map: state = {function, iterators...}.
//   filter: source = the underlying iterator, state = {function or None}.
//   callable_iterator: state = {callable, sentinel}.
// dict_keys/dict_values/dict_items views are IteratorObjects too (TypeId
// DictView, source = the dict); they are iterable, not iterators.
#pragma once

#include <vector>

#include "pywalk/call.h"
#include "pywalk/object.h"

namespace pywalk {

namespace types {
// Iterator types beyond those of object.h, created by init_iter_types().
extern TypeObject* callable_iterator;
// "str_iterator": CPython's iterator over a non-ASCII str (types::str_iterator
// is "str_ascii_iterator"); make_iterator() picks it.
extern TypeObject* str_unicode_iterator;
extern TypeObject* dict_reversekeyiterator;
extern TypeObject* dict_reversevalueiterator;
extern TypeObject* dict_reverseitemiterator;
}  // namespace types

enum class IterKind : uint8_t {
  List,
  Tuple,
  Str,
  Range,
  DictKeys,
  DictValues,
  DictItems,
  DictReverseKeys,
  DictReverseValues,
  DictReverseItems,
  Set,
  ListReverse,
  Reversed,
  Enumerate,
  Zip,
  Map,
  Filter,
  Generator,
  Callable,
  View,  // dict views: not iterators
};

struct IteratorObject : Object {
  IteratorObject(TypeObject* t, Value source);
  Value source;               // strong; Unbound when exhausted
  int64_t pos = 0;            // next index / count
  int64_t aux = 0;            // range: reversed flag; dict: items left; zip: strict
  uint64_t version = 0;       // unused (kept for layout compatibility)
  int64_t expected_size = 0;  // dict/set iterators: size at creation, -1 after a size error
  std::vector<Value> state;   // strong: zip's/map's iterators, map/filter function
  IterKind kind;
  void exhaust();  // drops source and state
  void traverse(GcVisitor& v) const override;
  void clear_refs() override;
};

// A new iterator of type t over source (the per-kind setup is done here).
Value make_iterator(TypeObject* t, Value source);
// iter(callable, sentinel)
Value make_callable_iterator(Value callable, Value sentinel);
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
