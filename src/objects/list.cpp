// list: ListObject, indexing and slice assignment, and list's methods.
// The helpers shared with tuple (repr, comparison) live in tuple.cpp; the
// sort itself in sort.cpp.
#include "pywalk/objects/class.h"
#include "pywalk/objects/list.h"

#include <fmt/format.h>

#include <algorithm>

#include "pywalk/errors.h"
#include "pywalk/gc.h"
#include "pywalk/objects/builtin.h"
#include "pywalk/objects/int.h"
#include "pywalk/objects/range.h"
#include "pywalk/objects/str.h"
#include "pywalk/ops.h"

namespace pywalk {

ListObject::ListObject() : Object(types::list) { gc_track(this); }
ListObject::ListObject(std::vector<Value> items_) : Object(types::list), items(std::move(items_)) { gc_track(this); }

void ListObject::traverse(GcVisitor& v) const {
  for (const Value& x : items) v.visit(x);
}

void ListObject::clear_refs() {
  std::vector<Value> old;
  old.swap(items);
}

Value make_list(std::vector<Value> items) { return make<ListObject>(std::move(items)).value(); }

// ------------------------------------------------------------- conversions

std::vector<Value> to_vector(const Value& iterable) {
  if (is_exact_list(iterable)) return iterable.as<ListObject>()->items;
  if (is_exact_tuple(iterable)) return iterable.as<TupleObject>()->items;
  std::vector<Value> out;
  for_each(iterable, [&](const Value& x) { out.push_back(x); });
  return out;
}

std::vector<Value> to_vector_or(const Value& iterable, const char* message) {
  if (is_exact_list(iterable)) return iterable.as<ListObject>()->items;
  if (is_exact_tuple(iterable)) return iterable.as<TupleObject>()->items;
  Value it;
  try {
    it = iter(iterable);
  } catch (const PyException& e) {
    if (e.exc.obj()->type->is_subtype_of(exc::TypeError)) raise_type_error(message);
    throw;
  }
  std::vector<Value> out;
  for (;;) {
    Value x = next(it);
    if (x.is_unbound()) break;
    out.push_back(std::move(x));
  }
  return out;
}

int64_t method_index(const Value& v) {
  if (has_heap_type(v) && has_index(v)) return method_index(index_value(v));
  if (is_big_int(v)) raise_overflow("Python int too large to convert to C ssize_t");
  return index_int64(v);
}

int64_t slice_index_arg(const Value& v) {
  if (v.is_int() || v.is_bool()) return v.as_int();
  if (has_heap_type(v) && has_index(v)) return slice_index_arg(index_value(v));
  if (is_big_int(v)) return v.as<IntObject>()->value.is_negative() ? INT64_MIN : INT64_MAX;
  raise_type_error("slice indices must be integers or have an __index__ method");
}

// ---------------------------------------------------------------- indexing

static bool is_index(const Value& key) { return key.is_int() || key.is_bool() || has_index(key); }

[[noreturn]] static void bad_list_index(const Value& key) {
  raise_type_error(fmt::format("list indices must be integers or slices, not {}", type_name(key)));
}

Value list_getitem(ListObject* l, const Value& key) {
  int64_t n = static_cast<int64_t>(l->items.size());
  if (is_index(key)) {
    int64_t i = index_int64(key);
    if (i < 0) i += n;
    if (i < 0 || i >= n) raise_index_error("list index out of range");
    return l->items[i];
  }
  if (!is_slice(key)) bad_list_index(key);
  SliceIndices si = slice_indices(key.as<SliceObject>(), n);
  std::vector<Value> out;
  out.reserve(static_cast<size_t>(si.length));
  if (si.step == 1) {
    out.assign(l->items.begin() + si.start, l->items.begin() + si.start + si.length);
  } else {
    for (int64_t k = 0, i = si.start; k < si.length; ++k, i += si.step) out.push_back(l->items[i]);
  }
  return make_list(std::move(out));
}

// Values of `v` for a slice assignment to `l` (a copy when v is l itself).
static std::vector<Value> assigned_values(ListObject* l, const Value& v, const char* message) {
  if (v.is_obj() && v.obj() == l) return l->items;
  return to_vector_or(v, message);
}

static void assign_slice(ListObject* l, const SliceObject* s, const Value& v) {
  SliceIndices si = slice_indices(s, static_cast<int64_t>(l->items.size()));
  if (si.step == 1) {
    std::vector<Value> seq = assigned_values(l, v, "can only assign an iterable");
    // Clamp again: iterating `v` may have changed the list.
    auto& items = l->items;
    int64_t size = static_cast<int64_t>(items.size());
    int64_t lo = std::clamp<int64_t>(si.start, 0, size);
    int64_t hi = std::clamp<int64_t>(si.stop, lo, size);
    check_alloc(static_cast<uint64_t>(size - (hi - lo)) + seq.size(), sizeof(Value));
    std::vector<Value> removed(std::make_move_iterator(items.begin() + lo), std::make_move_iterator(items.begin() + hi));
    items.erase(items.begin() + lo, items.begin() + hi);
    items.insert(items.begin() + lo, std::make_move_iterator(seq.begin()), std::make_move_iterator(seq.end()));
    return;
  }
  std::vector<Value> seq = assigned_values(l, v, "must assign iterable to extended slice");
  if (static_cast<int64_t>(seq.size()) != si.length)
    raise_value_error(fmt::format("attempt to assign sequence of size {} to extended slice of size {}", seq.size(),
                                  si.length));
  auto& items = l->items;
  for (int64_t k = 0, i = si.start; k < si.length; ++k, i += si.step)
    if (i >= 0 && i < static_cast<int64_t>(items.size())) items[i] = std::move(seq[k]);
}

void list_setitem(ListObject* l, const Value& key, const Value& v) {
  if (is_index(key)) {
    int64_t n = static_cast<int64_t>(l->items.size());
    int64_t i = index_int64(key);
    if (i < 0) i += n;
    if (i < 0 || i >= n) raise_index_error("list assignment index out of range");
    l->items[i] = v;
    return;
  }
  if (!is_slice(key)) bad_list_index(key);
  assign_slice(l, key.as<SliceObject>(), v);
}

void list_delitem(ListObject* l, const Value& key) {
  auto& items = l->items;
  int64_t n = static_cast<int64_t>(items.size());
  if (is_index(key)) {
    int64_t i = index_int64(key);
    if (i < 0) i += n;
    if (i < 0 || i >= n) raise_index_error("list assignment index out of range");
    Value removed = std::move(items[i]);
    items.erase(items.begin() + i);
    return;
  }
  if (!is_slice(key)) bad_list_index(key);
  SliceIndices si = slice_indices(key.as<SliceObject>(), n);
  if (si.length <= 0) return;
  int64_t start = si.start, step = si.step;
  if (step < 0) {
    start += (si.length - 1) * step;
    step = -step;
  }
  std::vector<Value> keep;
  keep.reserve(static_cast<size_t>(n - si.length));
  int64_t next_removed = start, removed = 0;
  for (int64_t i = 0; i < n; ++i) {
    if (removed < si.length && i == next_removed) {
      next_removed += step;
      ++removed;
      continue;
    }
    keep.push_back(std::move(items[i]));
  }
  items.swap(keep);  // `keep` now holds the removed values; they go when it does
}

Value list_new(CallArgs args) {
  ArgParser p("list", args);
  p.no_keywords().positional(0, 1);
  if (p.npos() == 0) return make_list();
  return make_list(to_vector(args.positional[0]));
}

// ----------------------------------------------------------------- methods

namespace {

ListObject* self_list(const Value& self) { return self.as<ListObject>(); }

// METH_NOARGS / METH_O style checks: "list.append() takes exactly one argument (0 given)".
void check_args(const char* qualname, CallArgs args, size_t min, long max) {
  ArgParser(qualname, args).no_keywords().positional(min, max);
}

Value list_append(const Value& self, CallArgs args) {
  check_args("list.append", args, 1, 1);
  self_list(self)->items.push_back(args.positional[0]);
  return Value::none();
}

Value list_extend(const Value& self, CallArgs args) {
  check_args("list.extend", args, 1, 1);
  ListObject* l = self_list(self);
  const Value& other = args.positional[0];
  if (is_list(other) || is_tuple(other)) {
    std::vector<Value> extra = to_vector(other);
    check_alloc(l->items.size() + extra.size(), sizeof(Value));
    l->items.insert(l->items.end(), std::make_move_iterator(extra.begin()), std::make_move_iterator(extra.end()));
  } else {
    for_each(other, [&](const Value& x) { l->items.push_back(x); });
  }
  return Value::none();
}

Value list_insert(const Value& self, CallArgs args) {
  ArgParser("list.insert", args).no_keywords();
  if (args.positional.size() != 2)
    raise_type_error(fmt::format("insert expected 2 arguments, got {}", args.positional.size()));
  int64_t i = method_index(args.positional[0]);
  auto& items = self_list(self)->items;
  int64_t n = static_cast<int64_t>(items.size());
  if (i < 0) i = std::max<int64_t>(i + n, 0);
  if (i > n) i = n;
  items.insert(items.begin() + i, args.positional[1]);
  return Value::none();
}

Value list_pop(const Value& self, CallArgs args) {
  ArgParser("list.pop", args).no_keywords();
  ArgParser("pop", args).positional(0, 1);
  int64_t i = args.positional.empty() ? -1 : method_index(args.positional[0]);
  auto& items = self_list(self)->items;
  int64_t n = static_cast<int64_t>(items.size());
  if (n == 0) raise_index_error("pop from empty list");
  if (i < 0) i += n;
  if (i < 0 || i >= n) raise_index_error("pop index out of range");
  Value out = std::move(items[i]);
  items.erase(items.begin() + i);
  return out;
}

Value list_remove(const Value& self, CallArgs args) {
  check_args("list.remove", args, 1, 1);
  auto& items = self_list(self)->items;
  for (size_t i = 0; i < items.size(); ++i) {
    Value item = items[i];
    if (eq(item, args.positional[0])) {
      if (i < items.size()) {
        Value removed = std::move(items[i]);
        items.erase(items.begin() + static_cast<int64_t>(i));
      }
      return Value::none();
    }
  }
  raise_value_error("list.remove(x): x not in list");
}

Value list_index(const Value& self, CallArgs args) {
  ArgParser("list.index", args).no_keywords();
  ArgParser("index", args).positional(1, 3);
  auto& items = self_list(self)->items;
  int64_t n = static_cast<int64_t>(items.size());
  int64_t start = args.positional.size() > 1 ? slice_index_arg(args.positional[1]) : 0;
  int64_t stop = args.positional.size() > 2 ? slice_index_arg(args.positional[2]) : INT64_MAX;
  if (start < 0) start = std::max<int64_t>(start + n, 0);
  if (stop < 0) stop = std::max<int64_t>(stop + n, 0);
  for (int64_t i = start; i < stop && i < static_cast<int64_t>(items.size()); ++i) {
    Value item = items[i];
    if (eq(item, args.positional[0])) return Value::integer(i);
  }
  raise_value_error(fmt::format("{} is not in list", repr(args.positional[0])));
}

Value list_count(const Value& self, CallArgs args) {
  check_args("list.count", args, 1, 1);
  auto& items = self_list(self)->items;
  int64_t count = 0;
  for (size_t i = 0; i < items.size(); ++i) {
    Value item = items[i];
    if (eq(item, args.positional[0])) ++count;
  }
  return Value::integer(count);
}

Value list_reverse(const Value& self, CallArgs args) {
  check_args("list.reverse", args, 0, 0);
  std::reverse(self_list(self)->items.begin(), self_list(self)->items.end());
  return Value::none();
}

Value list_copy(const Value& self, CallArgs args) {
  check_args("list.copy", args, 0, 0);
  return make_list(self_list(self)->items);
}

Value list_clear(const Value& self, CallArgs args) {
  check_args("list.clear", args, 0, 0);
  std::vector<Value> old;
  old.swap(self_list(self)->items);
  return Value::none();
}

Value list_sort(const Value& self, CallArgs args) {
  if (!args.positional.empty()) raise_type_error("sort() takes no positional arguments");
  Value key, rev;
  for (size_t k = 0; k < args.kw_names.size(); ++k) {
    std::string_view name = args.kw_names[k]->view();
    if (name == "key") key = args.kw_values[k];
    else if (name == "reverse") rev = args.kw_values[k];
    else raise_type_error(fmt::format("'{}' is an invalid keyword argument for sort()", name));
  }
  bool reverse = false;
  if (!rev.is_unbound()) {
    if (is_big_int(rev)) raise_overflow("Python int too large to convert to C int");
    reverse = index_int64(rev) != 0;
  }
  ListObject* l = self_list(self);
  // The list is empty while it is sorted: the key and the comparisons see
  // an empty list, and any change they make to it is detected afterwards.
  std::vector<Value> items;
  items.swap(l->items);
  bool modified;
  try {
    sort_values(items, key, reverse);
    modified = l->items.capacity() != 0;
  } catch (...) {
    items.swap(l->items);
    throw;
  }
  items.swap(l->items);  // `items` now holds whatever the callbacks left; dropped here
  if (modified) raise_value_error("list modified during sort");
  return Value::none();
}

}  // namespace

void init_list_type() {
  add_method(types::list, "append", &list_append);
  add_method(types::list, "extend", &list_extend);
  add_method(types::list, "insert", &list_insert);
  add_method(types::list, "pop", &list_pop);
  add_method(types::list, "remove", &list_remove);
  add_method(types::list, "index", &list_index);
  add_method(types::list, "count", &list_count);
  add_method(types::list, "reverse", &list_reverse);
  add_method(types::list, "copy", &list_copy);
  add_method(types::list, "clear", &list_clear);
  add_method(types::list, "sort", &list_sort);
}

}  // namespace pywalk
