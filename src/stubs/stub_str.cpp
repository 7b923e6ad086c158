// TEMPORARY stub so the tree links while str is written. Delete when src/objects/str.cpp exists.
#include <cstdio>
#include <cstdlib>
#define STUB(name) do { std::fprintf(stderr, "pywalk: %s is not written yet\n", name); std::abort(); } while (0)
#include "pywalk/objects/str.h"
namespace pywalk {
StrObject::StrObject(std::string utf8) : Object(nullptr), data(std::move(utf8)) { STUB("StrObject"); }
size_t StrObject::byte_offset(int64_t) const { STUB("byte_offset"); }
char32_t StrObject::at(int64_t) const { STUB("at"); }
std::string StrObject::substr(int64_t, int64_t) const { STUB("substr"); }
Value make_str(std::string) { STUB("make_str"); }
Value make_str(std::string_view) { STUB("make_str"); }
Value make_str(const char*) { STUB("make_str"); }
StrObject* intern(std::string_view) { STUB("intern"); }
Value str_from_codepoint(char32_t) { STUB("str_from_codepoint"); }
int64_t utf8_length(std::string_view) { STUB("utf8_length"); }
void utf8_append(std::string&, char32_t) { STUB("utf8_append"); }
char32_t utf8_decode(std::string_view, size_t&) { STUB("utf8_decode"); }
std::string str_repr(std::string_view) { STUB("str_repr"); }
std::string ascii_escape(std::string_view) { STUB("ascii_escape"); }
bool is_printable(char32_t) { STUB("is_printable"); }
int64_t str_hash(const StrObject*) { STUB("str_hash"); }
Value str_getitem(const StrObject*, const Value&) { STUB("str_getitem"); }
bool str_contains(const StrObject*, const Value&) { STUB("str_contains"); }
Value str_concat(const StrObject*, const StrObject*) { STUB("str_concat"); }
Value str_repeat(const StrObject*, int64_t) { STUB("str_repeat"); }
int str_compare(const StrObject*, const StrObject*) { STUB("str_compare"); }
Value str_percent_format(const StrObject*, const Value&) { STUB("str_percent_format"); }
std::string str_format_spec(const StrObject*, std::string_view) { STUB("str_format_spec"); }
Value str_format_method(const StrObject*, CallArgs) { STUB("str_format_method"); }
Value str_new(CallArgs) { STUB("str_new"); }
void init_str_type() { STUB("init_str_type"); }
}  // namespace pywalk
