// str methods: encode (pywalk has no bytes), str.maketrans, translate.
#include <fmt/format.h>

#include "pywalk/ast.h"  // objects/int.h needs BinOpKind
#include "pywalk/errors.h"
#include "pywalk/objects/builtin.h"
#include "pywalk/objects/dict.h"
#include "pywalk/objects/int.h"
#include "pywalk/objects/str.h"
#include "pywalk/ops.h"
#include "str_internal.h"

namespace pywalk {

using namespace strimpl;  // NOLINT: this file implements strimpl

namespace {

// ------------------------------------------------------------------ encode

bool known_encoding(std::string_view name) {
  std::string n;
  for (char c : name) {
    char l = static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c);
    n += (l >= 'a' && l <= 'z') || (l >= '0' && l <= '9') || l == '.' ? l : '_';
  }
  static const char* const kKnown[] = {
      "utf_8",  "utf8",      "u8",        "utf",      "cp65001",  "ascii",    "us_ascii", "646",
      "us",     "latin_1",   "latin1",    "latin",    "iso8859_1", "iso_8859_1", "l1",   "8859",
      "cp819",  "utf_16",    "utf16",     "utf_16_le", "utf_16_be", "utf_32",  "utf32",    "utf_32_le",
      "utf_32_be", "cp1252", "windows_1252"};
  for (const char* k : kKnown)
    if (n == k) return true;
  return false;
}

Value str_encode(const Value&, CallArgs args) {
  static const char* const kNames[] = {"encoding", "errors"};
  Value a[2];
  parse_keywords("encode", args, kNames, 2, a);
  for (size_t i = 0; i < 2; ++i)
    if (!a[i].is_unbound() && !is_str(a[i]))
      raise_type_error(
          fmt::format("encode() argument '{}' must be str, not {}", kNames[i], clinic_type_name(a[i])));
  if (!a[0].is_unbound() && !known_encoding(as_str(a[0])->view()))
    raise(exc::LookupError, fmt::format("unknown encoding: {}", as_str(a[0])->view()));
  raise(exc::NotImplementedError, "pywalk does not support bytes");
}

// --------------------------------------------------------------- translate

Value str_maketrans(const Value&, CallArgs args) {
  no_keywords("maketrans", args);
  ArgParser("maketrans", args).positional(1, 3);
  const auto& p = args.positional;
  Value table = make_dict();
  DictObject* d = as_dict(table);
  if (p.size() == 1) {
    if (!is_dict(p[0])) raise_type_error("if you give only one argument to maketrans it must be a dict");
    for (const DictEntry& e : as_dict(p[0])->entries) {
      if (e.key.is_unbound()) continue;
      if (is_str(e.key)) {
        if (as_str(e.key)->length != 1) raise_value_error("string keys in translate table must be of length 1");
        d->set(Value::integer(as_str(e.key)->at(0)), e.value);
      } else if (is_int(e.key)) {
        d->set(e.key, e.value);
      } else {
        raise_type_error("keys in translate table must be strings or integers");
      }
    }
    return table;
  }
  for (size_t i = 1; i < p.size(); ++i)
    if (!is_str(p[i]))
      raise_type_error(fmt::format("maketrans() argument {} must be str, not {}", i + 1, clinic_type_name(p[i])));
  if (!is_str(p[0])) raise_type_error("first maketrans argument must be a string if there is a second argument");
  const StrObject* x = as_str(p[0]);
  const StrObject* y = as_str(p[1]);
  if (x->length != y->length) raise_value_error("the first two maketrans arguments must have equal length");
  for (int64_t i = 0; i < x->length; ++i) d->set(Value::integer(x->at(i)), Value::integer(y->at(i)));
  if (p.size() == 3) {
    const StrObject* z = as_str(p[2]);
    for (int64_t i = 0; i < z->length; ++i) d->set(Value::integer(z->at(i)), Value::none());
  }
  return table;
}

Value str_translate(const Value& self, CallArgs args) {
  const Value& table = one_arg("translate", args);
  const StrObject* s = as_str(self);
  std::string_view v = s->view();
  std::string out;
  out.reserve(v.size());
  for (size_t i = 0; i < v.size();) {
    size_t start = i;
    char32_t c = utf8_decode(v, i);
    Value m;
    try {
      m = getitem(table, Value::integer(c));
    } catch (const PyException& e) {
      if (!e.exc.obj()->type->is_subtype_of(exc::LookupError)) throw;
      out.append(v.substr(start, i - start));
      continue;
    }
    if (m.is_none()) continue;
    if (is_str(m)) {
      out += as_str(m)->data;
    } else if (m.is_int() || m.is_bool()) {
      if (m.as_int() < 0 || m.as_int() > 0x10FFFF) raise_value_error("character mapping must be in range(0x110000)");
      utf8_append(out, static_cast<char32_t>(m.as_int()));
    } else if (is_big_int(m)) {
      raise_value_error("character mapping must be in range(0x110000)");
    } else {
      raise_type_error("character mapping must return integer, None or str");
    }
  }
  return make_str(std::move(out));
}

}  // namespace

void register_str_translate_methods() {
  TypeObject* t = types::str;
  add_method(t, "encode", &str_encode);
  add_method(t, "translate", &str_translate);
  // maketrans is a static method: a builtin already bound to the type
  // (repr "<built-in method maketrans of type object at ...>", as CPython),
  // so neither str.maketrans(...) nor 'x'.maketrans(...) binds an instance.
  auto maketrans = make<BuiltinFunctionObject>(types::builtin_function, "maketrans", &str_maketrans, t,
                                               Value(static_cast<Object*>(t)));
  as_dict(t->dict)->set_str(intern("maketrans"), maketrans.value());
}

}  // namespace pywalk
