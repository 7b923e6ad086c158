// Token kind names and the `python3 -m tokenize` layout of a token list.
#include "pywalk/token.h"

#include <fmt/format.h>

#include "pywalk/lexer.h"
#include "pywalk/objects/str.h"

namespace pywalk {

const char* token_kind_name(TokenKind k) {
  switch (k) {
#define X(kind, name, text) \
  case TokenKind::kind:     \
    return name;
    PYWALK_TOKEN_KINDS(X)
#undef X
  }
  return "?";
}

bool is_operator(TokenKind k) {
  return k >= TokenKind::LPar && k <= TokenKind::Exclamation;
}

namespace {

// Python's "%-*s": pads to `width` code points.
void append_padded(std::string& out, std::string_view s, int64_t width) {
  out += s;
  for (int64_t n = utf8_length(s); n < width; ++n) out += ' ';
}

}  // namespace

// tokenize's main(): print("%-20s%-15s%-15r" % (range, tok_name[type], string)).
std::string dump_tokens(const std::vector<Token>& tokens) {
  std::string out;
  out.reserve(tokens.size() * 48);
  for (const Token& t : tokens) {
    append_padded(out, fmt::format("{},{}-{},{}:", t.span.line, t.span.col, t.span.end_line, t.span.end_col), 20);
    append_padded(out, is_operator(t.kind) ? "OP" : token_kind_name(t.kind), 15);
    append_padded(out, str_repr(t.text), 15);
    out += '\n';
  }
  return out;
}

}  // namespace pywalk
