// StrObject: Python str, a sequence of Unicode code points.
//
// Stored as UTF-8 (`data`) because that is what gets printed, with the
// length in code points computed once. `ascii` is true when every byte is
// < 0x80: then code point i is byte i and indexing is O(1). Otherwise the
// first indexing operation builds `offsets`, the byte offset of every code
// point, and indexing stays O(1) after that. Strings are immutable: `data`
// never changes after construction (the one exception, str_append_in_place,
// only touches a string nothing else references). `hash` caches the hash
// (-1 = not yet). Interned strings (identifiers, attribute names, short
// literals) are immortal and unique per content, so names compare by
// pointer; the empty string and the one-character strings below U+0100 are
// immortal singletons too, so producing them never allocates. Lone
// surrogates are stored as their three-byte encodings ("WTF-8"), so UTF-8
// byte order is code point order and comparison is a memcmp.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "pywalk/call.h"
#include "pywalk/object.h"

namespace pywalk {

struct StrObject : Object {
  explicit StrObject(std::string utf8);
  // Trusted: the caller knows the code point length and whether it is ASCII.
  StrObject(std::string utf8, int64_t length, bool ascii);
  std::string data;    // UTF-8
  int64_t length = 0;  // in code points
  bool ascii = true;
  mutable int64_t hash = -1;
  // Lazily built for non-ASCII: the byte offset of each code point, then data.size().
  mutable std::vector<uint32_t> offsets;

  std::string_view view() const noexcept { return data; }
  // Byte offset of code point i (0 <= i <= length).
  size_t byte_offset(int64_t i) const;
  // Code point i (0 <= i < length).
  char32_t at(int64_t i) const;
  // Substring of code points [start, stop).
  std::string substr(int64_t start, int64_t stop) const;
};

Value make_str(std::string utf8);
Value make_str(std::string_view utf8);
Value make_str(const char* utf8);
// Same, when the code point length and ASCII-ness are already known
// (results of slicing, joining...): no rescan.
Value make_str(std::string utf8, int64_t length, bool ascii);
// The empty string (immortal).
Value empty_str();
// The unique immortal str with this content.
StrObject* intern(std::string_view utf8);
// One-character strings of code point c (cached for c < 256).
Value str_from_codepoint(char32_t c);

inline bool is_str(const Value& v) { return v.is_obj() && v.obj()->type->id == TypeId::Str; }
inline StrObject* as_str(const Value& v) { return v.as<StrObject>(); }

// UTF-8 helpers (one implementation for the whole interpreter).
int64_t utf8_length(std::string_view s);
void utf8_append(std::string& out, char32_t c);
// Decodes the code point starting at s[i]; advances i.
char32_t utf8_decode(std::string_view s, size_t& i);

// repr of a str exactly as CPython: quote choice and escapes.
std::string str_repr(std::string_view utf8);
// ascii() escaping of a repr (non-ASCII to \x, \u, \U).
std::string ascii_escape(std::string_view utf8);
bool is_printable(char32_t c);

// Operations used by ops.cpp.
int64_t str_hash(const StrObject* s);
Value str_getitem(const StrObject* s, const Value& key);  // index or slice
bool str_contains(const StrObject* s, const Value& item);
Value str_concat(const StrObject* a, const StrObject* b);
// `s += t` without copying s: appends b to a in place when nothing else can
// observe a (refcount 1, not immortal), as CPython's ceval does for a str
// variable that is about to be overwritten. Returns false (a unchanged) when
// it cannot; the caller then uses str_concat. For the evaluator: move the
// variable's value out of its slot first so that the count can be 1.
bool str_append_in_place(StrObject* a, const StrObject* b);
Value str_repeat(const StrObject* s, int64_t n);
int str_compare(const StrObject* a, const StrObject* b);  // by code points: <0, 0, >0
// printf-style `template % args`.
Value str_percent_format(const StrObject* tmpl, const Value& args);
// format(s, spec) for a str (the format-spec mini-language).
std::string str_format_spec(const StrObject* s, std::string_view spec);
// str.format(*args, **kwargs)
Value str_format_method(const StrObject* tmpl, CallArgs args);
// str(x) / str(bytes, encoding) constructor semantics
Value str_new(CallArgs args);

void init_str_type();  // registers str methods in types::str->dict

}  // namespace pywalk
