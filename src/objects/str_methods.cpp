// str methods: searching, splitting, joining, stripping, replacing, and
// the registration of every str method (init_str_type). Case mapping,
// predicates and padding are in str_case.cpp; format() in str_format.cpp.
#include <fmt/format.h>

#include <algorithm>

#include "pywalk/ast.h"  // objects/int.h needs BinOpKind
#include "pywalk/errors.h"
#include "pywalk/objects/builtin.h"
#include "pywalk/objects/dict.h"
#include "pywalk/objects/int.h"
#include "pywalk/objects/list.h"
#include "pywalk/objects/str.h"
#include "pywalk/objects/unicode.h"
#include "pywalk/ops.h"
#include "str_internal.h"

namespace pywalk {

using namespace strimpl;  // NOLINT: this file implements strimpl

namespace strimpl {

std::u32string decode(std::string_view utf8) {
  std::u32string out;
  out.reserve(utf8.size());
  for (size_t i = 0; i < utf8.size();) out.push_back(utf8_decode(utf8, i));
  return out;
}

Value from_u32(std::u32string_view cps) {
  std::string out;
  out.reserve(cps.size());
  bool ascii = true;
  for (char32_t c : cps) {
    if (c >= 0x80) ascii = false;
    utf8_append(out, c);
  }
  return make_str(std::move(out), static_cast<int64_t>(cps.size()), ascii);
}

int64_t char_index(const StrObject* s, size_t byte) {
  if (s->ascii) return static_cast<int64_t>(byte);
  s->byte_offset(0);  // builds the offsets
  auto it = std::lower_bound(s->offsets.begin(), s->offsets.end(), static_cast<uint32_t>(byte));
  return it - s->offsets.begin();
}

int64_t as_ssize(const Value& v) {
  if (v.is_int() || v.is_bool()) return v.as_int();
  if (is_big_int(v)) raise_overflow("Python int too large to convert to C ssize_t");
  raise_type_error(fmt::format("'{}' object cannot be interpreted as an integer", type_name(v)));
}

int as_c_int(const Value& v) {
  if ((v.is_int() || v.is_bool()) && v.as_int() >= INT32_MIN && v.as_int() <= INT32_MAX)
    return static_cast<int>(v.as_int());
  if (v.is_int() || is_big_int(v)) raise_overflow("Python int too large to convert to C int");
  raise_type_error(fmt::format("'{}' object cannot be interpreted as an integer", type_name(v)));
}

int64_t slice_index(const Value& v, int64_t dflt) {
  if (v.is_unbound() || v.is_none()) return dflt;
  if (v.is_int() || v.is_bool()) return v.as_int();
  if (is_big_int(v)) return v.as<IntObject>()->value.is_negative() ? INT64_MIN : INT64_MAX;
  raise_type_error("slice indices must be integers or None or have an __index__ method");
}

void adjust_indices(int64_t& start, int64_t& end, int64_t len) {
  if (end > len) {
    end = len;
  } else if (end < 0) {
    end += len;
    if (end < 0) end = 0;
  }
  if (start < 0) {
    start += len;
    if (start < 0) start = 0;
  }
}

void no_keywords(const char* name, CallArgs args) {
  if (!args.kw_values.empty()) raise_type_error(fmt::format("str.{}() takes no keyword arguments", name));
}

void no_args(const char* name, CallArgs args) {
  no_keywords(name, args);
  if (!args.positional.empty())
    raise_type_error(fmt::format("str.{}() takes no arguments ({} given)", name, args.positional.size()));
}

const Value& one_arg(const char* name, CallArgs args) {
  no_keywords(name, args);
  if (args.positional.size() != 1)
    raise_type_error(fmt::format("str.{}() takes exactly one argument ({} given)", name, args.positional.size()));
  return args.positional[0];
}

void check_arity(const char* name, CallArgs args, size_t min, size_t max) {
  no_keywords(name, args);
  size_t n = args.positional.size();
  if (n < min)
    raise_type_error(fmt::format("{}() takes at least {} argument{} ({} given)", name, min, min == 1 ? "" : "s", n));
  if (n > max)
    raise_type_error(fmt::format("{}() takes at most {} argument{} ({} given)", name, max, max == 1 ? "" : "s", n));
}

void parse_keywords(const char* name, CallArgs args, const char* const* names, size_t n, Value* out) {
  if (args.size() > n)
    raise_type_error(
        fmt::format("{}() takes at most {} argument{} ({} given)", name, n, n == 1 ? "" : "s", args.size()));
  size_t npos = args.positional.size();
  for (size_t i = 0; i < npos; ++i) out[i] = args.positional[i];
  for (size_t k = 0; k < args.kw_names.size(); ++k) {
    std::string_view kw = args.kw_names[k]->view();
    size_t slot = n;
    for (size_t i = 0; i < n; ++i)
      if (kw == names[i]) slot = i;
    if (slot == n) raise_type_error(fmt::format("'{}' is an invalid keyword argument for {}()", kw, name));
    if (slot < npos)
      raise_type_error(fmt::format("argument for {}() given by name ('{}') and position ({})", name, kw, slot + 1));
    out[slot] = args.kw_values[k];
  }
}

const StrObject* require_str(const Value& v, const char* prefix) {
  if (!is_str(v)) raise_type_error(fmt::format("{}must be str, not {}", prefix, type_name(v)));
  return as_str(v);
}

std::string clinic_type_name(const Value& v) { return v.is_none() ? std::string("None") : type_name(v); }

}  // namespace strimpl

namespace {

const StrObject* self_str(const Value& self) { return as_str(self); }
Value same(const StrObject* s) { return Value(const_cast<StrObject*>(s)); }

// The code points [i, j) of s as a str.
Value piece(const StrObject* s, int64_t i, int64_t j) {
  if (i == 0 && j == s->length) return same(s);
  std::string sub = s->substr(i, j);
  bool ascii = s->ascii || static_cast<int64_t>(sub.size()) == j - i;
  return make_str(std::move(sub), j - i, ascii);
}

// Bytes [b, e) of s as a str.
Value byte_piece(const StrObject* s, size_t b, size_t e) {
  if (b == 0 && e == s->data.size()) return same(s);
  if (s->ascii) return make_str(s->data.substr(b, e - b), static_cast<int64_t>(e - b), true);
  return make_str(std::string_view(s->data).substr(b, e - b));
}

// ------------------------------------------------------------------- join

Value str_join(const Value& self, CallArgs args) {
  const Value& iterable = one_arg("join", args);
  Value it;
  try {
    it = iter(iterable);
  } catch (const PyException& e) {
    // PySequence_Fast: a TypeError from iter() becomes this message.
    if (e.exc.obj()->type->is_subtype_of(exc::TypeError)) raise_type_error("can only join an iterable");
    throw;
  }
  std::vector<Value> items;
  for (Value x = next(it); !x.is_unbound(); x = next(it)) items.push_back(std::move(x));
  const StrObject* sep = self_str(self);
  size_t bytes = 0;
  int64_t length = 0;
  bool ascii = sep->ascii;
  for (size_t i = 0; i < items.size(); ++i) {
    if (!is_str(items[i]))
      raise_type_error(fmt::format("sequence item {}: expected str instance, {} found", i, type_name(items[i])));
    const StrObject* s = as_str(items[i]);
    bytes += s->data.size();
    length += s->length;
    ascii = ascii && s->ascii;
  }
  if (items.empty()) return empty_str();
  if (items.size() == 1) return items[0];
  bytes += sep->data.size() * (items.size() - 1);
  length += sep->length * static_cast<int64_t>(items.size() - 1);
  std::string out;
  out.reserve(bytes);
  for (size_t i = 0; i < items.size(); ++i) {
    if (i) out += sep->data;
    out += as_str(items[i])->data;
  }
  return make_str(std::move(out), length, ascii);
}

// ------------------------------------------------------------------ split

const char* const kSplitNames[] = {"sep", "maxsplit"};

void split_args(const char* name, CallArgs args, const StrObject*& sep, int64_t& maxsplit) {
  Value a[2];
  parse_keywords(name, args, kSplitNames, 2, a);
  sep = nullptr;
  if (!a[0].is_unbound() && !a[0].is_none()) {
    if (!is_str(a[0])) raise_type_error(fmt::format("must be str or None, not {}", type_name(a[0])));
    sep = as_str(a[0]);
    if (sep->length == 0) raise_value_error("empty separator");
  }
  maxsplit = a[1].is_unbound() ? -1 : as_ssize(a[1]);
  if (maxsplit < 0) maxsplit = INT64_MAX;
}

Value str_split(const Value& self, CallArgs args) {
  const StrObject* s = self_str(self);
  const StrObject* sep;
  int64_t maxcount;
  split_args("split", args, sep, maxcount);
  std::vector<Value> out;
  if (!sep) {
    int64_t n = s->length, i = 0;
    while (maxcount-- > 0) {
      while (i < n && unicode::is_space(s->at(i))) ++i;
      if (i == n) break;
      int64_t j = i++;
      while (i < n && !unicode::is_space(s->at(i))) ++i;
      out.push_back(piece(s, j, i));
    }
    if (i < n) {
      while (i < n && unicode::is_space(s->at(i))) ++i;
      if (i != n) out.push_back(piece(s, i, n));
    }
    return make_list(std::move(out));
  }
  std::string_view text = s->view(), needle = sep->view();
  size_t pos = 0;
  while (maxcount-- > 0) {
    size_t hit = text.find(needle, pos);
    if (hit == std::string_view::npos) break;
    out.push_back(byte_piece(s, pos, hit));
    pos = hit + needle.size();
  }
  out.push_back(byte_piece(s, pos, text.size()));
  return make_list(std::move(out));
}

Value str_rsplit(const Value& self, CallArgs args) {
  const StrObject* s = self_str(self);
  const StrObject* sep;
  int64_t maxcount;
  split_args("rsplit", args, sep, maxcount);
  std::vector<Value> out;
  if (!sep) {
    int64_t i = s->length - 1;
    while (maxcount-- > 0) {
      while (i >= 0 && unicode::is_space(s->at(i))) --i;
      if (i < 0) break;
      int64_t j = i--;
      while (i >= 0 && !unicode::is_space(s->at(i))) --i;
      out.push_back(piece(s, i + 1, j + 1));
    }
    if (i >= 0) {
      while (i >= 0 && unicode::is_space(s->at(i))) --i;
      if (i >= 0) out.push_back(piece(s, 0, i + 1));
    }
  } else {
    std::string_view text = s->view(), needle = sep->view();
    size_t end = text.size();
    while (maxcount-- > 0) {
      if (end < needle.size()) break;
      size_t hit = text.rfind(needle, end - needle.size());
      if (hit == std::string_view::npos) break;
      out.push_back(byte_piece(s, hit + needle.size(), end));
      end = hit;
    }
    out.push_back(byte_piece(s, 0, end));
  }
  std::reverse(out.begin(), out.end());
  return make_list(std::move(out));
}

Value str_splitlines(const Value& self, CallArgs args) {
  static const char* const kNames[] = {"keepends"};
  Value a[1];
  parse_keywords("splitlines", args, kNames, 1, a);
  bool keepends = !a[0].is_unbound() && as_c_int(a[0]) != 0;
  const StrObject* s = self_str(self);
  std::vector<Value> out;
  int64_t n = s->length, i = 0;
  while (i < n) {
    int64_t j = i;
    while (i < n && !unicode::is_linebreak(s->at(i))) ++i;
    int64_t eol = i;
    if (i < n) {
      if (s->at(i) == '\r' && i + 1 < n && s->at(i + 1) == '\n')
        i += 2;
      else
        ++i;
      if (keepends) eol = i;
    }
    out.push_back(piece(s, j, eol));
  }
  return make_list(std::move(out));
}

// ------------------------------------------------------------------ strip

enum class Side { Left = 1, Right = 2, Both = 3 };

Value do_strip(const Value& self, CallArgs args, const char* name, Side side) {
  no_keywords(name, args);
  ArgParser(name, args).positional(0, 1);
  const StrObject* s = self_str(self);
  std::u32string chars;
  bool whitespace = true;
  if (!args.positional.empty() && !args.positional[0].is_none()) {
    if (!is_str(args.positional[0])) raise_type_error(fmt::format("{} arg must be None or str", name));
    chars = decode(as_str(args.positional[0])->view());
    whitespace = false;
  }
  auto strip_it = [&](char32_t c) {
    return whitespace ? unicode::is_space(c) : chars.find(c) != std::u32string::npos;
  };
  int64_t i = 0, j = s->length;
  if (static_cast<int>(side) & static_cast<int>(Side::Left))
    while (i < j && strip_it(s->at(i))) ++i;
  if (static_cast<int>(side) & static_cast<int>(Side::Right))
    while (j > i && strip_it(s->at(j - 1))) --j;
  return piece(s, i, j);
}

Value str_strip(const Value& self, CallArgs args) { return do_strip(self, args, "strip", Side::Both); }
Value str_lstrip(const Value& self, CallArgs args) { return do_strip(self, args, "lstrip", Side::Left); }
Value str_rstrip(const Value& self, CallArgs args) { return do_strip(self, args, "rstrip", Side::Right); }

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

// ------------------------------------------------------------------ format

Value str_format(const Value& self, CallArgs args) { return str_format_method(self_str(self), args); }

Value str_format_map(const Value& self, CallArgs args) {
  const Value& mapping = one_arg("format_map", args);
  return make_str(format_fields(self_str(self), CallArgs{}, mapping));
}

}  // namespace

void register_str_case_methods();  // str_case.cpp

void init_str_type() {
  TypeObject* t = types::str;
  add_method(t, "join", &str_join);
  add_method(t, "split", &str_split);
  add_method(t, "rsplit", &str_rsplit);
  add_method(t, "splitlines", &str_splitlines);
  add_method(t, "strip", &str_strip);
  add_method(t, "lstrip", &str_lstrip);
  add_method(t, "rstrip", &str_rstrip);
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
  add_method(t, "format", &str_format);
  add_method(t, "format_map", &str_format_map);
  register_str_case_methods();
}

}  // namespace pywalk
