// The `string` module: the character-class constants and capwords().
// (Template and Formatter are classes written in Python in CPython; not
// provided.)
#include <fmt/format.h>

#include <array>

#include "pywalk/errors.h"
#include "pywalk/modules/native.h"
#include "pywalk/objects/list.h"
#include "pywalk/objects/module.h"
#include "pywalk/objects/str.h"
#include "pywalk/ops.h"

namespace pywalk {

namespace {

// capwords(s, sep=None): (sep or ' ').join(w.capitalize() for w in s.split(sep))
Value string_capwords(const Value&, CallArgs args) {
  static constexpr std::array<const char*, 2> kNames = {"s", "sep"};
  Value a[2];
  modules::bind_py_args("capwords", args, kNames, 1, a);
  Value sep = a[1].is_unbound() ? Value::none() : a[1];
  Value words = call1(getattr(a[0], intern("split")), sep);
  std::vector<Value> caps;
  for_each(words, [&](const Value& w) { caps.push_back(call0(getattr(w, intern("capitalize")))); });
  Value joiner = truthy(sep) ? sep : make_str(" ");
  return call1(getattr(joiner, intern("join")), make_list(std::move(caps)));
}

}  // namespace

void init_string_module(ModuleObject* m) {
  const char* lower = "abcdefghijklmnopqrstuvwxyz";
  const char* upper = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
  const char* digits = "0123456789";
  const char* punctuation = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~";
  const char* whitespace = " \t\n\r\x0b\x0c";
  std::string letters = std::string(lower) + upper;
  modules::set_attr(m, "ascii_lowercase", make_str(lower));
  modules::set_attr(m, "ascii_uppercase", make_str(upper));
  modules::set_attr(m, "ascii_letters", make_str(letters));
  modules::set_attr(m, "digits", make_str(digits));
  modules::set_attr(m, "hexdigits", make_str("0123456789abcdefABCDEF"));
  modules::set_attr(m, "octdigits", make_str("01234567"));
  modules::set_attr(m, "punctuation", make_str(punctuation));
  modules::set_attr(m, "whitespace", make_str(whitespace));
  modules::set_attr(m, "printable", make_str(std::string(digits) + letters + punctuation + whitespace));
  modules::def(m, "capwords", &string_capwords);
}

}  // namespace pywalk
