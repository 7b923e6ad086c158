// TEMPORARY stub so the tree links while the lexer is written. Delete when src/lexer.cpp exists.
#include <cstdio>
#include <cstdlib>
#define STUB(name) do { std::fprintf(stderr, "pywalk: %s is not written yet\n", name); std::abort(); } while (0)
#include "pywalk/lexer.h"
#include "pywalk/string_literal.h"
namespace pywalk {
Lexer::Lexer(std::string_view source, std::string filename, LexerOptions options) : source_(source), filename_(std::move(filename)), options_(options) {}
std::vector<Token> Lexer::tokenize() { STUB("Lexer::tokenize"); }
std::string dump_tokens(const std::vector<Token>&) { STUB("dump_tokens"); }
const char* token_kind_name(TokenKind) { STUB("token_kind_name"); }
bool is_operator(TokenKind) { STUB("is_operator"); }
StringParts split_string_literal(std::string_view) { STUB("split_string_literal"); }
std::string decode_string_body(std::string_view, bool) { STUB("decode_string_body"); }
}  // namespace pywalk
