// str methods: find/rfind/index/rindex/count, startswith/endswith,
// replace, partition/rpartition, removeprefix/removesuffix. Searches run on
// the UTF-8 bytes (a valid UTF-8 needle only matches at code point
// boundaries) and convert byte offsets to code point indices.
#include <fmt/format.h>

#include <algorithm>

#include "pywalk/ast.h"  // objects/int.h needs BinOpKind
#include "pywalk/errors.h"
#include "pywalk/objects/builtin.h"
#include "pywalk/objects/int.h"
#include "pywalk/objects/list.h"
#include "pywalk/objects/str.h"
#include "pywalk/ops.h"
#include "str_internal.h"

namespace pywalk {

using namespace strimpl;  // NOLINT: this file implements strimpl

namespace {

const StrObject* self_str(const Value& self) { return as_str(self); }

// ----------------------------------------------------------------- search

struct Window {
  int64_t start, end;     // code points, adjusted
  size_t bstart, bend;    // bytes (valid when start <= end)
};

Window window(const StrObject* s, CallArgs args, size_t first) {
  Window w;
  w.start = first < args.positional.size() ? slice_index(args.positional[first], 0) : 0;
  w.end = first + 1 < args.positional.size() ? slice_index(args.positional[first + 1], INT64_MAX) : INT64_MAX;
  adjust_indices(w.start, w.end, s->length);
  w.bstart = w.bend = 0;
  if (w.start <= w.end) {
    w.bstart = s->byte_offset(w.start);
    w.bend = s->byte_offset(w.end);
  }
  return w;
}

// find/rfind: code point index or -1.
int64_t find_impl(const Value& self, CallArgs args, const char* name, bool reverse) {
  check_arity(name, args, 1, 3);
  const StrObject* s = self_str(self);
  const StrObject* sub = require_str(args.positional[0], "");
  Window w = window(s, args, 1);
  if (w.end - w.start < sub->length) return -1;
  if (sub->length == 0) return reverse ? w.end : w.start;
  std::string_view hay = s->view().substr(w.bstart, w.bend - w.bstart);
  size_t hit = reverse ? hay.rfind(sub->view()) : hay.find(sub->view());
  if (hit == std::string_view::npos) return -1;
  return char_index(s, w.bstart + hit);
}

Value str_find(const Value& self, CallArgs args) { return Value::integer(find_impl(self, args, "find", false)); }
Value str_rfind(const Value& self, CallArgs args) { return Value::integer(find_impl(self, args, "rfind", true)); }
Value str_index(const Value& self, CallArgs args) {
  int64_t i = find_impl(self, args, "index", false);
  if (i < 0) raise_value_error("substring not found");
  return Value::integer(i);
}
Value str_rindex(const Value& self, CallArgs args) {
  int64_t i = find_impl(self, args, "rindex", true);
  if (i < 0) raise_value_error("substring not found");
  return Value::integer(i);
}

Value str_count(const Value& self, CallArgs args) {
  check_arity("count", args, 1, 3);
  const StrObject* s = self_str(self);
  const StrObject* sub = require_str(args.positional[0], "");
  Window w = window(s, args, 1);
  if (w.end - w.start < sub->length) return Value::integer(0);
  if (sub->length == 0) return Value::integer(w.end - w.start + 1);
  std::string_view hay = s->view().substr(w.bstart, w.bend - w.bstart), needle = sub->view();
  int64_t n = 0;
  for (size_t pos = hay.find(needle); pos != std::string_view::npos; pos = hay.find(needle, pos + needle.size())) ++n;
  return Value::integer(n);
}

// startswith/endswith: stringlib tailmatch.
bool tailmatch(const StrObject* s, const StrObject* sub, int64_t start, int64_t end, bool suffix) {
  adjust_indices(start, end, s->length);
  end -= sub->length;
  if (end < start) return false;
  if (sub->length == 0) return true;
  int64_t at = suffix ? end : start;
  size_t b = s->byte_offset(at);
  return s->view().substr(b, sub->data.size()) == sub->view();
}

Value starts_ends(const Value& self, CallArgs args, const char* name, bool suffix) {
  check_arity(name, args, 1, 3);
  const StrObject* s = self_str(self);
  const Value& arg = args.positional[0];
  int64_t start = args.positional.size() > 1 ? slice_index(args.positional[1], 0) : 0;
  int64_t end = args.positional.size() > 2 ? slice_index(args.positional[2], INT64_MAX) : INT64_MAX;
  if (is_tuple(arg)) {
    for (const Value& x : arg.as<TupleObject>()->items) {
      if (!is_str(x))
        raise_type_error(fmt::format("tuple for {} must only contain str, not {}", name, type_name(x)));
      if (tailmatch(s, as_str(x), start, end, suffix)) return Value::boolean(true);
    }
    return Value::boolean(false);
  }
  if (!is_str(arg))
    raise_type_error(fmt::format("{} first arg must be str or a tuple of str, not {}", name, type_name(arg)));
  return Value::boolean(tailmatch(s, as_str(arg), start, end, suffix));
}

Value str_startswith(const Value& self, CallArgs args) { return starts_ends(self, args, "startswith", false); }
Value str_endswith(const Value& self, CallArgs args) { return starts_ends(self, args, "endswith", true); }

// ---------------------------------------------------------------- replace

Value str_replace(const Value& self, CallArgs args) {
  no_keywords("replace", args);
  ArgParser("replace", args).positional(2, 3);
  const StrObject* s = self_str(self);
  if (!is_str(args.positional[0]))
    raise_type_error(fmt::format("replace() argument 1 must be str, not {}", clinic_type_name(args.positional[0])));
  if (!is_str(args.positional[1]))
    raise_type_error(fmt::format("replace() argument 2 must be str, not {}", clinic_type_name(args.positional[1])));
  const StrObject* old_s = as_str(args.positional[0]);
  const StrObject* new_s = as_str(args.positional[1]);
  int64_t count = args.positional.size() > 2 ? as_ssize(args.positional[2]) : -1;
  if (count < 0) count = INT64_MAX;
  if (count == 0 || s->length < old_s->length) return same(s);
  std::string_view text = s->view(), old_v = old_s->view();
  std::string out;
  int64_t n = 0;
  if (old_s->length == 0) {
    // Insert `new` before every code point (and at the end), up to count times.
    int64_t inserts = std::min<int64_t>(count, s->length + 1);
    if (new_s->length != 0 && inserts > (INT64_MAX - s->length) / new_s->length)
      raise_overflow("replace string is too long");
    check_alloc(static_cast<uint64_t>(inserts), new_s->data.size() + 4);
    for (int64_t i = 0; i < s->length; ++i) {
      if (n < inserts) {
        out += new_s->data;
        ++n;
      }
      size_t b = s->byte_offset(i);
      out.append(text.substr(b, s->byte_offset(i + 1) - b));
    }
    if (n < inserts) {
      out += new_s->data;
      ++n;
    }
  } else {
    size_t pos = 0;
    for (size_t hit = text.find(old_v); hit != std::string_view::npos && n < count; hit = text.find(old_v, pos)) {
      out.append(text.substr(pos, hit - pos));
      out += new_s->data;
      pos = hit + old_v.size();
      ++n;
      check_alloc(out.size(), 1);
    }
    if (n == 0) return same(s);
    out.append(text.substr(pos));
  }
  int64_t length = s->length + n * (new_s->length - old_s->length);
  return make_str(std::move(out), length, s->ascii && new_s->ascii);
}

// -------------------------------------------------------------- partition

Value partition_impl(const Value& self, CallArgs args, const char* name, bool reverse) {
  const StrObject* s = self_str(self);
  const StrObject* sep = require_str(one_arg(name, args), "");
  if (sep->length == 0) raise_value_error("empty separator");
  std::string_view text = s->view();
  size_t hit = reverse ? text.rfind(sep->view()) : text.find(sep->view());
  if (hit == std::string_view::npos) {
    if (reverse) return make_tuple({empty_str(), empty_str(), same(s)});
    return make_tuple({same(s), empty_str(), empty_str()});
  }
  return make_tuple({byte_piece(s, 0, hit), Value(const_cast<StrObject*>(sep)),
                     byte_piece(s, hit + sep->data.size(), text.size())});
}

Value str_partition(const Value& self, CallArgs args) { return partition_impl(self, args, "partition", false); }
Value str_rpartition(const Value& self, CallArgs args) { return partition_impl(self, args, "rpartition", true); }

Value str_removeprefix(const Value& self, CallArgs args) {
  const Value& a = one_arg("removeprefix", args);
  if (!is_str(a)) raise_type_error(fmt::format("removeprefix() argument must be str, not {}", clinic_type_name(a)));
  const StrObject* s = self_str(self);
  const StrObject* p = as_str(a);
  if (p->length == 0 || !s->view().starts_with(p->view())) return same(s);
  return piece(s, p->length, s->length);
}

Value str_removesuffix(const Value& self, CallArgs args) {
  const Value& a = one_arg("removesuffix", args);
  if (!is_str(a)) raise_type_error(fmt::format("removesuffix() argument must be str, not {}", clinic_type_name(a)));
  const StrObject* s = self_str(self);
  const StrObject* p = as_str(a);
  if (p->length == 0 || !s->view().ends_with(p->view())) return same(s);
  return piece(s, 0, s->length - p->length);
}
}  // namespace

void register_str_search_methods() {
  TypeObject* t = types::str;
  add_method(t, "find", &str_find);
  add_method(t, "rfind", &str_rfind);
  add_method(t, "index", &str_index);
  add_method(t, "rindex", &str_rindex);
  add_method(t, "count", &str_count);
  add_method(t, "startswith", &str_startswith);
  add_method(t, "endswith", &str_endswith);
  add_method(t, "replace", &str_replace);
  add_method(t, "partition", &str_partition);
  add_method(t, "rpartition", &str_rpartition);
  add_method(t, "removeprefix", &str_removeprefix);
  add_method(t, "removesuffix", &str_removesuffix);
}

}  // namespace pywalk
