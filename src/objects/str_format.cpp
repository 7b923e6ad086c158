// String formatting: format(str, spec), str.format / str.format_map (a
// port of CPython's Objects/stringlib/unicode_format.h, errors raised in the
// same order), and printf-style `template % args` (a port of
// PyUnicode_Format). Number rendering is num/format_spec.h's.
#include <fmt/format.h>

#include "pywalk/ast.h"  // objects/int.h needs BinOpKind
#include "pywalk/errors.h"
#include "pywalk/num/format_spec.h"
#include "pywalk/objects/dict.h"
#include "pywalk/objects/int.h"
#include "pywalk/objects/list.h"
#include "pywalk/objects/str.h"
#include "pywalk/objects/unicode.h"
#include "pywalk/ops.h"
#include "str_internal.h"

namespace pywalk {

using namespace strimpl;  // NOLINT: this file implements strimpl

std::string str_format_spec(const StrObject* s, std::string_view spec) {
  if (spec.empty()) return s->data;
  try {
    return num::format_str(s->view(), num::parse_format_spec(spec, 's', "str"), "str");
  } catch (const num::NumError& e) {
    raise_num_error(e);
  }
}

// ============================================================ str.format

namespace {

class Formatter {
 public:
  // mapping Unbound: str.format (names from the keyword arguments);
  // otherwise str.format_map (names from mapping, no positional fields).
  Formatter(CallArgs args, const Value& mapping) : args_(args), mapping_(mapping) {}

  std::string build(std::string_view s, int depth);

 private:
  enum class Numbering { Init, Auto, Manual };

  void output_field(std::string& out, std::string_view s, size_t& pos, int depth);
  Value field_object(std::string_view name);
  Value lookup_name(std::string_view name);

  CallArgs args_;
  Value mapping_;
  Numbering numbering_ = Numbering::Init;
  int64_t next_index_ = 0;
};

// get_integer: the decimal value of `s` (any script's digits), or -1.
int64_t get_integer(std::string_view s) {
  if (s.empty()) return -1;
  int64_t acc = 0;
  for (size_t i = 0; i < s.size();) {
    int d = unicode::decimal_value(utf8_decode(s, i));
    if (d < 0) return -1;
    if (acc > (INT64_MAX - d) / 10) raise_value_error("Too many decimal digits in format string");
    acc = acc * 10 + d;
  }
  return acc;
}

std::string Formatter::build(std::string_view s, int depth) {
  if (depth <= 0) raise_value_error("Max string recursion exceeded");
  std::string out;
  size_t pos = 0, end = s.size();
  while (pos < end) {
    // MarkupIterator_next: literal text up to the first '{' or '}'.
    size_t start = pos;
    char c = 0;
    bool markup = false;
    while (pos < end) {
      c = s[pos++];
      if (c == '{' || c == '}') {
        markup = true;
        break;
      }
    }
    bool at_end = pos >= end;
    size_t len = pos - start;
    if (c == '}' && (at_end || s[pos] != '}')) raise_value_error("Single '}' encountered in format string");
    if (at_end && c == '{') raise_value_error("Single '{' encountered in format string");
    if (!at_end) {
      if (s[pos] == c) {
        ++pos;  // "{{" or "}}": the first brace is literal text
        markup = false;
      } else {
        --len;
      }
    }
    out.append(s.substr(start, len));
    if (markup) output_field(out, s, pos, depth);
  }
  return out;
}

// parse_field + output_markup: the field starting at s[pos] (after '{').
void Formatter::output_field(std::string& out, std::string_view s, size_t& pos, int depth) {
  size_t end = s.size();
  size_t name_start = pos;
  char c = 0;
  while (pos < end) {
    c = s[pos++];
    if (c == '{') raise_value_error("unexpected '{' in field name");
    if (c == '[') {
      while (pos < end && s[pos] != ']') ++pos;
      continue;
    }
    if (c == '}' || c == ':' || c == '!') break;
  }
  std::string_view name = s.substr(name_start, pos - 1 - name_start);
  char32_t conversion = 0;
  std::string_view spec;
  bool expand = false;
  if (c == '!' || c == ':') {
    bool done = false;
    if (c == '!') {
      if (pos >= end) raise_value_error("end of string while looking for conversion specifier");
      conversion = utf8_decode(s, pos);
      if (pos < end) {
        c = s[pos++];
        if (c == '}') done = true;
        else if (c != ':') raise_value_error("expected ':' after conversion specifier");
      }
    }
    if (!done) {
      size_t spec_start = pos;
      int count = 1;
      for (;;) {
        if (pos >= end) raise_value_error("unmatched '{' in format spec");
        c = s[pos++];
        if (c == '{') {
          expand = true;
          ++count;
        } else if (c == '}' && --count == 0) {
          break;
        }
      }
      spec = s.substr(spec_start, pos - 1 - spec_start);
    }
  } else if (c != '}') {
    raise_value_error("expected '}' before end of string");
  }

  Value obj = field_object(name);
  switch (conversion) {
    case 0: break;
    case 'r': obj = repr_value(obj); break;
    case 's': obj = str_value(obj); break;
    case 'a': obj = make_str(ascii(obj)); break;
    default:
      if (conversion > 32 && conversion < 127)
        raise_value_error(fmt::format("Unknown conversion specifier {}", static_cast<char>(conversion)));
      raise_value_error(fmt::format("Unknown conversion specifier \\x{:x}", static_cast<uint32_t>(conversion)));
  }
  std::string expanded;
  if (expand) {
    expanded = build(spec, depth - 1);
    spec = expanded;
  }
  if (spec.empty() && is_str(obj))
    out += as_str(obj)->data;
  else
    out += format(obj, spec);
}

Value Formatter::lookup_name(std::string_view name) {
  Value key = make_str(name);
  if (!mapping_.is_unbound()) return getitem(mapping_, key);
  for (size_t k = 0; k < args_.kw_names.size(); ++k)
    if (args_.kw_names[k]->view() == name) return args_.kw_values[k];
  raise_key_error(key);
}

// get_field_object: the argument named by `name`, then its .attr / [key] parts.
Value Formatter::field_object(std::string_view name) {
  size_t i = 0;
  while (i < name.size() && name[i] != '.' && name[i] != '[') ++i;
  std::string_view first = name.substr(0, i), rest = name.substr(i);
  int64_t index = get_integer(first);
  bool empty = first.empty();
  if (empty || index != -1) {
    if (numbering_ == Numbering::Init) numbering_ = empty ? Numbering::Auto : Numbering::Manual;
    if (numbering_ == Numbering::Manual && empty)
      raise_value_error("cannot switch from manual field specification to automatic field numbering");
    if (numbering_ == Numbering::Auto && !empty)
      raise_value_error("cannot switch from automatic field numbering to manual field specification");
    if (empty) index = next_index_++;
  }
  Value obj;
  if (index == -1) {
    obj = lookup_name(first);
  } else {
    if (!mapping_.is_unbound()) raise_value_error("Format string contains positional fields");
    if (index >= static_cast<int64_t>(args_.positional.size()))
      raise_index_error(fmt::format("Replacement index {} out of range for positional args tuple", index));
    obj = args_.positional[static_cast<size_t>(index)];
  }
  // FieldNameIterator_next
  size_t p = 0;
  while (p < rest.size()) {
    char c = rest[p++];
    if (c == '.') {
      size_t b = p;
      while (p < rest.size() && rest[p] != '.' && rest[p] != '[') ++p;
      std::string_view attr = rest.substr(b, p - b);
      if (attr.empty()) raise_value_error("Empty attribute in format string");
      obj = getattr(obj, intern(attr));
    } else if (c == '[') {
      size_t b = p;
      while (p < rest.size() && rest[p] != ']') ++p;
      if (p >= rest.size()) raise_value_error("Missing ']' in format string");
      std::string_view key = rest.substr(b, p - b);
      ++p;
      int64_t k = get_integer(key);
      if (key.empty()) raise_value_error("Empty attribute in format string");
      obj = getitem(obj, k == -1 ? make_str(key) : Value::integer(k));
    } else {
      raise_value_error("Only '.' or '[' may follow ']' in format field specifier");
    }
  }
  return obj;
}

}  // namespace

std::string strimpl::format_fields(const StrObject* tmpl, CallArgs args, const Value& mapping) {
  Formatter f(args, mapping);
  return f.build(tmpl->view(), 2);
}

Value str_format_method(const StrObject* tmpl, CallArgs args) {
  return make_str(format_fields(tmpl, args, Value()));
}

}  // namespace pywalk
