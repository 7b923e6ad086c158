// printf-style formatting, `template % args`: a port of CPython 3.11's
// PyUnicode_Format (Objects/unicodeobject.c), keeping its parsing order so
// that the same error wins when a template has several problems. Integers
// and floats are rendered (with width, precision and flags) by
// num::percent_format_int/float; %s %r %a %c are padded here.
#include <fmt/format.h>

#include "pywalk/ast.h"  // objects/int.h needs BinOpKind
#include "pywalk/errors.h"
#include "pywalk/num/format_spec.h"
#include "pywalk/objects/dict.h"
#include "pywalk/objects/int.h"
#include "pywalk/objects/list.h"
#include "pywalk/objects/range.h"
#include "pywalk/objects/str.h"
#include "pywalk/ops.h"
#include "str_internal.h"

namespace pywalk {

using namespace strimpl;  // NOLINT: this file implements strimpl

namespace {

bool is_digit(char32_t c) { return c >= '0' && c <= '9'; }

// PyMapping_Check for the builtin types (and not a tuple or str).
bool is_mapping(const Value& v) { return is_dict(v) || is_list(v) || is_range(v); }

class PercentFormatter {
 public:
  PercentFormatter(std::u32string fmt, const Value& args) : f_(std::move(fmt)), args_(args) {
    if (is_tuple(args)) {
      arglen_ = static_cast<int64_t>(args.as<TupleObject>()->items.size());
      argidx_ = 0;
    }
    if (is_mapping(args)) dict_ = args;
  }

  std::string run();

 private:
  Value next_arg();
  void one_conversion();
  // Reads the next template character into ch_; false (and exhausted_) at the end.
  bool read() {
    if (pos_ >= f_.size()) {
      exhausted_ = true;
      return false;
    }
    ch_ = f_[pos_++];
    return true;
  }
  void output_text(const std::string& text);

  std::u32string f_;
  size_t pos_ = 0;
  Value args_;  // the current argument source (replaced by a %(key) lookup)
  int64_t arglen_ = -1, argidx_ = -2;
  Value dict_;  // Unbound unless args is a mapping
  std::string out_;
  // The conversion being parsed.
  char32_t ch_ = 0;
  bool exhausted_ = false;
  num::PercentFlags flags_;
  int64_t width_ = -1, prec_ = -1;
};

Value PercentFormatter::next_arg() {
  if (argidx_ < arglen_) {
    int64_t i = argidx_++;
    if (arglen_ < 0) return args_;
    return args_.as<TupleObject>()->items[static_cast<size_t>(i)];
  }
  raise_type_error("not enough arguments for format string");
}

std::string PercentFormatter::run() {
  while (pos_ < f_.size()) {
    if (f_[pos_] != '%') {
      size_t start = pos_;
      while (pos_ < f_.size() && f_[pos_] != '%') ++pos_;
      for (size_t i = start; i < pos_; ++i) utf8_append(out_, f_[i]);
      continue;
    }
    ++pos_;
    one_conversion();
  }
  if (argidx_ < arglen_ && dict_.is_unbound())
    raise_type_error("not all arguments converted during string formatting");
  return std::move(out_);
}

void PercentFormatter::output_text(const std::string& text) {
  int64_t len = utf8_length(text);
  std::string_view body = text;
  if ((ch_ == 's' || ch_ == 'r' || ch_ == 'a') && prec_ >= 0 && len > prec_) {
    size_t b = 0;
    for (int64_t k = 0; k < prec_; ++k) utf8_decode(body, b);
    body = body.substr(0, b);
    len = prec_;
  }
  int64_t padding = width_ > len ? width_ - len : 0;
  check_alloc(static_cast<uint64_t>(padding), 1);
  if (!flags_.left) out_.append(static_cast<size_t>(padding), ' ');
  out_ += body;
  if (flags_.left) out_.append(static_cast<size_t>(padding), ' ');
}

// unicode_format_arg: parses and renders the conversion after a '%'.
void PercentFormatter::one_conversion() {
  if (pos_ < f_.size() && f_[pos_] == '%') {
    ++pos_;
    out_ += '%';
    return;
  }
  flags_ = {};
  width_ = prec_ = -1;
  exhausted_ = false;
  ch_ = pos_ < f_.size() ? f_[pos_] : 0;
  if (ch_ == '(') {
    if (dict_.is_unbound()) raise_type_error("format requires a mapping");
    size_t keystart = ++pos_;
    int pcount = 1;
    while (pcount > 0 && read()) {
      if (ch_ == ')')
        --pcount;
      else if (ch_ == '(')
        ++pcount;
    }
    if (pcount > 0) raise_value_error("incomplete format key");
    args_ = getitem(dict_, from_u32(std::u32string_view(f_).substr(keystart, pos_ - 1 - keystart)));
    arglen_ = -1;
    argidx_ = -2;
  }
  while (read()) {
    switch (ch_) {
      case '-': flags_.left = true; continue;
      case '+': flags_.plus = true; continue;
      case ' ': flags_.space = true; continue;
      case '#': flags_.alternate = true; continue;
      case '0': flags_.zero = true; continue;
      default: break;
    }
    break;
  }
  if (ch_ == '*') {
    Value v = next_arg();
    if (!is_int(v)) raise_type_error("* wants int");
    width_ = as_ssize(v);
    if (width_ < 0) {
      flags_.left = true;
      width_ = -width_;
    }
    read();
  } else if (is_digit(ch_)) {
    width_ = ch_ - '0';
    while (read()) {
      if (!is_digit(ch_)) break;
      int d = static_cast<int>(ch_ - '0');
      if (width_ > (INT64_MAX - d) / 10) raise_value_error("width too big");
      width_ = width_ * 10 + d;
    }
  }
  if (ch_ == '.') {
    prec_ = 0;
    read();
    if (ch_ == '*') {
      Value v = next_arg();
      if (!is_int(v)) raise_type_error("* wants int");
      prec_ = as_c_int(v);
      if (prec_ < 0) prec_ = 0;
      read();
    } else if (is_digit(ch_)) {
      prec_ = ch_ - '0';
      while (read()) {
        if (!is_digit(ch_)) break;
        int d = static_cast<int>(ch_ - '0');
        if (prec_ > (INT32_MAX - d) / 10) raise_value_error("precision too big");
        prec_ = prec_ * 10 + d;
      }
    }
  }
  if (!exhausted_ && (ch_ == 'h' || ch_ == 'l' || ch_ == 'L')) read();
  if (exhausted_) raise_value_error("incomplete format");

  Value v = next_arg();
  try {
    switch (ch_) {
      case 's': output_text(str(v)); break;
      case 'r': output_text(repr(v)); break;
      case 'a': output_text(ascii(v)); break;
      case 'i':
      case 'd':
      case 'u':
      case 'o':
      case 'x':
      case 'X': {
        char conv = static_cast<char>(ch_);
        if (!is_number(v)) {
          if (conv == 'o' || conv == 'x' || conv == 'X')
            raise_type_error(fmt::format("%{} format: an integer is required, not {}", conv, type_name(v)));
          raise_type_error(fmt::format("%{} format: a real number is required, not {}", conv, type_name(v)));
        }
        if (v.is_float()) {
          if (conv == 'o' || conv == 'x' || conv == 'X')
            raise_type_error(fmt::format("%{} format: an integer is required, not float", conv));
          out_ += num::percent_format_int(num::BigInt::from_double(v.as_float()), conv, flags_, width_, prec_);
        } else if (is_big_int(v)) {
          out_ += num::percent_format_int(v.as<IntObject>()->value, conv, flags_, width_, prec_);
        } else {
          out_ += num::percent_format_int(v.as_int(), conv, flags_, width_, prec_);
        }
        break;
      }
      case 'e':
      case 'E':
      case 'f':
      case 'F':
      case 'g':
      case 'G': {
        if (!is_number(v)) raise_type_error(fmt::format("must be real number, not {}", type_name(v)));
        out_ += num::percent_format_float(to_double(v), static_cast<char>(ch_), flags_, width_, prec_);
        break;
      }
      case 'c': {
        char32_t c;
        if (is_str(v)) {
          if (as_str(v)->length != 1) raise_type_error("%c requires int or char");
          c = as_str(v)->at(0);
        } else if (is_big_int(v)) {
          raise_overflow("%c arg not in range(0x110000)");
        } else if (v.is_int() || v.is_bool()) {
          if (v.as_int() < 0 || v.as_int() > 0x10FFFF) raise_overflow("%c arg not in range(0x110000)");
          c = static_cast<char32_t>(v.as_int());
        } else {
          raise_type_error("%c requires int or char");
        }
        std::string text;
        utf8_append(text, c);
        output_text(text);
        break;
      }
      default:
        raise_value_error(fmt::format("unsupported format character '{}' ({:#x}) at index {}",
                                      ch_ >= 31 && ch_ <= 126 ? static_cast<char>(ch_) : '?',
                                      static_cast<uint32_t>(ch_), pos_ - 1));
    }
  } catch (const num::NumError& e) {
    raise_num_error(e);
  }
  if (!dict_.is_unbound() && argidx_ < arglen_)
    raise_type_error("not all arguments converted during string formatting");
}

}  // namespace

Value str_percent_format(const StrObject* tmpl, const Value& args) {
  PercentFormatter f(decode(tmpl->view()), args);
  return make_str(f.run());
}

}  // namespace pywalk
