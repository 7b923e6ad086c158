// StrObject: construction, interning, UTF-8 helpers, repr, hashing,
// indexing and slicing, comparison, concatenation, repetition, str().
#include "pywalk/objects/class.h"
#include "pywalk/objects/str.h"

#include <fmt/format.h>

#include <cstring>
#include <functional>
#include <unordered_map>

#include "pywalk/ast.h"  // objects/int.h needs BinOpKind
#include "pywalk/errors.h"
#include "pywalk/objects/int.h"
#include "pywalk/objects/range.h"
#include "pywalk/objects/unicode.h"
#include "pywalk/ops.h"

namespace pywalk {

// ------------------------------------------------------------------- UTF-8

void utf8_append(std::string& out, char32_t c) {
  if (c < 0x80) {
    out += static_cast<char>(c);
  } else if (c < 0x800) {
    out += static_cast<char>(0xC0 | (c >> 6));
    out += static_cast<char>(0x80 | (c & 0x3F));
  } else if (c < 0x10000) {
    out += static_cast<char>(0xE0 | (c >> 12));
    out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (c & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (c >> 18));
    out += static_cast<char>(0x80 | ((c >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (c & 0x3F));
  }
}

// Lenient: surrogates encoded in three bytes decode as themselves; a byte
// that does not start a well-formed sequence decodes alone as U+DC80..U+DCFF
// (as Python's surrogateescape would have read it).
char32_t utf8_decode(std::string_view s, size_t& i) {
  unsigned char c = static_cast<unsigned char>(s[i]);
  if (c < 0x80) {
    ++i;
    return c;
  }
  int n;
  char32_t cp;
  if ((c & 0xE0) == 0xC0) {
    n = 1;
    cp = c & 0x1F;
  } else if ((c & 0xF0) == 0xE0) {
    n = 2;
    cp = c & 0x0F;
  } else if ((c & 0xF8) == 0xF0) {
    n = 3;
    cp = c & 0x07;
  } else {
    ++i;
    return 0xDC00 | c;
  }
  if (i + n >= s.size()) {  // truncated
    ++i;
    return 0xDC00 | c;
  }
  for (int k = 1; k <= n; ++k) {
    unsigned char cc = static_cast<unsigned char>(s[i + k]);
    if ((cc & 0xC0) != 0x80) {
      ++i;
      return 0xDC00 | c;
    }
    cp = (cp << 6) | (cc & 0x3F);
  }
  static constexpr char32_t kMin[4] = {0, 0x80, 0x800, 0x10000};
  if (cp < kMin[n] || cp > 0x10FFFF) {  // overlong or out of range
    ++i;
    return 0xDC00 | c;
  }
  i += n + 1;
  return cp;
}

int64_t utf8_length(std::string_view s) {
  int64_t n = 0;
  for (size_t i = 0; i < s.size();) {
    if (static_cast<unsigned char>(s[i]) < 0x80) {
      ++i;
    } else {
      utf8_decode(s, i);
    }
    ++n;
  }
  return n;
}

static bool all_ascii(std::string_view s) {
  for (char c : s)
    if (static_cast<unsigned char>(c) >= 0x80) return false;
  return true;
}

// ---------------------------------------------------------------- StrObject

StrObject::StrObject(std::string utf8) : Object(types::str), data(std::move(utf8)) {
  ascii = all_ascii(data);
  length = ascii ? static_cast<int64_t>(data.size()) : utf8_length(data);
}

StrObject::StrObject(std::string utf8, int64_t length_, bool ascii_)
    : Object(types::str), data(std::move(utf8)), length(length_), ascii(ascii_) {}

size_t StrObject::byte_offset(int64_t i) const {
  if (ascii) return static_cast<size_t>(i);
  if (offsets.empty()) {
    offsets.reserve(static_cast<size_t>(length) + 1);
    for (size_t b = 0; b < data.size();) {
      offsets.push_back(static_cast<uint32_t>(b));
      utf8_decode(data, b);
    }
    offsets.push_back(static_cast<uint32_t>(data.size()));
  }
  return offsets[static_cast<size_t>(i)];
}

char32_t StrObject::at(int64_t i) const {
  if (ascii) return static_cast<unsigned char>(data[static_cast<size_t>(i)]);
  size_t b = byte_offset(i);
  return utf8_decode(data, b);
}

std::string StrObject::substr(int64_t start, int64_t stop) const {
  if (stop <= start) return {};
  size_t b = byte_offset(start);
  return data.substr(b, byte_offset(stop) - b);
}

// ------------------------------------------------------------ construction

namespace {

StrObject* new_immortal(std::string utf8) {
  auto* s = new StrObject(std::move(utf8));
  s->make_immortal();
  return s;
}

// One-character strings for code points < 256.
StrObject* latin1_char(char32_t c) {
  static StrObject* table[256] = {};
  StrObject*& s = table[c];
  if (!s) {
    std::string text;
    utf8_append(text, c);
    s = new_immortal(std::move(text));
  }
  return s;
}

}  // namespace

StrObject* intern(std::string_view utf8) {
  using Table = std::unordered_map<std::string_view, StrObject*>;  // keys view the immortal strings' data
  static Table* table = new Table();
  auto it = table->find(utf8);
  if (it != table->end()) return it->second;
  StrObject* s = new_immortal(std::string(utf8));
  table->emplace(s->view(), s);
  return s;
}

Value empty_str() {
  static StrObject* empty = intern("");
  return Value(empty);
}

Value str_from_codepoint(char32_t c) {
  if (c < 256) return Value(latin1_char(c));
  std::string text;
  utf8_append(text, c);
  return make<StrObject>(std::move(text), 1, false).value();
}

Value make_str(std::string utf8, int64_t length, bool ascii) {
  if (length == 0) return empty_str();
  if (length == 1 && ascii) return Value(latin1_char(static_cast<unsigned char>(utf8[0])));
  return make<StrObject>(std::move(utf8), length, ascii).value();
}

Value make_str(std::string utf8) {
  if (utf8.empty()) return empty_str();
  if (utf8.size() == 1 && static_cast<unsigned char>(utf8[0]) < 0x80)
    return Value(latin1_char(static_cast<unsigned char>(utf8[0])));
  return make<StrObject>(std::move(utf8)).value();
}

Value make_str(std::string_view utf8) {
  if (utf8.size() <= 1) return make_str(std::string(utf8));
  return make<StrObject>(std::string(utf8)).value();
}

Value make_str(const char* utf8) { return make_str(std::string_view(utf8)); }

// -------------------------------------------------------------------- repr

bool is_printable(char32_t c) {
  if (c < 0x7F) return c >= 0x20;
  return unicode::has(c, unicode::kPrintable);
}

static void append_hex(std::string& out, char prefix, uint32_t v, int digits) {
  static const char kHex[] = "0123456789abcdef";
  out += '\\';
  out += prefix;
  for (int k = digits - 1; k >= 0; --k) out += kHex[(v >> (4 * k)) & 0xF];
}

static void append_escaped(std::string& out, char32_t c) {
  if (c <= 0xFF)
    append_hex(out, 'x', c, 2);
  else if (c <= 0xFFFF)
    append_hex(out, 'u', c, 4);
  else
    append_hex(out, 'U', c, 8);
}

std::string str_repr(std::string_view s) {
  bool has_single = s.find('\'') != std::string_view::npos;
  bool has_double = s.find('"') != std::string_view::npos;
  char quote = has_single && !has_double ? '"' : '\'';
  std::string out;
  out.reserve(s.size() + 2);
  out += quote;
  for (size_t i = 0; i < s.size();) {
    unsigned char b = static_cast<unsigned char>(s[i]);
    if (b < 0x80) {
      ++i;
      if (b == static_cast<unsigned char>(quote) || b == '\\') {
        out += '\\';
        out += static_cast<char>(b);
      } else if (b == '\t') {
        out += "\\t";
      } else if (b == '\n') {
        out += "\\n";
      } else if (b == '\r') {
        out += "\\r";
      } else if (b < 0x20 || b == 0x7F) {
        append_hex(out, 'x', b, 2);
      } else {
        out += static_cast<char>(b);
      }
      continue;
    }
    size_t start = i;
    char32_t c = utf8_decode(s, i);
    if (is_printable(c))
      out.append(s.substr(start, i - start));
    else
      append_escaped(out, c);
  }
  out += quote;
  return out;
}

std::string ascii_escape(std::string_view s) {
  if (all_ascii(s)) return std::string(s);
  std::string out;
  out.reserve(s.size() + 8);
  for (size_t i = 0; i < s.size();) {
    if (static_cast<unsigned char>(s[i]) < 0x80) {
      out += s[i++];
      continue;
    }
    append_escaped(out, utf8_decode(s, i));
  }
  return out;
}

// ------------------------------------------------------------- operations

namespace {

// CPython's siphash13 (Python/pyhash.c) with the all-zero key that
// PYTHONHASHSEED=0 selects, so sets of strings iterate in the order such a
// CPython run shows.
inline uint64_t rotl(uint64_t x, int b) { return (x << b) | (x >> (64 - b)); }

inline void sip_round(uint64_t& v0, uint64_t& v1, uint64_t& v2, uint64_t& v3) {
  v0 += v1; v2 += v3;
  v1 = rotl(v1, 13) ^ v0; v3 = rotl(v3, 16) ^ v2;
  v0 = rotl(v0, 32);
  v2 += v1; v0 += v3;
  v1 = rotl(v1, 17) ^ v2; v3 = rotl(v3, 21) ^ v0;
  v2 = rotl(v2, 32);
}

uint64_t siphash13(const uint8_t* in, size_t size) {
  uint64_t b = static_cast<uint64_t>(size) << 56;
  uint64_t v0 = 0x736f6d6570736575ULL, v1 = 0x646f72616e646f6dULL;
  uint64_t v2 = 0x6c7967656e657261ULL, v3 = 0x7465646279746573ULL;
  for (; size >= 8; in += 8, size -= 8) {
    uint64_t m = 0;
    for (int i = 7; i >= 0; --i) m = (m << 8) | in[i];  // little-endian load
    v3 ^= m;
    sip_round(v0, v1, v2, v3);
    v0 ^= m;
  }
  uint64_t t = 0;
  for (size_t i = size; i-- > 0;) t = (t << 8) | in[i];
  b |= t;
  v3 ^= b;
  sip_round(v0, v1, v2, v3);
  v0 ^= b;
  v2 ^= 0xff;
  sip_round(v0, v1, v2, v3);
  sip_round(v0, v1, v2, v3);
  sip_round(v0, v1, v2, v3);
  return (v0 ^ v1) ^ (v2 ^ v3);
}

}  // namespace

// hash(str) as CPython computes it: siphash13 over the string's canonical
// representation (1, 2 or 4 bytes per code point, little-endian, by the
// largest code point), 0 for the empty string.
int64_t str_hash(const StrObject* s) {
  if (s->hash != -1) return s->hash;
  uint64_t h = 0;
  if (s->length > 0) {
    if (s->ascii) {
      h = siphash13(reinterpret_cast<const uint8_t*>(s->data.data()), s->data.size());
    } else {
      std::u32string cps;
      cps.reserve(static_cast<size_t>(s->length));
      char32_t max = 0;
      for (size_t i = 0; i < s->data.size();) {
        char32_t c = utf8_decode(s->data, i);
        cps.push_back(c);
        if (c > max) max = c;
      }
      size_t width = max < 0x100 ? 1 : max < 0x10000 ? 2 : 4;
      std::vector<uint8_t> bytes;
      bytes.reserve(cps.size() * width);
      for (char32_t c : cps)
        for (size_t k = 0; k < width; ++k) bytes.push_back(static_cast<uint8_t>(c >> (8 * k)));
      h = siphash13(bytes.data(), bytes.size());
    }
  }
  auto r = static_cast<int64_t>(h);
  if (r == -1) r = -2;
  s->hash = r;
  return r;
}

// Code points [start, start + step * n) by step, as a new str.
static Value str_slice_step(const StrObject* s, int64_t start, int64_t step, int64_t n) {
  std::string out;
  if (s->ascii) {
    out.resize(static_cast<size_t>(n));
    for (int64_t k = 0; k < n; ++k) out[static_cast<size_t>(k)] = s->data[static_cast<size_t>(start + k * step)];
    return make_str(std::move(out), n, true);
  }
  bool ascii = true;
  for (int64_t k = 0; k < n; ++k) {
    int64_t i = start + k * step;
    size_t b = s->byte_offset(i), e = s->byte_offset(i + 1);
    if (e - b > 1) ascii = false;
    out.append(s->data, b, e - b);
  }
  return make_str(std::move(out), n, ascii);
}

static Value str_char(const StrObject* s, int64_t i) {
  if (s->ascii) return Value(latin1_char(static_cast<unsigned char>(s->data[static_cast<size_t>(i)])));
  size_t b = s->byte_offset(i), e = s->byte_offset(i + 1);
  if (e - b <= 2) {  // below U+0800: maybe cached
    size_t k = b;
    char32_t c = utf8_decode(s->data, k);
    if (c < 256) return Value(latin1_char(c));
  }
  return make_str(s->data.substr(b, e - b), 1, false);
}

Value str_getitem(const StrObject* s, const Value& key) {
  if (key.is_int() || key.is_bool()) {
    int64_t i = key.as_int();
    if (i < 0) i += s->length;
    if (i < 0 || i >= s->length) raise_index_error("string index out of range");
    return str_char(s, i);
  }
  if (has_heap_type(key) && has_index(key)) return str_getitem(s, index_value(key));
  if (is_big_int(key)) raise_index_error("cannot fit 'int' into an index-sized integer");
  if (is_slice(key)) {
    SliceIndices ix = slice_indices(key.as<SliceObject>(), s->length);
    if (ix.length <= 0) return empty_str();
    if (ix.step == 1) {
      if (ix.length == s->length) return Value(const_cast<StrObject*>(s));
      if (ix.length == 1) return str_char(s, ix.start);
      std::string sub = s->substr(ix.start, ix.start + ix.length);
      bool ascii = s->ascii || static_cast<int64_t>(sub.size()) == ix.length;
      return make_str(std::move(sub), ix.length, ascii);
    }
    if (ix.length == 1) return str_char(s, ix.start);
    return str_slice_step(s, ix.start, ix.step, ix.length);
  }
  raise_type_error(fmt::format("string indices must be integers, not '{}'", type_name(key)));
}

bool str_contains(const StrObject* s, const Value& item) {
  if (!is_str(item))
    raise_type_error(fmt::format("'in <string>' requires string as left operand, not {}", type_name(item)));
  return s->view().find(as_str(item)->view()) != std::string_view::npos;
}

int str_compare(const StrObject* a, const StrObject* b) {
  // UTF-8 byte order is code point order.
  int c = a->view().compare(b->view());
  return c < 0 ? -1 : (c > 0 ? 1 : 0);
}

Value str_concat(const StrObject* a, const StrObject* b) {
  if (b->length == 0) return Value(const_cast<StrObject*>(a));
  if (a->length == 0) return Value(const_cast<StrObject*>(b));
  std::string out;
  out.reserve(a->data.size() + b->data.size());
  out += a->data;
  out += b->data;
  return make_str(std::move(out), a->length + b->length, a->ascii && b->ascii);
}

bool str_append_in_place(StrObject* a, const StrObject* b) {
  if (a->refcount != 1 || a->immortal() || a == b) return false;
  a->data += b->data;
  a->length += b->length;
  a->ascii = a->ascii && b->ascii;
  a->hash = -1;
  a->offsets.clear();
  return true;
}

Value str_repeat(const StrObject* s, int64_t n) {
  if (n <= 0 || s->length == 0) return empty_str();
  if (n == 1) return Value(const_cast<StrObject*>(s));
  if (s->length > INT64_MAX / n) raise_overflow("repeated string is too long");
  check_alloc(static_cast<uint64_t>(n), s->data.size());
  std::string out;
  out.reserve(s->data.size() * static_cast<size_t>(n));
  if (s->data.size() == 1) {
    out.assign(static_cast<size_t>(n), s->data[0]);
  } else {
    out += s->data;
    while (out.size() * 2 <= s->data.size() * static_cast<size_t>(n)) out += out;
    out.append(out.data(), s->data.size() * static_cast<size_t>(n) - out.size());
  }
  return make_str(std::move(out), s->length * n, s->ascii);
}

// ---------------------------------------------------------------- str(...)

Value str_new(CallArgs args) {
  size_t npos = args.positional.size();
  if (args.size() > 3) raise_type_error(fmt::format("str() takes at most 3 arguments ({} given)", args.size()));
  static const char* const kNames[3] = {"object", "encoding", "errors"};
  Value params[3];
  for (size_t i = 0; i < npos; ++i) params[i] = args.positional[i];
  for (size_t k = 0; k < args.kw_names.size(); ++k) {
    std::string_view name = args.kw_names[k]->view();
    size_t slot = 3;
    for (size_t i = 0; i < 3; ++i)
      if (name == kNames[i]) slot = i;
    if (slot == 3) raise_type_error(fmt::format("'{}' is an invalid keyword argument for str()", name));
    if (slot < npos)
      raise_type_error(fmt::format("argument for str() given by name ('{}') and position ({})", name, slot + 1));
    params[slot] = args.kw_values[k];
  }
  const Value& object = params[0];
  if (params[1].is_unbound() && params[2].is_unbound()) {
    if (object.is_unbound()) return empty_str();
    return str_value(object);
  }
  for (size_t i = 1; i < 3; ++i)
    if (!params[i].is_unbound() && !is_str(params[i]))
      raise_type_error(fmt::format("str() argument '{}' must be str, not {}", kNames[i],
                                   params[i].is_none() ? std::string("None") : type_name(params[i])));
  if (object.is_unbound()) return empty_str();
  if (is_str(object)) raise_type_error("decoding str is not supported");
  raise_type_error(fmt::format("decoding to str: need a bytes-like object, {} found", type_name(object)));
}

}  // namespace pywalk
