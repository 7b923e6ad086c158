// Statement rules of CPython 3.11's grammar, part 1: the statement lists
// and the simple statements (sections GENERAL STATEMENTS and SIMPLE
// STATEMENTS, imports included), same alternatives in the same order.
#include "pywalk/parser_impl.h"

namespace pywalk::peg {

// file: [statements] ENDMARKER
StmtSeq* Parser::file_rule() {
  Level l(*this);
  const int start = mark_;
  StmtSeq* a = statements_rule();
  if (!a) mark_ = start;
  if (expect(TokenKind::EndMarker)) return a ? a : stmt_seq();
  mark_ = start;
  return nullptr;
}

// statements: statement+
StmtSeq* Parser::statements_rule() {
  Level l(*this);
  const int start = mark_;
  StmtSeq* out = stmt_seq();
  {
    Level loop(*this);
    for (;;) {
      int m = mark_;
      StmtSeq* s = statement_rule();
      if (!s) {
        mark_ = m;
        break;
      }
      out->insert(out->end(), s->begin(), s->end());
    }
  }
  if (mark_ == start) return nullptr;
  return out;
}

// statement: compound_stmt | simple_stmts
StmtSeq* Parser::statement_rule() {
  Level l(*this);
  const int start = mark_;
  if (Stmt* s = compound_stmt_rule()) {
    StmtSeq* out = stmt_seq();
    out->push_back(s);
    return out;
  }
  mark_ = start;
  if (StmtSeq* s = simple_stmts_rule()) return s;
  mark_ = start;
  return nullptr;
}

// simple_stmts: simple_stmt !';' NEWLINE | ';'.simple_stmt+ [';'] NEWLINE
StmtSeq* Parser::simple_stmts_rule() {
  Level l(*this);
  const int start = mark_;
  if (Stmt* a = simple_stmt_rule()) {
    if (!lookahead_kind(TokenKind::Semi) && expect(TokenKind::Newline)) {
      StmtSeq* out = stmt_seq();
      out->push_back(a);
      return out;
    }
  }
  mark_ = start;
  StmtSeq* out = stmt_seq();
  {
    Level gather(*this);
    Stmt* first = simple_stmt_rule();
    if (!first) {
      mark_ = start;
      return nullptr;
    }
    out->push_back(first);
    Level loop(*this);
    for (;;) {
      int m = mark_;
      if (!expect(TokenKind::Semi)) break;
      Stmt* s = simple_stmt_rule();
      if (!s) {
        mark_ = m;
        break;
      }
      out->push_back(s);
    }
  }
  expect(TokenKind::Semi);
  if (expect(TokenKind::Newline)) return out;
  mark_ = start;
  return nullptr;
}

// simple_stmt (memo)
Stmt* Parser::simple_stmt_rule() {
  Level level_guard(*this);
  Stmt* memo_result;
  if (memo_get(R::simple_stmt, memo_result)) return memo_result;
  const int start = mark_;
  Stmt* result = simple_stmt_raw();
  if (!result) mark_ = start;
  memo_put(start, R::simple_stmt, result);
  return result;
}

Stmt* Parser::simple_stmt_raw() {
  const int start = mark_;
  if (Stmt* s = assignment_rule()) return s;
  mark_ = start;
  if (Expr* e = star_expressions_rule()) {
    auto* s = node<ExprStmt>(extra(start));
    s->value.reset(e);
    return s;
  }
  mark_ = start;
  if (lookahead_kw(Kw::Return)) {
    if (Stmt* s = return_stmt_rule()) return s;
    mark_ = start;
  }
  if (lookahead_kw(Kw::Import) || lookahead_kw(Kw::From)) {
    if (Stmt* s = import_stmt_rule()) return s;
    mark_ = start;
  }
  if (lookahead_kw(Kw::Raise)) {
    if (Stmt* s = raise_stmt_rule()) return s;
    mark_ = start;
  }
  if (expect_kw(Kw::Pass)) return node<PassStmt>(extra(start));
  if (lookahead_kw(Kw::Del)) {
    if (Stmt* s = del_stmt_rule()) return s;
    mark_ = start;
  }
  if (lookahead_kw(Kw::Yield)) {
    if (Stmt* s = yield_stmt_rule()) return s;
    mark_ = start;
  }
  if (lookahead_kw(Kw::Assert)) {
    if (Stmt* s = assert_stmt_rule()) return s;
    mark_ = start;
  }
  if (expect_kw(Kw::Break)) return node<BreakStmt>(extra(start));
  if (expect_kw(Kw::Continue)) return node<ContinueStmt>(extra(start));
  if (lookahead_kw(Kw::Global)) {
    if (Stmt* s = global_stmt_rule()) return s;
    mark_ = start;
  }
  if (lookahead_kw(Kw::Nonlocal)) {
    if (Stmt* s = nonlocal_stmt_rule()) return s;
    mark_ = start;
  }
  return nullptr;
}

// compound_stmt:
//     | &('def' | '@' | ASYNC) function_def | &'if' if_stmt | &('class' | '@') class_def
//     | &('with' | ASYNC) with_stmt | &('for' | ASYNC) for_stmt | &'try' try_stmt
//     | &'while' while_stmt | match_stmt
Stmt* Parser::compound_stmt_rule() {
  Level l(*this);
  const int start = mark_;
  const PTok& t = peek();
  bool at = t.kind == TokenKind::At;
  if (lookahead_kw(Kw::Def) || at || lookahead_kw(Kw::Async)) {
    if (Stmt* s = function_def_rule()) return s;
    mark_ = start;
  }
  if (lookahead_kw(Kw::If)) {
    if (Stmt* s = if_stmt_rule()) return s;
    mark_ = start;
  }
  if (lookahead_kw(Kw::Class) || at) {
    if (Stmt* s = class_def_rule()) return s;
    mark_ = start;
  }
  if (lookahead_kw(Kw::With) || lookahead_kw(Kw::Async)) {
    if (Stmt* s = with_stmt_rule()) return s;
    mark_ = start;
  }
  if (lookahead_kw(Kw::For) || lookahead_kw(Kw::Async)) {
    if (Stmt* s = for_stmt_rule()) return s;
    mark_ = start;
  }
  if (lookahead_kw(Kw::Try)) {
    if (Stmt* s = try_stmt_rule()) return s;
    mark_ = start;
  }
  if (lookahead_kw(Kw::While)) {
    if (Stmt* s = while_stmt_rule()) return s;
    mark_ = start;
  }
  if (Stmt* s = match_stmt_rule()) return s;
  mark_ = start;
  return nullptr;
}

// assignment:
//     | NAME ':' expression ['=' annotated_rhs]
//     | ('(' single_target ')' | single_subscript_attribute_target) ':' expression ['=' annotated_rhs]
//     | (star_targets '=')+ (yield_expr | star_expressions) !'=' [TYPE_COMMENT]
//     | single_target augassign ~ (yield_expr | star_expressions)
//     | invalid_assignment
Stmt* Parser::assignment_rule() {
  Level l(*this);
  const int start = mark_;
  peek();
  auto optional_value = [&]() -> Expr* {
    Level group(*this);
    int m = mark_;
    if (expect(TokenKind::Equal)) {
      if (Expr* d = annotated_rhs_rule()) return d;
    }
    mark_ = m;
    return nullptr;
  };
  // NAME ':' expression ['=' annotated_rhs]
  if (const PTok* a = name_tok()) {
    if (expect(TokenKind::Colon)) {
      if (Expr* b = expression_rule()) {
        Expr* c = optional_value();
        auto* target = node<NameExpr>(tok_span(*a));
        target->id = std::string(a->text);
        target->ctx = ExprContext::Store;
        auto* s = node<AnnAssignStmt>(extra(start));
        s->target.reset(target);
        s->annotation.reset(b);
        s->value.reset(c);
        s->simple = true;
        return s;
      }
    }
  }
  mark_ = start;
  // ('(' single_target ')' | single_subscript_attribute_target) ':' expression ['=' annotated_rhs]
  {
    Expr* a = nullptr;
    {
      Level group(*this);
      if (expect(TokenKind::LPar)) {
        if (Expr* b = single_target_rule()) {
          if (expect(TokenKind::RPar)) a = b;
        }
      }
      if (!a) {
        mark_ = start;
        a = single_subscript_attribute_target_rule();
      }
    }
    if (a && expect(TokenKind::Colon)) {
      if (Expr* b = expression_rule()) {
        Expr* c = optional_value();
        auto* s = node<AnnAssignStmt>(extra(start));
        s->target.reset(a);
        s->annotation.reset(b);
        s->value.reset(c);
        s->simple = false;
        return s;
      }
    }
  }
  mark_ = start;
  // (star_targets '=')+ (yield_expr | star_expressions) !'=' [TYPE_COMMENT]
  {
    ExprSeq targets;
    {
      Level loop(*this);
      for (;;) {
        Level group(*this);
        int m = mark_;
        Expr* z = star_targets_rule();
        if (!z || !expect(TokenKind::Equal)) {
          mark_ = m;
          break;
        }
        targets.push_back(z);
      }
    }
    if (!targets.empty()) {
      Expr* b = nullptr;
      {
        Level group(*this);
        int m = mark_;
        b = yield_expr_rule();
        if (!b) {
          mark_ = m;
          b = star_expressions_rule();
        }
      }
      if (b && !lookahead_kind(TokenKind::Equal)) {
        auto* s = node<AssignStmt>(extra(start));
        for (Expr* t : targets) s->targets.emplace_back(t);
        s->value.reset(b);
        return s;
      }
    }
  }
  mark_ = start;
  // single_target augassign ~ (yield_expr | star_expressions)
  if (Expr* a = single_target_rule()) {
    BinOpKind op;
    if (augassign_rule(op)) {
      Expr* c = nullptr;
      {
        Level group(*this);
        int m = mark_;
        c = yield_expr_rule();
        if (!c) {
          mark_ = m;
          c = star_expressions_rule();
        }
      }
      if (!c) {
        mark_ = start;
        return nullptr;  // cut
      }
      auto* s = node<AugAssignStmt>(extra(start));
      s->target.reset(a);
      s->op = op;
      s->value.reset(c);
      return s;
    }
  }
  mark_ = start;
  if (call_invalid_rules_) {
    invalid_assignment_rule();
    mark_ = start;
  }
  return nullptr;
}

// annotated_rhs: yield_expr | star_expressions
Expr* Parser::annotated_rhs_rule() {
  Level l(*this);
  const int start = mark_;
  if (Expr* e = yield_expr_rule()) return e;
  mark_ = start;
  if (Expr* e = star_expressions_rule()) return e;
  mark_ = start;
  return nullptr;
}

bool Parser::augassign_rule(BinOpKind& op) {
  Level l(*this);
  struct Aug {
    TokenKind kind;
    BinOpKind op;
  };
  static constexpr Aug kAug[] = {
      {TokenKind::PlusEqual, BinOpKind::Add},
      {TokenKind::MinEqual, BinOpKind::Sub},
      {TokenKind::StarEqual, BinOpKind::Mult},
      {TokenKind::AtEqual, BinOpKind::MatMult},
      {TokenKind::SlashEqual, BinOpKind::Div},
      {TokenKind::PercentEqual, BinOpKind::Mod},
      {TokenKind::AmperEqual, BinOpKind::BitAnd},
      {TokenKind::VBarEqual, BinOpKind::BitOr},
      {TokenKind::CircumflexEqual, BinOpKind::BitXor},
      {TokenKind::LeftShiftEqual, BinOpKind::LShift},
      {TokenKind::RightShiftEqual, BinOpKind::RShift},
      {TokenKind::DoubleStarEqual, BinOpKind::Pow},
      {TokenKind::DoubleSlashEqual, BinOpKind::FloorDiv},
  };
  const PTok& t = peek();
  for (const Aug& a : kAug) {
    if (t.kind == a.kind) {
      ++mark_;
      op = a.op;
      return true;
    }
  }
  return false;
}

// return_stmt: 'return' [star_expressions]
Stmt* Parser::return_stmt_rule() {
  Level l(*this);
  const int start = mark_;
  peek();
  if (expect_kw(Kw::Return)) {
    int m = mark_;
    Expr* a = star_expressions_rule();
    if (!a) mark_ = m;
    auto* s = node<ReturnStmt>(extra(start));
    s->value.reset(a);
    return s;
  }
  mark_ = start;
  return nullptr;
}

// raise_stmt: 'raise' expression ['from' expression] | 'raise'
Stmt* Parser::raise_stmt_rule() {
  Level l(*this);
  const int start = mark_;
  peek();
  if (expect_kw(Kw::Raise)) {
    if (Expr* a = expression_rule()) {
      Expr* b = nullptr;
      {
        Level group(*this);
        int m = mark_;
        if (expect_kw(Kw::From)) b = expression_rule();
        if (!b) mark_ = m;
      }
      auto* s = node<RaiseStmt>(extra(start));
      s->exc.reset(a);
      s->cause.reset(b);
      return s;
    }
  }
  mark_ = start;
  if (expect_kw(Kw::Raise)) return node<RaiseStmt>(extra(start));
  mark_ = start;
  return nullptr;
}

namespace {
template <class T>
Stmt* names_stmt(Parser& p, T* s, const std::vector<const PTok*>& names) {
  for (const PTok* t : names) s->names.emplace_back(t->text);
  (void)p;
  return s;
}
}  // namespace

// global_stmt: 'global' ','.NAME+
Stmt* Parser::global_stmt_rule() {
  Level l(*this);
  const int start = mark_;
  peek();
  for (int nonlocal = 0; nonlocal < 1; ++nonlocal) {
    if (!expect_kw(Kw::Global)) break;
    std::vector<const PTok*> names;
    {
      Level gather(*this);
      const PTok* first = name_tok();
      if (!first) break;
      names.push_back(first);
      Level loop(*this);
      for (;;) {
        int m = mark_;
        if (!expect(TokenKind::Comma)) break;
        const PTok* n = name_tok();
        if (!n) {
          mark_ = m;
          break;
        }
        names.push_back(n);
      }
    }
    return names_stmt(*this, node<GlobalStmt>(extra(start)), names);
  }
  mark_ = start;
  return nullptr;
}

// nonlocal_stmt: 'nonlocal' ','.NAME+
Stmt* Parser::nonlocal_stmt_rule() {
  Level l(*this);
  const int start = mark_;
  peek();
  for (int once = 0; once < 1; ++once) {
    if (!expect_kw(Kw::Nonlocal)) break;
    std::vector<const PTok*> names;
    {
      Level gather(*this);
      const PTok* first = name_tok();
      if (!first) break;
      names.push_back(first);
      Level loop(*this);
      for (;;) {
        int m = mark_;
        if (!expect(TokenKind::Comma)) break;
        const PTok* n = name_tok();
        if (!n) {
          mark_ = m;
          break;
        }
        names.push_back(n);
      }
    }
    return names_stmt(*this, node<NonlocalStmt>(extra(start)), names);
  }
  mark_ = start;
  return nullptr;
}

// del_stmt: 'del' del_targets &(';' | NEWLINE) | invalid_del_stmt
Stmt* Parser::del_stmt_rule() {
  Level l(*this);
  const int start = mark_;
  peek();
  if (expect_kw(Kw::Del)) {
    if (ExprSeq* a = del_targets_rule()) {
      bool ok;
      {
        Level group(*this);
        const PTok& t = peek();
        ok = t.kind == TokenKind::Semi || t.kind == TokenKind::Newline;
      }
      if (ok) {
        auto* s = node<DeleteStmt>(extra(start));
        for (Expr* e : *a) s->targets.emplace_back(e);
        return s;
      }
    }
  }
  mark_ = start;
  if (call_invalid_rules_) {
    invalid_del_stmt_rule();
    mark_ = start;
  }
  return nullptr;
}

// yield_stmt: yield_expr
Stmt* Parser::yield_stmt_rule() {
  Level l(*this);
  const int start = mark_;
  peek();
  if (Expr* y = yield_expr_rule()) {
    auto* s = node<ExprStmt>(extra(start));
    s->value.reset(y);
    return s;
  }
  mark_ = start;
  return nullptr;
}

// assert_stmt: 'assert' expression [',' expression]
Stmt* Parser::assert_stmt_rule() {
  Level l(*this);
  const int start = mark_;
  peek();
  if (expect_kw(Kw::Assert)) {
    if (Expr* a = expression_rule()) {
      Expr* b = nullptr;
      {
        Level group(*this);
        int m = mark_;
        if (expect(TokenKind::Comma)) b = expression_rule();
        if (!b) mark_ = m;
      }
      auto* s = node<AssertStmt>(extra(start));
      s->test.reset(a);
      s->msg.reset(b);
      return s;
    }
  }
  mark_ = start;
  return nullptr;
}

// import_stmt: import_name | import_from
Stmt* Parser::import_stmt_rule() {
  Level l(*this);
  const int start = mark_;
  if (Stmt* s = import_name_rule()) return s;
  mark_ = start;
  if (Stmt* s = import_from_rule()) return s;
  mark_ = start;
  return nullptr;
}

// import_name: 'import' dotted_as_names
Stmt* Parser::import_name_rule() {
  Level l(*this);
  const int start = mark_;
  peek();
  if (expect_kw(Kw::Import)) {
    if (auto* a = dotted_as_names_rule()) {
      auto* s = node<ImportStmt>(extra(start));
      for (RawAlias* r : *a) s->names.push_back(Alias{r->name, r->asname, r->span});
      return s;
    }
  }
  mark_ = start;
  return nullptr;
}

// import_from:
//     | 'from' ('.' | '...')* dotted_name 'import' import_from_targets
//     | 'from' ('.' | '...')+ 'import' import_from_targets
Stmt* Parser::import_from_rule() {
  Level l(*this);
  const int start = mark_;
  peek();
  auto dots = [&]() {
    Level loop(*this);
    int level = 0;
    for (;;) {
      if (expect(TokenKind::Dot)) {
        level += 1;
      } else if (expect(TokenKind::Ellipsis)) {
        level += 3;
      } else {
        break;
      }
    }
    return level;
  };
  if (expect_kw(Kw::From)) {
    int level = dots();
    if (Expr* b = dotted_name_rule()) {
      if (expect_kw(Kw::Import)) {
        if (auto* c = import_from_targets_rule()) {
          auto* s = node<ImportFromStmt>(extra(start));
          s->module = as<NameExpr>(*b).id;
          s->level = level;
          for (RawAlias* r : *c) s->names.push_back(Alias{r->name, r->asname, r->span});
          return s;
        }
      }
    }
  }
  mark_ = start;
  if (expect_kw(Kw::From)) {
    int before = mark_;
    int level = dots();
    if (mark_ > before && expect_kw(Kw::Import)) {
      if (auto* b = import_from_targets_rule()) {
        auto* s = node<ImportFromStmt>(extra(start));
        s->level = level;
        for (RawAlias* r : *b) s->names.push_back(Alias{r->name, r->asname, r->span});
        return s;
      }
    }
  }
  mark_ = start;
  return nullptr;
}

// import_from_targets:
//     | '(' import_from_as_names [','] ')' | import_from_as_names !',' | '*'
//     | invalid_import_from_targets
std::vector<RawAlias*>* Parser::import_from_targets_rule() {
  Level l(*this);
  const int start = mark_;
  peek();
  if (expect(TokenKind::LPar)) {
    if (auto* a = import_from_as_names_rule()) {
      expect(TokenKind::Comma);
      if (expect(TokenKind::RPar)) return a;
    }
  }
  mark_ = start;
  if (auto* a = import_from_as_names_rule()) {
    if (!lookahead_kind(TokenKind::Comma)) return a;
  }
  mark_ = start;
  if (const PTok* t = expect(TokenKind::Star)) {
    auto* out = &item<ArenaBox<std::vector<RawAlias*>>>()->value;
    auto* r = item<RawAlias>();
    r->name = "*";
    r->span = tok_span(*t);
    out->push_back(r);
    return out;
  }
  mark_ = start;
  if (call_invalid_rules_) {
    invalid_import_from_targets_rule();
    mark_ = start;
  }
  return nullptr;
}

// import_from_as_names: ','.import_from_as_name+
std::vector<RawAlias*>* Parser::import_from_as_names_rule() {
  Level l(*this);
  const int start = mark_;
  auto* out = &item<ArenaBox<std::vector<RawAlias*>>>()->value;
  Level gather(*this);
  RawAlias* first = import_from_as_name_rule();
  if (!first) {
    mark_ = start;
    return nullptr;
  }
  out->push_back(first);
  Level loop(*this);
  for (;;) {
    int m = mark_;
    if (!expect(TokenKind::Comma)) break;
    RawAlias* a = import_from_as_name_rule();
    if (!a) {
      mark_ = m;
      break;
    }
    out->push_back(a);
  }
  return out;
}

// import_from_as_name: NAME ['as' NAME]
RawAlias* Parser::import_from_as_name_rule() {
  Level l(*this);
  const int start = mark_;
  peek();
  if (const PTok* a = name_tok()) {
    const PTok* b = nullptr;
    {
      Level group(*this);
      int m = mark_;
      if (expect_kw(Kw::As)) b = name_tok();
      if (!b) mark_ = m;
    }
    auto* r = item<RawAlias>();
    r->name = std::string(a->text);
    if (b) r->asname = std::string(b->text);
    r->span = extra(start);
    return r;
  }
  mark_ = start;
  return nullptr;
}

// dotted_as_names: ','.dotted_as_name+
std::vector<RawAlias*>* Parser::dotted_as_names_rule() {
  Level l(*this);
  const int start = mark_;
  auto* out = &item<ArenaBox<std::vector<RawAlias*>>>()->value;
  Level gather(*this);
  RawAlias* first = dotted_as_name_rule();
  if (!first) {
    mark_ = start;
    return nullptr;
  }
  out->push_back(first);
  Level loop(*this);
  for (;;) {
    int m = mark_;
    if (!expect(TokenKind::Comma)) break;
    RawAlias* a = dotted_as_name_rule();
    if (!a) {
      mark_ = m;
      break;
    }
    out->push_back(a);
  }
  return out;
}

// dotted_as_name: dotted_name ['as' NAME]
RawAlias* Parser::dotted_as_name_rule() {
  Level l(*this);
  const int start = mark_;
  peek();
  if (Expr* a = dotted_name_rule()) {
    const PTok* b = nullptr;
    {
      Level group(*this);
      int m = mark_;
      if (expect_kw(Kw::As)) b = name_tok();
      if (!b) mark_ = m;
    }
    auto* r = item<RawAlias>();
    r->name = as<NameExpr>(*a).id;
    if (b) r->asname = std::string(b->text);
    r->span = extra(start);
    return r;
  }
  mark_ = start;
  return nullptr;
}

// dotted_name (left-recursive): dotted_name '.' NAME | NAME
Expr* Parser::dotted_name_rule() {
  Level level_guard(*this);
  Expr* memo_result;
  if (memo_get(R::dotted_name, memo_result)) return memo_result;
  const int start = mark_;
  memo_update(start, R::dotted_name, nullptr);
  Expr* res = nullptr;
  int resmark = start;
  {
    Level raw(*this);
    res = name_expr();
    if (res) {
      resmark = mark_;
      for (;;) {
        memo_update(start, R::dotted_name, res);
        mark_ = resmark;
        if (!expect(TokenKind::Dot)) break;
        const PTok* b = name_tok();
        if (!b) break;
        auto* n = node<NameExpr>(extra(start));
        n->id = as<NameExpr>(*res).id + "." + std::string(b->text);
        res = n;
        resmark = mark_;
      }
    }
  }
  mark_ = res ? resmark : start;
  memo_update(start, R::dotted_name, res);
  return res;
}

}  // namespace pywalk::peg
