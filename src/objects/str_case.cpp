// str methods: case mapping (with Unicode special casing and the
// Final_Sigma rule), the is*() predicates, padding (center/ljust/rjust/
// zfill) and expandtabs.
#include <fmt/format.h>

#include "pywalk/ast.h"  // objects/int.h needs BinOpKind
#include "pywalk/errors.h"
#include "pywalk/objects/builtin.h"
#include "pywalk/objects/int.h"
#include "pywalk/objects/str.h"
#include "pywalk/objects/unicode.h"
#include "pywalk/ops.h"
#include "str_internal.h"

namespace pywalk {

using namespace strimpl;  // NOLINT: this file implements strimpl

namespace {

using unicode::Case;

// ------------------------------------------------------------ case mapping

// CPython's handle_capital_sigma: U+03A3 lowers to final sigma when preceded
// by a cased letter and not followed by one (case-ignorables skipped).
char32_t sigma_lower(const std::u32string& cps, size_t i) {
  size_t j = i;
  char32_t c = 0;
  bool found = false;
  while (j > 0) {
    c = cps[--j];
    if (!unicode::has(c, unicode::kCaseIgnorable)) {
      found = true;
      break;
    }
  }
  bool final_sigma = found && unicode::has(c, unicode::kCased);
  if (final_sigma && i + 1 < cps.size()) {
    size_t k = i + 1;
    for (; k < cps.size(); ++k) {
      c = cps[k];
      if (!unicode::has(c, unicode::kCaseIgnorable)) break;
    }
    final_sigma = k == cps.size() || !unicode::has(c, unicode::kCased);
  }
  return final_sigma ? 0x3C2 : 0x3C3;
}

// lower_ucs4: the full lowercase mapping of cps[i], in context.
void append_lower(std::string& out, const std::u32string& cps, size_t i) {
  if (cps[i] == 0x3A3)
    utf8_append(out, sigma_lower(cps, i));
  else
    unicode::append_case(out, cps[i], Case::Lower);
}

enum class Mode { Upper, Lower, Fold, Swap, Title, Capitalize };

Value convert(const Value& self, CallArgs args, const char* name, Mode mode) {
  no_args(name, args);
  const StrObject* s = as_str(self);
  std::string out;
  out.reserve(s->data.size());
  if (s->ascii) {
    bool prev_cased = false;
    for (size_t i = 0; i < s->data.size(); ++i) {
      char c = s->data[i];
      bool up = c >= 'A' && c <= 'Z', low = c >= 'a' && c <= 'z';
      bool to_upper = false, to_lower = false;
      switch (mode) {
        case Mode::Upper: to_upper = true; break;
        case Mode::Lower:
        case Mode::Fold: to_lower = true; break;
        case Mode::Swap: to_upper = low; to_lower = up; break;
        case Mode::Title: to_upper = !prev_cased; to_lower = prev_cased; break;
        case Mode::Capitalize: to_upper = i == 0; to_lower = i != 0; break;
      }
      if (to_upper && low) c = static_cast<char>(c - 32);
      if (to_lower && up) c = static_cast<char>(c + 32);
      prev_cased = up || low;
      out += c;
    }
    return make_str(std::move(out), s->length, true);
  }
  std::u32string cps = decode(s->view());
  bool prev_cased = false;
  for (size_t i = 0; i < cps.size(); ++i) {
    char32_t c = cps[i];
    switch (mode) {
      case Mode::Upper: unicode::append_case(out, c, Case::Upper); break;
      case Mode::Lower: append_lower(out, cps, i); break;
      case Mode::Fold: unicode::append_case(out, c, Case::Fold); break;
      case Mode::Swap:
        if (unicode::has(c, unicode::kUpper))
          append_lower(out, cps, i);
        else if (unicode::has(c, unicode::kLower))
          unicode::append_case(out, c, Case::Upper);
        else
          utf8_append(out, c);
        break;
      case Mode::Title:
        if (prev_cased)
          append_lower(out, cps, i);
        else
          unicode::append_case(out, c, Case::Title);
        prev_cased = unicode::has(c, unicode::kCased);
        break;
      case Mode::Capitalize:
        if (i == 0)
          unicode::append_case(out, c, Case::Title);
        else
          append_lower(out, cps, i);
        break;
    }
  }
  return make_str(std::move(out));
}

Value str_upper(const Value& self, CallArgs args) { return convert(self, args, "upper", Mode::Upper); }
Value str_lower(const Value& self, CallArgs args) { return convert(self, args, "lower", Mode::Lower); }
Value str_casefold(const Value& self, CallArgs args) { return convert(self, args, "casefold", Mode::Fold); }
Value str_swapcase(const Value& self, CallArgs args) { return convert(self, args, "swapcase", Mode::Swap); }
Value str_title(const Value& self, CallArgs args) { return convert(self, args, "title", Mode::Title); }
Value str_capitalize(const Value& self, CallArgs args) { return convert(self, args, "capitalize", Mode::Capitalize); }

// -------------------------------------------------------------- predicates

// True when s is non-empty and every code point has one of `flags`.
Value all_have(const Value& self, CallArgs args, const char* name, uint16_t flags) {
  no_args(name, args);
  const StrObject* s = as_str(self);
  if (s->length == 0) return Value::boolean(false);
  std::string_view v = s->view();
  for (size_t i = 0; i < v.size();)
    if (!unicode::has(utf8_decode(v, i), flags)) return Value::boolean(false);
  return Value::boolean(true);
}

Value str_isalpha(const Value& self, CallArgs args) { return all_have(self, args, "isalpha", unicode::kAlpha); }
Value str_isdecimal(const Value& self, CallArgs args) { return all_have(self, args, "isdecimal", unicode::kDecimal); }
Value str_isdigit(const Value& self, CallArgs args) { return all_have(self, args, "isdigit", unicode::kDigit); }
Value str_isnumeric(const Value& self, CallArgs args) { return all_have(self, args, "isnumeric", unicode::kNumeric); }
Value str_isspace(const Value& self, CallArgs args) { return all_have(self, args, "isspace", unicode::kSpace); }
Value str_isalnum(const Value& self, CallArgs args) {
  return all_have(self, args, "isalnum", unicode::kAlpha | unicode::kDecimal | unicode::kDigit | unicode::kNumeric);
}

Value str_isprintable(const Value& self, CallArgs args) {
  no_args("isprintable", args);
  std::string_view v = as_str(self)->view();
  for (size_t i = 0; i < v.size();)
    if (!is_printable(utf8_decode(v, i))) return Value::boolean(false);
  return Value::boolean(true);
}

Value str_isascii(const Value& self, CallArgs args) {
  no_args("isascii", args);
  return Value::boolean(as_str(self)->ascii);
}

Value str_isidentifier(const Value& self, CallArgs args) {
  no_args("isidentifier", args);
  std::string_view v = as_str(self)->view();
  if (v.empty()) return Value::boolean(false);
  size_t i = 0;
  if (!unicode::has(utf8_decode(v, i), unicode::kXidStart)) return Value::boolean(false);
  while (i < v.size())
    if (!unicode::has(utf8_decode(v, i), unicode::kXidContinue)) return Value::boolean(false);
  return Value::boolean(true);
}

// isupper/islower: no code point of the other case (or titlecase), and at least one cased.
Value cased_check(const Value& self, CallArgs args, const char* name, uint16_t want, uint16_t reject) {
  no_args(name, args);
  std::string_view v = as_str(self)->view();
  bool cased = false;
  for (size_t i = 0; i < v.size();) {
    uint16_t f = unicode::flags(utf8_decode(v, i));
    if (f & (reject | unicode::kTitle)) return Value::boolean(false);
    if (f & want) cased = true;
  }
  return Value::boolean(cased);
}

Value str_isupper(const Value& self, CallArgs args) {
  return cased_check(self, args, "isupper", unicode::kUpper, unicode::kLower);
}
Value str_islower(const Value& self, CallArgs args) {
  return cased_check(self, args, "islower", unicode::kLower, unicode::kUpper);
}

Value str_istitle(const Value& self, CallArgs args) {
  no_args("istitle", args);
  std::string_view v = as_str(self)->view();
  bool cased = false, prev_cased = false;
  for (size_t i = 0; i < v.size();) {
    uint16_t f = unicode::flags(utf8_decode(v, i));
    if (f & (unicode::kUpper | unicode::kTitle)) {
      if (prev_cased) return Value::boolean(false);
      prev_cased = cased = true;
    } else if (f & unicode::kLower) {
      if (!prev_cased) return Value::boolean(false);
      prev_cased = cased = true;
    } else {
      prev_cased = false;
    }
  }
  return Value::boolean(cased);
}

// ----------------------------------------------------------------- padding

Value pad(const StrObject* s, int64_t left, int64_t right, const std::string& fill) {
  if (left < 0) left = 0;
  if (right < 0) right = 0;
  if (left == 0 && right == 0) return same(s);
  check_alloc(static_cast<uint64_t>(left) + static_cast<uint64_t>(right), fill.size());
  std::string out;
  out.reserve(s->data.size() + (left + right) * fill.size());
  for (int64_t i = 0; i < left; ++i) out += fill;
  out += s->data;
  for (int64_t i = 0; i < right; ++i) out += fill;
  return make_str(std::move(out), s->length + left + right, s->ascii && fill.size() == 1);
}

enum class Just { Left, Right, Center };

Value justify(const Value& self, CallArgs args, const char* name, Just how) {
  no_keywords(name, args);
  ArgParser(name, args).positional(1, 2);
  const StrObject* s = as_str(self);
  int64_t width = as_ssize(args.positional[0]);
  std::string fill = " ";
  if (args.positional.size() > 1) {
    const Value& f = args.positional[1];
    if (!is_str(f))
      raise_type_error(fmt::format("The fill character must be a unicode character, not {}", type_name(f)));
    if (as_str(f)->length != 1) raise_type_error("The fill character must be exactly one character long");
    fill = as_str(f)->data;
  }
  if (s->length >= width) return same(s);
  int64_t marg = width - s->length;
  switch (how) {
    case Just::Left: return pad(s, 0, marg, fill);
    case Just::Right: return pad(s, marg, 0, fill);
    case Just::Center: {
      int64_t left = marg / 2 + (marg & width & 1);
      return pad(s, left, marg - left, fill);
    }
  }
  return same(s);
}

Value str_center(const Value& self, CallArgs args) { return justify(self, args, "center", Just::Center); }
Value str_ljust(const Value& self, CallArgs args) { return justify(self, args, "ljust", Just::Left); }
Value str_rjust(const Value& self, CallArgs args) { return justify(self, args, "rjust", Just::Right); }

Value str_zfill(const Value& self, CallArgs args) {
  int64_t width = as_ssize(one_arg("zfill", args));
  const StrObject* s = as_str(self);
  if (s->length >= width) return same(s);
  int64_t fill = width - s->length;
  check_alloc(static_cast<uint64_t>(fill), 1);
  std::string out(static_cast<size_t>(fill), '0');
  out += s->data;
  char c = out[static_cast<size_t>(fill)];
  if (c == '+' || c == '-') {
    out[0] = c;
    out[static_cast<size_t>(fill)] = '0';
  }
  return make_str(std::move(out), width, s->ascii);
}

Value str_expandtabs(const Value& self, CallArgs args) {
  static const char* const kNames[] = {"tabsize"};
  Value a[1];
  parse_keywords("expandtabs", args, kNames, 1, a);
  int64_t tabsize = a[0].is_unbound() ? 8 : as_c_int(a[0]);
  const StrObject* s = as_str(self);
  if (s->view().find('\t') == std::string_view::npos) return same(s);
  std::string_view v = s->view();
  // First pass: the length, with CPython's overflow check.
  int64_t total = 0, col = 0;
  for (size_t i = 0; i < v.size();) {
    char32_t c = utf8_decode(v, i);
    if (c == '\t') {
      if (tabsize > 0) {
        int64_t incr = tabsize - col % tabsize;
        if (total > INT64_MAX - incr) raise_overflow("new string is too long");
        col += incr;
        total += incr;
      }
    } else {
      ++total;
      ++col;
      if (c == '\n' || c == '\r') col = 0;
    }
  }
  check_alloc(static_cast<uint64_t>(total), 1);
  std::string out;
  out.reserve(static_cast<size_t>(total) + (v.size() - static_cast<size_t>(s->length)));
  col = 0;
  for (size_t i = 0; i < v.size();) {
    size_t start = i;
    char32_t c = utf8_decode(v, i);
    if (c == '\t') {
      if (tabsize > 0) {
        int64_t incr = tabsize - col % tabsize;
        out.append(static_cast<size_t>(incr), ' ');
        col += incr;
      }
    } else {
      out.append(v.substr(start, i - start));
      ++col;
      if (c == '\n' || c == '\r') col = 0;
    }
  }
  return make_str(std::move(out), total, s->ascii);
}

}  // namespace

void register_str_case_methods() {
  TypeObject* t = types::str;
  add_method(t, "upper", &str_upper);
  add_method(t, "lower", &str_lower);
  add_method(t, "casefold", &str_casefold);
  add_method(t, "swapcase", &str_swapcase);
  add_method(t, "title", &str_title);
  add_method(t, "capitalize", &str_capitalize);
  add_method(t, "isalpha", &str_isalpha);
  add_method(t, "isdecimal", &str_isdecimal);
  add_method(t, "isdigit", &str_isdigit);
  add_method(t, "isnumeric", &str_isnumeric);
  add_method(t, "isspace", &str_isspace);
  add_method(t, "isalnum", &str_isalnum);
  add_method(t, "isprintable", &str_isprintable);
  add_method(t, "isascii", &str_isascii);
  add_method(t, "isidentifier", &str_isidentifier);
  add_method(t, "isupper", &str_isupper);
  add_method(t, "islower", &str_islower);
  add_method(t, "istitle", &str_istitle);
  add_method(t, "center", &str_center);
  add_method(t, "ljust", &str_ljust);
  add_method(t, "rjust", &str_rjust);
  add_method(t, "zfill", &str_zfill);
  add_method(t, "expandtabs", &str_expandtabs);
}

}  // namespace pywalk
