// The parser's driver (parse_source) and the PEG machinery: token access,
// memo tables, CPython's two passes, error positions, and handing the final
// tree over to the Module. The grammar rules are in parser_stmt.cpp,
// parser_expr.cpp, parser_targets.cpp and parser_invalid.cpp.
#include "pywalk/parser.h"

#include <fmt/format.h>

#include <algorithm>

#include "pywalk/lexer.h"
#include "pywalk/parser_impl.h"

namespace pywalk {
namespace peg {

namespace {

struct KeywordEntry {
  const char* text;
  Kw kw;
};
constexpr KeywordEntry kKeywords[] = {
    {"False", Kw::False_}, {"None", Kw::None_},   {"True", Kw::True_},       {"and", Kw::And},
    {"as", Kw::As},         {"assert", Kw::Assert}, {"async", Kw::Async},      {"await", Kw::Await},
    {"break", Kw::Break},   {"class", Kw::Class},   {"continue", Kw::Continue}, {"def", Kw::Def},
    {"del", Kw::Del},       {"elif", Kw::Elif},     {"else", Kw::Else},        {"except", Kw::Except},
    {"finally", Kw::Finally}, {"for", Kw::For},     {"from", Kw::From},        {"global", Kw::Global},
    {"if", Kw::If},         {"import", Kw::Import}, {"in", Kw::In},            {"is", Kw::Is},
    {"lambda", Kw::Lambda}, {"nonlocal", Kw::Nonlocal}, {"not", Kw::Not},      {"or", Kw::Or},
    {"pass", Kw::Pass},     {"raise", Kw::Raise},   {"return", Kw::Return},    {"try", Kw::Try},
    {"while", Kw::While},   {"with", Kw::With},     {"yield", Kw::Yield},
};

Kw keyword_of(std::string_view text) {
  for (const KeywordEntry& k : kKeywords) {
    if (text == k.text) return k.kw;
  }
  return Kw::NotKw;
}

bool is_open_bracket(TokenKind k) { return k == TokenKind::LPar || k == TokenKind::LSqb || k == TokenKind::LBrace; }
bool is_close_bracket(TokenKind k) { return k == TokenKind::RPar || k == TokenKind::RSqb || k == TokenKind::RBrace; }

}  // namespace

std::vector<PTok> prepare_tokens(const std::vector<Token>& tokens) {
  std::vector<PTok> out;
  out.reserve(tokens.size());
  int level = 0;
  for (const Token& t : tokens) {
    // Defensive: a NEWLINE inside brackets, at the start, or right after
    // another NEWLINE/INDENT/DEDENT ends no logical line (it is an NL, which
    // the parser's stream must not contain).
    if (t.kind == TokenKind::Newline) {
      TokenKind prev = out.empty() ? TokenKind::Newline : out.back().kind;
      if (level > 0 || prev == TokenKind::Newline || prev == TokenKind::Indent || prev == TokenKind::Dedent) continue;
    }
    if (t.kind == TokenKind::NL || t.kind == TokenKind::Comment) continue;
    PTok p;
    p.kind = t.kind;
    p.text = t.text;
    p.line = t.span.line;
    p.col = t.span.col;
    p.end_line = t.span.end_line;
    p.end_col = t.span.end_col;
    if (t.kind == TokenKind::Name) p.kw = keyword_of(t.text);
    if (t.kind == TokenKind::Indent) {
      p.cur_col = t.span.end_col;
      p.col = p.end_col = -1;
    } else if (t.kind == TokenKind::Dedent || t.kind == TokenKind::EndMarker) {
      p.cur_col = t.span.col;
      p.col = p.end_col = -1;
    } else if (t.kind == TokenKind::Newline) {
      p.cur_col = t.span.end_col + 1;  // CPython's tokenizer stands past the '\n'
    } else {
      p.cur_col = t.span.end_col;
    }
    if (is_open_bracket(t.kind)) ++level;
    if (is_close_bracket(t.kind) && level > 0) --level;
    p.level = level;
    out.push_back(p);
  }
  return out;
}

// ---------------------------------------------------------------- machinery

Parser::Parser(const std::vector<PTok>& toks, bool lex_error_at_end, StartRule start, const std::string& source,
               const std::vector<std::string>& lines)
    : toks_(toks), lex_error_at_end_(lex_error_at_end), start_(start), source_(source), lines_(lines) {
  memo_.resize(toks_.size() + 1);
  // CPython's tokenizer has seen the end of the file when it hands out the
  // final DEDENTs and the ENDMARKER.
  eof_start_ = static_cast<int>(toks_.size());
  if (!lex_error_at_end_) {
    while (eof_start_ > 0 && (toks_[eof_start_ - 1].kind == TokenKind::EndMarker ||
                              toks_[eof_start_ - 1].kind == TokenKind::Dedent))
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

const PTok& Parser::peek() { return peek_at(mark_); }

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

const PTok* Parser::expect_forced_kw(Kw k, const char* text) {
  const PTok& t = peek();
  if (t.kind != TokenKind::Name || t.kw != k) raise_at_tok(t, fmt::format("expected '{}'", text));
  ++mark_;
  return &t;
}

const PTok* Parser::name_tok() {
  const PTok& t = peek();
  if (t.kind != TokenKind::Name || t.kw != Kw::NotKw) return nullptr;
  ++mark_;
  return &t;
}

bool Parser::is_soft_keyword_tok(const PTok& t) const {
  return t.kind == TokenKind::Name && (t.text == "_" || t.text == "case" || t.text == "match");
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
  if (t.kind == TokenKind::Indent) raise_indent("unexpected indent");
  if (t.kind == TokenKind::Dedent) raise_indent("unexpected unindent");
  raise_at_tok(t, "invalid syntax");
}

// ---------------------------------------------------------------- passes

StmtSeq* Parser::parse_file() {
  StmtSeq* result = file_rule();
  if (result) return result;
  first_pass_fill_ = fill_;
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
  first_pass_fill_ = fill_;
  int last_token = std::max(fill_ - 1, 0);
  reset_for_second_pass();
  {
    Level l(*this);
    star_expressions_rule();
  }
  raise_generic_failure(last_token);
}

// ---------------------------------------------------------------- finishing

namespace {

// Calls f(ExprPtr&) / g(StmtPtr&) for every child slot of a node.
template <class FE, class FS>
void for_each_slot(Expr* e, FE&& f, FS&& g) {
  auto list = [&](ExprList& l) {
    for (ExprPtr& c : l) f(c);
  };
  auto args = [&](Arguments& a) {
    for (Arg& x : a.posonlyargs) f(x.annotation);
    for (Arg& x : a.args) f(x.annotation);
    list(a.defaults);
    if (a.vararg) f(a.vararg->annotation);
    for (Arg& x : a.kwonlyargs) f(x.annotation);
    list(a.kw_defaults);
    if (a.kwarg) f(a.kwarg->annotation);
  };
  auto comps = [&](std::vector<Comprehension>& cs) {
    for (Comprehension& c : cs) {
      f(c.target);
      f(c.iter);
      list(c.ifs);
    }
  };
  (void)g;
  switch (e->kind) {
    case ExprKind::Constant:
    case ExprKind::Name:
      return;
    case ExprKind::BinOp: {
      auto& n = as<BinOpExpr>(*e);
      f(n.left);
      f(n.right);
      return;
    }
    case ExprKind::UnaryOp:
      f(as<UnaryOpExpr>(*e).operand);
      return;
    case ExprKind::BoolOp:
      list(as<BoolOpExpr>(*e).values);
      return;
    case ExprKind::Compare: {
      auto& n = as<CompareExpr>(*e);
      f(n.left);
      list(n.comparators);
      return;
    }
    case ExprKind::IfExp: {
      auto& n = as<IfExpExpr>(*e);
      f(n.test);
      f(n.body);
      f(n.orelse);
      return;
    }
    case ExprKind::NamedExpr: {
      auto& n = as<NamedExprExpr>(*e);
      f(n.target);
      f(n.value);
      return;
    }
    case ExprKind::Call: {
      auto& n = as<CallExpr>(*e);
      f(n.func);
      list(n.args);
      for (Keyword& k : n.keywords) f(k.value);
      return;
    }
    case ExprKind::Attribute:
      f(as<AttributeExpr>(*e).value);
      return;
    case ExprKind::Subscript: {
      auto& n = as<SubscriptExpr>(*e);
      f(n.value);
      f(n.slice);
      return;
    }
    case ExprKind::Slice: {
      auto& n = as<SliceExpr>(*e);
      f(n.lower);
      f(n.upper);
      f(n.step);
      return;
    }
    case ExprKind::Starred:
      f(as<StarredExpr>(*e).value);
      return;
    case ExprKind::Tuple:
      list(as<TupleExpr>(*e).elts);
      return;
    case ExprKind::List:
      list(as<ListExpr>(*e).elts);
      return;
    case ExprKind::Set:
      list(as<SetExpr>(*e).elts);
      return;
    case ExprKind::Dict: {
      auto& n = as<DictExpr>(*e);
      list(n.keys);
      list(n.values);
      return;
    }
    case ExprKind::ListComp: {
      auto& n = as<ListCompExpr>(*e);
      f(n.elt);
      comps(n.generators);
      return;
    }
    case ExprKind::SetComp: {
      auto& n = as<SetCompExpr>(*e);
      f(n.elt);
      comps(n.generators);
      return;
    }
    case ExprKind::GeneratorExp: {
      auto& n = as<GeneratorExpExpr>(*e);
      f(n.elt);
      comps(n.generators);
      return;
    }
    case ExprKind::DictComp: {
      auto& n = as<DictCompExpr>(*e);
      f(n.key);
      f(n.value);
      comps(n.generators);
      return;
    }
    case ExprKind::Lambda: {
      auto& n = as<LambdaExpr>(*e);
      args(n.args);
      f(n.body);
      return;
    }
    case ExprKind::JoinedStr:
      list(as<JoinedStrExpr>(*e).values);
      return;
    case ExprKind::FormattedValue: {
      auto& n = as<FormattedValueExpr>(*e);
      f(n.value);
      f(n.format_spec);
      return;
    }
  }
}

template <class FE, class FS>
void for_each_slot(Stmt* s, FE&& f, FS&& g) {
  auto list = [&](ExprList& l) {
    for (ExprPtr& c : l) f(c);
  };
  auto body = [&](StmtList& l) {
    for (StmtPtr& c : l) g(c);
  };
  auto args = [&](Arguments& a) {
    for (Arg& x : a.posonlyargs) f(x.annotation);
    for (Arg& x : a.args) f(x.annotation);
    list(a.defaults);
    if (a.vararg) f(a.vararg->annotation);
    for (Arg& x : a.kwonlyargs) f(x.annotation);
    list(a.kw_defaults);
    if (a.kwarg) f(a.kwarg->annotation);
  };
  switch (s->kind) {
    case StmtKind::ExprStmt:
      f(as<ExprStmt>(*s).value);
      return;
    case StmtKind::Assign: {
      auto& n = as<AssignStmt>(*s);
      list(n.targets);
      f(n.value);
      return;
    }
    case StmtKind::AugAssign: {
      auto& n = as<AugAssignStmt>(*s);
      f(n.target);
      f(n.value);
      return;
    }
    case StmtKind::AnnAssign: {
      auto& n = as<AnnAssignStmt>(*s);
      f(n.target);
      f(n.annotation);
      f(n.value);
      return;
    }
    case StmtKind::FunctionDef: {
      auto& n = as<FunctionDefStmt>(*s);
      list(n.decorator_list);
      args(n.args);
      f(n.returns);
      body(n.body);
      return;
    }
    case StmtKind::ClassDef: {
      auto& n = as<ClassDefStmt>(*s);
      list(n.decorator_list);
      list(n.bases);
      for (Keyword& k : n.keywords) f(k.value);
      body(n.body);
      return;
    }
    case StmtKind::Return:
      f(as<ReturnStmt>(*s).value);
      return;
    case StmtKind::If: {
      auto& n = as<IfStmt>(*s);
      f(n.test);
      body(n.body);
      body(n.orelse);
      return;
    }
    case StmtKind::While: {
      auto& n = as<WhileStmt>(*s);
      f(n.test);
      body(n.body);
      body(n.orelse);
      return;
    }
    case StmtKind::For: {
      auto& n = as<ForStmt>(*s);
      f(n.target);
      f(n.iter);
      body(n.body);
      body(n.orelse);
      return;
    }
    case StmtKind::Break:
    case StmtKind::Continue:
    case StmtKind::Pass:
    case StmtKind::Global:
    case StmtKind::Nonlocal:
    case StmtKind::Import:
    case StmtKind::ImportFrom:
      return;
    case StmtKind::Delete:
      list(as<DeleteStmt>(*s).targets);
      return;
    case StmtKind::Assert: {
      auto& n = as<AssertStmt>(*s);
      f(n.test);
      f(n.msg);
      return;
    }
    case StmtKind::Raise: {
      auto& n = as<RaiseStmt>(*s);
      f(n.exc);
      f(n.cause);
      return;
    }
    case StmtKind::Try: {
      auto& n = as<TryStmt>(*s);
      body(n.body);
      for (ExceptHandler& h : n.handlers) {
        f(h.type);
        body(h.body);
      }
      body(n.orelse);
      body(n.finalbody);
      return;
    }
    case StmtKind::With: {
      auto& n = as<WithStmt>(*s);
      for (WithItem& w : n.items) {
        f(w.context_expr);
        f(w.optional_vars);
      }
      body(n.body);
      return;
    }
  }
}

}  // namespace

void release_children(Expr* e) {
  for_each_slot(
      e, [](ExprPtr& p) { (void)p.release(); }, [](StmtPtr& p) { (void)p.release(); });
}

void release_children(Stmt* s) {
  for_each_slot(
      s, [](ExprPtr& p) { (void)p.release(); }, [](StmtPtr& p) { (void)p.release(); });
}

namespace {

// Walks the final tree without recursion (deep expressions are legal):
// collects every reachable node; a node reached twice would have two owners.
struct Reach {
  std::unordered_set<const void*> seen;
  std::vector<Expr*> exprs;
  std::vector<Stmt*> stmts;
  bool shared = false;

  void add(Expr* e) {
    if (!e) return;
    if (!seen.insert(e).second) {
      shared = true;
      return;
    }
    exprs.push_back(e);
  }
  void add(Stmt* s) {
    if (!s) return;
    if (!seen.insert(s).second) {
      shared = true;
      return;
    }
    stmts.push_back(s);
  }
  void run() {
    size_t ei = 0, si = 0;
    while (ei < exprs.size() || si < stmts.size()) {
      while (si < stmts.size()) {
        Stmt* s = stmts[si++];
        for_each_slot(
            s, [&](ExprPtr& p) { add(p.get()); }, [&](StmtPtr& p) { add(p.get()); });
      }
      while (ei < exprs.size()) {
        Expr* e = exprs[ei++];
        for_each_slot(
            e, [&](ExprPtr& p) { add(p.get()); }, [&](StmtPtr& p) { add(p.get()); });
      }
    }
  }
};

}  // namespace

void Parser::finish_module(Module& m, StmtSeq* body) {
  Reach reach;
  for (Stmt* s : *body) reach.add(s);
  reach.run();
  if (reach.shared) {
    RaisedError e;
    e.type = "SyntaxError";
    e.msg = "pywalk internal error: an AST node has two parents";
    throw e;
  }
  // Unsupported constructs that made it into the tree.
  const std::string* feature = nullptr;
  Span at{};
  auto consider = [&](const void* n, Span s) {
    auto it = unsupported.find(n);
    if (it == unsupported.end()) return;
    if (!feature || s.line < at.line || (s.line == at.line && s.col < at.col)) {
      feature = &it->second;
      at = s;
    }
  };
  if (!unsupported.empty()) {
    for (Expr* e : reach.exprs) consider(e, e->span);
    for (Stmt* s : reach.stmts) consider(s, s->span);
  }
  std::string feature_text = feature ? *feature : std::string();
  for (Stmt* s : *body) m.body.emplace_back(s);
  for (Expr*& e : expr_nodes_) {
    if (reach.seen.count(e)) e = nullptr;
  }
  for (Stmt*& s : stmt_nodes_) {
    if (reach.seen.count(s)) s = nullptr;
  }
  if (!feature_text.empty()) {
    throw CompileError("NotImplementedError", feature_text, m.filename, at.line, at.col + 1, at.end_line,
                       at.end_col + 1, at.line >= 1 && at.line <= static_cast<int>(m.lines.size())
                                           ? m.lines[at.line - 1]
                                           : std::string());
  }
}

// Registers every node of a tree (from an f-string sub-parser) in a parser's arena.
void adopt_subtree(std::vector<Expr*>& into_exprs, std::vector<Stmt*>& into_stmts, Expr* root) {
  Reach reach;
  reach.add(root);
  reach.run();
  into_exprs.insert(into_exprs.end(), reach.exprs.begin(), reach.exprs.end());
  into_stmts.insert(into_stmts.end(), reach.stmts.begin(), reach.stmts.end());
}

ExprPtr Parser::finish_expr(Expr* e) {
  Reach reach;
  reach.add(e);
  reach.run();
  for (Expr*& n : expr_nodes_) {
    if (reach.seen.count(n)) n = nullptr;
  }
  for (Stmt*& s : stmt_nodes_) {
    if (reach.seen.count(s)) s = nullptr;
  }
  return ExprPtr(e);
}

}  // namespace peg

// ---------------------------------------------------------------- entry point

namespace {

std::vector<std::string> split_lines(const std::string& src) {
  std::vector<std::string> lines;
  std::string cur;
  for (size_t i = 0; i < src.size(); ++i) {
    char c = src[i];
    if (c == '\n' || c == '\r') {
      lines.push_back(cur);
      cur.clear();
      if (c == '\r' && i + 1 < src.size() && src[i + 1] == '\n') ++i;
    } else {
      cur += c;
    }
  }
  if (!cur.empty()) lines.push_back(cur);
  return lines;
}

std::string line_text(const std::vector<std::string>& lines, int line) {
  if (line >= 1 && line <= static_cast<int>(lines.size())) return lines[line - 1];
  return std::string();
}

// A `# coding: ...` declaration in the first two lines, or a UTF-8 BOM.
bool has_encoding_declaration(const std::string& src, const std::vector<std::string>& lines) {
  if (src.size() >= 3 && static_cast<unsigned char>(src[0]) == 0xEF && static_cast<unsigned char>(src[1]) == 0xBB &&
      static_cast<unsigned char>(src[2]) == 0xBF)
    return true;
  for (size_t i = 0; i < 2 && i < lines.size(); ++i) {
    const std::string& l = lines[i];
    size_t k = l.find_first_not_of(" \t\f");
    if (k == std::string::npos || l[k] != '#') continue;
    size_t c = l.find("coding", k);
    if (c != std::string::npos && c + 6 < l.size() && (l[c + 6] == ':' || l[c + 6] == '=')) return true;
  }
  return false;
}

// CPython 3.11 reading a file without an encoding declaration leaves its
// parser's error columns in UTF-8 bytes (it converts them to characters
// only when the tokenizer has an encoding); its traceback then draws the
// caret at that column. Offsets here are code points: turn them into what
// CPython reports.
int char_offset_to_bytes(const std::string& text, int offset) {
  if (offset <= 0) return offset;
  size_t i = 0;
  int chars = 0;
  while (chars < offset - 1 && i < text.size()) {
    unsigned char c = static_cast<unsigned char>(text[i]);
    i += c < 0x80 ? 1 : (c & 0xE0) == 0xC0 ? 2 : (c & 0xF0) == 0xE0 ? 3 : 4;
    ++chars;
  }
  return static_cast<int>(std::min(i, text.size())) + (offset - 1 - chars) + 1;
}

CompileError to_compile_error(const peg::RaisedError& e, const std::string& filename,
                              const std::vector<std::string>& lines, bool incomplete, bool byte_offsets) {
  std::string text = e.has_text ? e.text : line_text(lines, e.line);
  int offset = e.offset, end_offset = e.end_offset;
  if (byte_offsets) {
    offset = char_offset_to_bytes(text, offset);
    std::string end_text = e.has_text || e.end_line == e.line ? text : line_text(lines, e.end_line);
    end_offset = char_offset_to_bytes(end_text, end_offset);
  }
  return CompileError(e.type, e.msg, filename, e.line, offset, e.end_line, end_offset, text, incomplete);
}

}  // namespace

std::unique_ptr<Module> parse_source(std::string source, std::string filename) {
  return parse_source(std::move(source), std::move(filename), nullptr);
}

std::unique_ptr<Module> parse_source(std::string source, std::string filename, std::vector<std::string>* warnings) {
  auto module = std::make_unique<Module>();
  module->filename = filename;
  module->source = std::move(source);
  module->lines = split_lines(module->source);

  Lexer lexer(module->source, filename);
  LexResult lexed = lexer.lex();
  // CPython tokenizes the whole file (also after a syntax error), printing
  // each warning as its tokenizer meets it.
  if (warnings) {
    for (const LexWarning& w : lexed.warnings) {
      std::string out = fmt::format("{}:{}: SyntaxWarning: {}\n", filename, w.line, w.message);
      // Like linecache, the source line is shown only for a real file.
      if (!filename.empty() && filename[0] != '<') {
        std::string text = line_text(module->lines, w.line);
        size_t b = text.find_first_not_of(" \t\f\r\v");
        if (b != std::string::npos) {
          size_t e = text.find_last_not_of(" \t\f\r\v");
          out += "  " + text.substr(b, e - b + 1) + "\n";
        }
      }
      warnings->push_back(std::move(out));
    }
  }
  if (lexed.error && lexed.error_kind == LexErrorKind::Overriding) throw *lexed.error;
  std::vector<peg::PTok> toks = peg::prepare_tokens(lexed.tokens);
  peg::Parser parser(toks, lexed.error.has_value(), peg::StartRule::File, module->source, module->lines);
  try {
    peg::StmtSeq* body = parser.parse_file();
    parser.finish_module(*module, body);
    return module;
  } catch (const peg::RaisedError& e) {
    if (lexed.error && lexed.error_kind == LexErrorKind::UnclosedBracket) {
      int fill = std::max(parser.fill(), 1);
      int current_line = toks[std::min<size_t>(fill - 1, toks.size() - 1)].line;
      if (current_line > lexed.bracket_line) throw *lexed.error;
    }
    throw to_compile_error(e, filename, module->lines, parser.reached_eof(),
                           !has_encoding_declaration(module->source, module->lines));
  } catch (const peg::LexErrorReached&) {
    throw *lexed.error;
  } catch (const peg::DepthError&) {
    throw CompileError("MemoryError", "", filename, 0, 0, 0, 0, "");
  }
}

}  // namespace pywalk
