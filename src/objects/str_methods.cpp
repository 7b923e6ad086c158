// str methods: joining, splitting, stripping, str.format/format_map, and
// the registration of every str method (init_str_type). Searching and
// replacing are in str_search.cpp, case mapping, predicates and padding in
// str_case.cpp, encode/translate in str_translate.cpp, formatting in
// str_format.cpp.
#include <fmt/format.h>

#include <algorithm>

#include "pywalk/ast.h"  // objects/int.h needs BinOpKind
#include "pywalk/errors.h"
#include "pywalk/objects/builtin.h"
#include "pywalk/objects/int.h"
#include "pywalk/objects/list.h"
#include "pywalk/objects/str.h"
#include "pywalk/objects/unicode.h"
#include "pywalk/ops.h"
#include "str_internal.h"

namespace pywalk {

using namespace strimpl;  // NOLINT: this file implements strimpl

namespace {

const StrObject* self_str(const Value& self) { return as_str(self); }

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
// ------------------------------------------------------------------ format

Value str_format(const Value& self, CallArgs args) { return str_format_method(self_str(self), args); }

Value str_format_map(const Value& self, CallArgs args) {
  const Value& mapping = one_arg("format_map", args);
  return make_str(format_fields(self_str(self), CallArgs{}, mapping));
}

}  // namespace
void register_str_search_methods();     // str_search.cpp
void register_str_case_methods();       // str_case.cpp
void register_str_translate_methods();  // str_translate.cpp

void init_str_type() {
  TypeObject* t = types::str;
  add_method(t, "join", &str_join);
  add_method(t, "split", &str_split);
  add_method(t, "rsplit", &str_rsplit);
  add_method(t, "splitlines", &str_splitlines);
  add_method(t, "strip", &str_strip);
  add_method(t, "lstrip", &str_lstrip);
  add_method(t, "rstrip", &str_rstrip);
  add_method(t, "format", &str_format);
  add_method(t, "format_map", &str_format_map);
  register_str_search_methods();
  register_str_case_methods();
  register_str_translate_methods();
}

}  // namespace pywalk
