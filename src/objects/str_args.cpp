// Helpers shared by the str implementation files (see str_internal.h):
// UTF-8 <-> code points, argument checking with CPython's wordings,
// index conversions, substrings.
#include <fmt/format.h>

#include <algorithm>

#include "pywalk/ast.h"  // objects/int.h needs BinOpKind
#include "pywalk/errors.h"
#include "pywalk/objects/class.h"
#include "pywalk/objects/int.h"
#include "pywalk/objects/str.h"
#include "pywalk/ops.h"
#include "str_internal.h"

namespace pywalk::strimpl {

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
  if (has_heap_type(v) && has_index(v)) return as_ssize(index_value(v));
  if (is_big_int(v)) raise_overflow("Python int too large to convert to C ssize_t");
  raise_type_error(fmt::format("'{}' object cannot be interpreted as an integer", type_name(v)));
}

int as_c_int(const Value& v) {
  if ((v.is_int() || v.is_bool()) && v.as_int() >= INT32_MIN && v.as_int() <= INT32_MAX)
    return static_cast<int>(v.as_int());
  if (has_heap_type(v) && has_index(v)) return as_c_int(index_value(v));
  if (v.is_int() || is_big_int(v)) raise_overflow("Python int too large to convert to C int");
  raise_type_error(fmt::format("'{}' object cannot be interpreted as an integer", type_name(v)));
}

int64_t slice_index(const Value& v, int64_t dflt) {
  if (v.is_unbound() || v.is_none()) return dflt;
  if (v.is_int() || v.is_bool()) return v.as_int();
  if (has_heap_type(v) && has_index(v)) return slice_index(index_value(v), dflt);
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

Value same(const StrObject* s) { return Value(const_cast<StrObject*>(s)); }

Value piece(const StrObject* s, int64_t i, int64_t j) {
  if (i == 0 && j == s->length) return same(s);
  std::string sub = s->substr(i, j);
  bool ascii = s->ascii || static_cast<int64_t>(sub.size()) == j - i;
  return make_str(std::move(sub), j - i, ascii);
}

Value byte_piece(const StrObject* s, size_t b, size_t e) {
  if (b == 0 && e == s->data.size()) return same(s);
  if (s->ascii) return make_str(s->data.substr(b, e - b), static_cast<int64_t>(e - b), true);
  return make_str(std::string_view(s->data).substr(b, e - b));
}

}  // namespace pywalk::strimpl
