// The PEG machinery of the parser (parser_impl.h): token access with
// CPython's fetch accounting, forced tokens, memo tables, error positions
// (RAISE_SYNTAX_ERROR and friends) and the two passes.
#include <fmt/format.h>

#include <algorithm>

#include "pywalk/parser_impl.h"

namespace pywalk::peg {

// ---------------------------------------------------------------- machinery

Parser::Parser(const std::vector<PTok>& toks, bool lex_error_at_end)
    : toks_(toks), lex_error_at_end_(lex_error_at_end) {
  memo_.resize(toks_.size() + 1);
  // CPython's tokenizer has seen the end of the file when it hands out the
  // final DEDENTs and the ENDMARKER.
  eof_start_ = static_cast<int>(toks_.size());
  if (!lex_error_at_end_) {
    while (eof_start_ > 0 &&
           (toks_[eof_start_ - 1].kind == TokenKind::EndMarker || toks_[eof_start_ - 1].kind == TokenKind::Dedent))
      --eof_start_;
  }
}

Parser::~Parser() {
  for (Expr* e : expr_nodes_) {
    if (!e) continue;
    release_children(e);
    delete e;
  }
  for (Stmt* s : stmt_nodes_) {
    if (!s) continue;
    release_children(s);
    delete s;
  }
}

const PTok& Parser::peek_at(int i) {
  if (i >= static_cast<int>(toks_.size())) {
    // Past the tokens the lexer produced before its error.
    throw LexErrorReached{};
  }
  if (i + 1 > fill_) {
    fill_ = i + 1;
    if (i >= eof_start_ && !second_pass_) eof_reached_ = true;
  }
  return toks_[i];
}

const PTok& Parser::peek() {
  return peek_at(mark_);
}

const PTok* Parser::expect(TokenKind k) {
  const PTok& t = peek();
  if (t.kind != k) return nullptr;
  if (k == TokenKind::Name && t.kw != Kw::NotKw) return nullptr;
  ++mark_;
  return &t;
}

const PTok* Parser::expect_kw(Kw k) {
  const PTok& t = peek();
  if (t.kind != TokenKind::Name || t.kw != k) return nullptr;
  ++mark_;
  return &t;
}

const PTok* Parser::expect_forced(TokenKind k, const char* text) {
  const PTok& t = peek();
  if (t.kind != k) raise_at_tok(t, fmt::format("expected '{}'", text));
  ++mark_;
  return &t;
}

const PTok* Parser::name_tok() {
  const PTok& t = peek();
  if (t.kind != TokenKind::Name || t.kw != Kw::NotKw) return nullptr;
  ++mark_;
  return &t;
}

// CPython's SOFT_KEYWORD (_PyPegen_soft_keyword_token) compares only the
// token's length of each soft keyword: any prefix of "_", "case" or
// "match" (`c`, `ma`...) counts as one.
bool Parser::is_soft_keyword_tok(const PTok& t) const {
  if (t.kind != TokenKind::Name || t.kw != Kw::NotKw) return false;
  for (std::string_view k : {std::string_view("_"), std::string_view("case"), std::string_view("match")}) {
    if (t.text.size() <= k.size() && k.substr(0, t.text.size()) == t.text) return true;
  }
  return false;
}

const PTok* Parser::soft_keyword(std::string_view text) {
  const PTok& t = peek();
  if (t.kind != TokenKind::Name || t.text != text) return nullptr;
  ++mark_;
  return &t;
}

Expr* Parser::name_expr() {
  const PTok* t = name_tok();
  if (!t) return nullptr;
  auto* n = node<NameExpr>(tok_span(*t));
  n->id = std::string(t->text);
  return n;
}

bool Parser::lookahead_kind(TokenKind k) {
  const PTok& t = peek();
  if (t.kind != k) return false;
  if (k == TokenKind::Name && t.kw != Kw::NotKw) return false;
  return true;
}

bool Parser::lookahead_kw(Kw k) {
  const PTok& t = peek();
  return t.kind == TokenKind::Name && t.kw == k;
}

const PTok& Parser::last_nonwhitespace_token() {
  const PTok* token = &toks_[0];
  for (int m = mark_ - 1; m >= 0; --m) {
    token = &toks_[m];
    TokenKind k = token->kind;
    if (k != TokenKind::EndMarker && k != TokenKind::Newline && k != TokenKind::Indent && k != TokenKind::Dedent) break;
  }
  return *token;
}

Span Parser::extra(int start_mark) {
  const PTok& first = toks_[start_mark];
  const PTok& last = last_nonwhitespace_token();
  return Span{first.line, first.col, last.end_line, last.end_col};
}

void Parser::memo_update(int at, R rule, void* result) {
  for (MemoEntry& e : memo_[at]) {
    if (e.rule == rule) {
      e.end = mark_;
      e.result = result;
      return;
    }
  }
  memo_put(at, rule, result);
}

void Parser::reset_for_second_pass() {
  for (auto& m : memo_) m.clear();
  mark_ = 0;
  call_invalid_rules_ = true;
  second_pass_ = true;
}

// ---------------------------------------------------------------- errors

void Parser::raise_known(const char* type, int line, int col, int end_line, int end_col, std::string msg) {
  // RAISE_ERROR_KNOWN_LOCATION: columns become 1-based (-1 becomes 0).
  RaisedError e;
  e.type = type;
  e.msg = std::move(msg);
  e.line = line;
  e.offset = col + 1;
  e.end_line = end_line;
  e.end_offset = end_col + 1;
  throw e;
}

void Parser::raise_starting_from(const Span& a, std::string msg) {
  // CURRENT_POS: the tokenizer's position after the last fetched token.
  const PTok& t = toks_[std::max(fill_ - 1, 0)];
  RaisedError e;
  e.type = "SyntaxError";
  e.msg = std::move(msg);
  e.line = a.line;
  e.offset = a.col + 1;
  e.end_line = t.end_line;
  e.end_offset = t.cur_col;
  throw e;
}

void Parser::raise_error(const char* type, std::string msg) {
  const PTok& t = toks_[std::max(fill_ - 1, 0)];
  RaisedError e;
  e.type = type;
  e.msg = std::move(msg);
  e.line = t.line;
  e.offset = t.col == -1 ? t.cur_col : t.col + 1;
  e.end_line = t.end_line;
  e.end_offset = t.end_col == -1 ? -1 : t.end_col + 1;
  throw e;
}

void Parser::raise_generic_failure(int last_token_index) {
  const PTok& t = toks_[last_token_index];
  if (t.kind == TokenKind::Indent || t.kind == TokenKind::Dedent) {
    // _PyPegen_set_syntax_error returns here without tokenizing the rest of
    // the file: a later tokenizer error does not replace this one.
    try {
      raise_indent(t.kind == TokenKind::Indent ? "unexpected indent" : "unexpected unindent");
    } catch (RaisedError& e) {
      e.final_error = true;
      throw;
    }
  }
  raise_at_tok(t, "invalid syntax");
}

// ---------------------------------------------------------------- passes

StmtSeq* Parser::parse_file() {
  StmtSeq* result = file_rule();
  if (result) return result;
  int last_token = std::max(fill_ - 1, 0);
  reset_for_second_pass();
  file_rule();
  raise_generic_failure(last_token);
}

Expr* Parser::parse_fstring() {
  Expr* result;
  {
    Level l(*this);
    result = star_expressions_rule();
  }
  if (result) return result;
  int last_token = std::max(fill_ - 1, 0);
  reset_for_second_pass();
  {
    Level l(*this);
    star_expressions_rule();
  }
  raise_generic_failure(last_token);
}

// eval: expressions NEWLINE* ENDMARKER
StmtSeq* Parser::eval_rule() {
  Level l(*this);
  const int start = mark_;
  if (Expr* e = expressions_rule()) {
    while (expect(TokenKind::Newline)) {
    }
    if (expect(TokenKind::EndMarker)) {
      auto* s = node<ExprStmt>(extra(start));
      s->value.reset(e);
      StmtSeq* out = stmt_seq();
      out->push_back(s);
      return out;
    }
  }
  mark_ = start;
  return nullptr;
}

StmtSeq* Parser::parse_eval() {
  StmtSeq* result = eval_rule();
  if (result) return result;
  int last_token = std::max(fill_ - 1, 0);
  reset_for_second_pass();
  eval_rule();
  raise_generic_failure(last_token);
}

}  // namespace pywalk::peg
