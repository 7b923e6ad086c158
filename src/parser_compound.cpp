// Statement rules of CPython 3.11's grammar, part 2: blocks and the
// compound statements (section COMPOUND STATEMENTS), same alternatives in
// the same order.
#include <fmt/format.h>

#include "pywalk/parser_impl.h"

namespace pywalk::peg {

// block (memo): NEWLINE INDENT statements DEDENT | simple_stmts | invalid_block
StmtSeq* Parser::block_rule() {
  Level level_guard(*this);
  StmtSeq* memo_result;
  if (memo_get(R::block, memo_result)) return memo_result;
  const int start = mark_;
  StmtSeq* result = block_raw();
  if (!result) mark_ = start;
  memo_put(start, R::block, result);
  return result;
}

StmtSeq* Parser::block_raw() {
  const int start = mark_;
  if (expect(TokenKind::Newline) && expect(TokenKind::Indent)) {
    if (StmtSeq* a = statements_rule()) {
      if (expect(TokenKind::Dedent)) return a;
    }
  }
  mark_ = start;
  if (StmtSeq* a = simple_stmts_rule()) return a;
  mark_ = start;
  if (call_invalid_rules_) {
    invalid_block_rule();
    mark_ = start;
  }
  return nullptr;
}

// decorators: ('@' named_expression NEWLINE)+
ExprSeq* Parser::decorators_rule() {
  Level l(*this);
  const int start = mark_;
  ExprSeq* out = seq();
  {
    Level loop(*this);
    for (;;) {
      int m = mark_;
      if (!expect(TokenKind::At)) break;
      Expr* f = named_expression_rule();
      if (!f || !expect(TokenKind::Newline)) {
        mark_ = m;
        break;
      }
      out->push_back(f);
    }
  }
  if (out->empty()) {
    mark_ = start;
    return nullptr;
  }
  return out;
}

// class_def: decorators class_def_raw | class_def_raw
Stmt* Parser::class_def_rule() {
  Level l(*this);
  const int start = mark_;
  if (ExprSeq* a = decorators_rule()) {
    if (Stmt* b = class_def_raw_rule()) {
      auto& c = as<ClassDefStmt>(*b);
      for (Expr* d : *a) c.decorator_list.emplace_back(d);
      return b;
    }
  }
  mark_ = start;
  if (Stmt* b = class_def_raw_rule()) return b;
  mark_ = start;
  return nullptr;
}

// class_def_raw: invalid_class_def_raw | 'class' NAME ['(' [arguments] ')'] ':' block
Stmt* Parser::class_def_raw_rule() {
  Level l(*this);
  const int start = mark_;
  peek();
  if (call_invalid_rules_) {
    invalid_class_def_raw_rule();
    mark_ = start;
  }
  if (expect_kw(Kw::Class)) {
    if (const PTok* a = name_tok()) {
      CallArgs* b = nullptr;
      bool had_parens = false;
      {
        Level group(*this);
        int m = mark_;
        if (expect(TokenKind::LPar)) {
          int m2 = mark_;
          b = arguments_rule();
          if (!b) mark_ = m2;
          if (expect(TokenKind::RPar)) {
            had_parens = true;
          } else {
            b = nullptr;
          }
        }
        if (!had_parens) mark_ = m;
      }
      if (expect(TokenKind::Colon)) {
        if (StmtSeq* c = block_rule()) {
          auto* s = node<ClassDefStmt>(extra(start));
          s->name = std::string(a->text);
          if (b) {
            for (Expr* e : b->args) s->bases.emplace_back(e);
            for (RawKeyword* k : b->keywords) {
              Keyword kw;
              kw.arg = k->arg;
              kw.value.reset(k->value);
              kw.span = k->span;
              s->keywords.push_back(std::move(kw));
            }
          }
          for (Stmt* st : *c) s->body.emplace_back(st);
          return s;
        }
      }
    }
  }
  mark_ = start;
  return nullptr;
}

// function_def: decorators function_def_raw | function_def_raw
Stmt* Parser::function_def_rule() {
  Level l(*this);
  const int start = mark_;
  if (ExprSeq* d = decorators_rule()) {
    if (Stmt* f = function_def_raw_rule()) {
      auto& fd = as<FunctionDefStmt>(*f);
      for (Expr* e : *d) fd.decorator_list.emplace_back(e);
      return f;
    }
  }
  mark_ = start;
  if (Stmt* f = function_def_raw_rule()) return f;
  mark_ = start;
  return nullptr;
}

// function_def_raw:
//     | invalid_def_raw
//     | 'def' NAME &&'(' [params] ')' ['->' expression] &&':' [func_type_comment] block
//     | ASYNC 'def' NAME &&'(' [params] ')' ['->' expression] &&':' [func_type_comment] block
Stmt* Parser::function_def_raw_rule() {
  Level l(*this);
  const int start = mark_;
  peek();
  if (call_invalid_rules_) {
    invalid_def_raw_rule();
    mark_ = start;
  }
  for (int alt = 0; alt < 2; ++alt) {
    mark_ = start;
    bool is_async = alt == 1;
    if (is_async && !expect_kw(Kw::Async)) continue;
    if (!expect_kw(Kw::Def)) continue;
    const PTok* n = name_tok();
    if (!n) continue;
    expect_forced(TokenKind::LPar, "(");
    int m = mark_;
    RawArguments* params = params_rule();
    if (!params) mark_ = m;
    if (!expect(TokenKind::RPar)) continue;
    Expr* returns = nullptr;
    {
      Level group(*this);
      int m2 = mark_;
      if (expect(TokenKind::RArrow)) returns = expression_rule();
      if (!returns) mark_ = m2;
    }
    expect_forced(TokenKind::Colon, ":");
    {
      // func_type_comment: NEWLINE TYPE_COMMENT &(NEWLINE INDENT) | invalid_double_type_comments | TYPE_COMMENT
      Level tc(*this);
      int m3 = mark_;
      if (expect(TokenKind::Newline)) peek();
      mark_ = m3;
      peek();
    }
    StmtSeq* b = block_rule();
    if (!b) continue;
    auto* s = node<FunctionDefStmt>(extra(start));
    s->name = std::string(n->text);
    s->args = build_arguments(params ? params : empty_arguments());
    for (Stmt* st : *b) s->body.emplace_back(st);
    s->returns.reset(returns);
    s->is_async = is_async;
    return s;
  }
  mark_ = start;
  return nullptr;
}

// if_stmt:
//     | invalid_if_stmt
//     | 'if' named_expression ':' block elif_stmt
//     | 'if' named_expression ':' block [else_block]
Stmt* Parser::if_stmt_rule() {
  Level l(*this);
  const int start = mark_;
  peek();
  if (call_invalid_rules_) {
    invalid_if_stmt_rule();
    mark_ = start;
  }
  if (expect_kw(Kw::If)) {
    if (Expr* a = named_expression_rule()) {
      if (expect(TokenKind::Colon)) {
        if (StmtSeq* b = block_rule()) {
          int m = mark_;
          if (Stmt* c = elif_stmt_rule()) {
            auto* s = node<IfStmt>(extra(start));
            s->test.reset(a);
            for (Stmt* st : *b) s->body.emplace_back(st);
            s->orelse.emplace_back(c);
            return s;
          }
          mark_ = m;
          StmtSeq* c = else_block_rule();
          if (!c) mark_ = m;
          auto* s = node<IfStmt>(extra(start));
          s->test.reset(a);
          for (Stmt* st : *b) s->body.emplace_back(st);
          if (c) {
            for (Stmt* st : *c) s->orelse.emplace_back(st);
          }
          return s;
        }
      }
    }
  }
  mark_ = start;
  return nullptr;
}

// elif_stmt:
//     | invalid_elif_stmt
//     | 'elif' named_expression ':' block elif_stmt
//     | 'elif' named_expression ':' block [else_block]
Stmt* Parser::elif_stmt_rule() {
  Level l(*this);
  const int start = mark_;
  peek();
  if (call_invalid_rules_) {
    invalid_elif_stmt_rule();
    mark_ = start;
  }
  if (expect_kw(Kw::Elif)) {
    if (Expr* a = named_expression_rule()) {
      if (expect(TokenKind::Colon)) {
        if (StmtSeq* b = block_rule()) {
          int m = mark_;
          if (Stmt* c = elif_stmt_rule()) {
            auto* s = node<IfStmt>(extra(start));
            s->test.reset(a);
            for (Stmt* st : *b) s->body.emplace_back(st);
            s->orelse.emplace_back(c);
            return s;
          }
          mark_ = m;
          StmtSeq* c = else_block_rule();
          if (!c) mark_ = m;
          auto* s = node<IfStmt>(extra(start));
          s->test.reset(a);
          for (Stmt* st : *b) s->body.emplace_back(st);
          if (c) {
            for (Stmt* st : *c) s->orelse.emplace_back(st);
          }
          return s;
        }
      }
    }
  }
  mark_ = start;
  return nullptr;
}

// else_block: invalid_else_stmt | 'else' &&':' block
StmtSeq* Parser::else_block_rule() {
  Level l(*this);
  const int start = mark_;
  if (call_invalid_rules_) {
    invalid_else_stmt_rule();
    mark_ = start;
  }
  if (expect_kw(Kw::Else)) {
    expect_forced(TokenKind::Colon, ":");
    if (StmtSeq* b = block_rule()) return b;
  }
  mark_ = start;
  return nullptr;
}

// while_stmt: invalid_while_stmt | 'while' named_expression ':' block [else_block]
Stmt* Parser::while_stmt_rule() {
  Level l(*this);
  const int start = mark_;
  peek();
  if (call_invalid_rules_) {
    invalid_while_stmt_rule();
    mark_ = start;
  }
  if (expect_kw(Kw::While)) {
    if (Expr* a = named_expression_rule()) {
      if (expect(TokenKind::Colon)) {
        if (StmtSeq* b = block_rule()) {
          int m = mark_;
          StmtSeq* c = else_block_rule();
          if (!c) mark_ = m;
          auto* s = node<WhileStmt>(extra(start));
          s->test.reset(a);
          for (Stmt* st : *b) s->body.emplace_back(st);
          if (c) {
            for (Stmt* st : *c) s->orelse.emplace_back(st);
          }
          return s;
        }
      }
    }
  }
  mark_ = start;
  return nullptr;
}

// for_stmt:
//     | invalid_for_stmt
//     | 'for' star_targets 'in' ~ star_expressions ':' [TYPE_COMMENT] block [else_block]
//     | ASYNC 'for' star_targets 'in' ~ star_expressions ':' [TYPE_COMMENT] block [else_block]
//     | invalid_for_target
Stmt* Parser::for_stmt_rule() {
  Level l(*this);
  const int start = mark_;
  peek();
  if (call_invalid_rules_) {
    invalid_for_stmt_rule();
    mark_ = start;
  }
  for (int alt = 0; alt < 2; ++alt) {
    mark_ = start;
    bool is_async = alt == 1;
    if (is_async && !expect_kw(Kw::Async)) continue;
    if (!expect_kw(Kw::For)) continue;
    Expr* t = star_targets_rule();
    if (!t || !expect_kw(Kw::In)) continue;
    // cut
    Expr* ex = star_expressions_rule();
    StmtSeq* b = nullptr;
    if (ex && expect(TokenKind::Colon)) {
      peek();  // [TYPE_COMMENT]
      b = block_rule();
    }
    if (!b) {
      mark_ = start;
      return nullptr;
    }
    int m = mark_;
    StmtSeq* el = else_block_rule();
    if (!el) mark_ = m;
    auto* s = node<ForStmt>(extra(start));
    s->target.reset(t);
    s->iter.reset(ex);
    for (Stmt* st : *b) s->body.emplace_back(st);
    if (el) {
      for (Stmt* st : *el) s->orelse.emplace_back(st);
    }
    s->is_async = is_async;
    return s;
  }
  mark_ = start;
  if (call_invalid_rules_) {
    invalid_for_target_rule();
    mark_ = start;
  }
  return nullptr;
}

// with_stmt:
//     | invalid_with_stmt_indent
//     | 'with' '(' ','.with_item+ ','? ')' ':' block
//     | 'with' ','.with_item+ ':' [TYPE_COMMENT] block
//     | ASYNC 'with' '(' ','.with_item+ ','? ')' ':' block
//     | ASYNC 'with' ','.with_item+ ':' [TYPE_COMMENT] block
//     | invalid_with_stmt
Stmt* Parser::with_stmt_rule() {
  Level l(*this);
  const int start = mark_;
  peek();
  if (call_invalid_rules_) {
    invalid_with_stmt_indent_rule();
    mark_ = start;
  }
  auto items = [&]() -> std::vector<RawWithItem*>* {
    Level gather(*this);
    RawWithItem* first = with_item_rule();
    if (!first) return nullptr;
    auto* out = &item<ArenaBox<std::vector<RawWithItem*>>>()->value;
    out->push_back(first);
    Level loop(*this);
    for (;;) {
      int m = mark_;
      if (!expect(TokenKind::Comma)) break;
      RawWithItem* w = with_item_rule();
      if (!w) {
        mark_ = m;
        break;
      }
      out->push_back(w);
    }
    return out;
  };
  for (int alt = 0; alt < 4; ++alt) {
    mark_ = start;
    bool is_async = alt >= 2;
    bool parens = alt % 2 == 0;
    if (is_async && !expect_kw(Kw::Async)) continue;
    if (!expect_kw(Kw::With)) continue;
    std::vector<RawWithItem*>* a = nullptr;
    if (parens) {
      if (!expect(TokenKind::LPar)) continue;
      a = items();
      if (!a) continue;
      expect(TokenKind::Comma);
      if (!expect(TokenKind::RPar)) continue;
    } else {
      a = items();
      if (!a) continue;
    }
    if (!expect(TokenKind::Colon)) continue;
    if (!parens) peek();  // [TYPE_COMMENT]
    StmtSeq* b = block_rule();
    if (!b) continue;
    if (is_async) return placeholder_stmt(extra(start), "pywalk does not support async with");
    auto* s = node<WithStmt>(extra(start));
    for (RawWithItem* w : *a) {
      WithItem wi;
      wi.context_expr.reset(w->context_expr);
      wi.optional_vars.reset(w->optional_vars);
      s->items.push_back(std::move(wi));
    }
    for (Stmt* st : *b) s->body.emplace_back(st);
    return s;
  }
  mark_ = start;
  if (call_invalid_rules_) {
    invalid_with_stmt_rule();
    mark_ = start;
  }
  return nullptr;
}

// with_item: expression 'as' star_target &(',' | ')' | ':') | invalid_with_item | expression
RawWithItem* Parser::with_item_rule() {
  Level l(*this);
  const int start = mark_;
  if (Expr* e = expression_rule()) {
    if (expect_kw(Kw::As)) {
      if (Expr* t = star_target_rule()) {
        bool ok;
        {
          Level group(*this);
          const PTok& n = peek();
          ok = n.kind == TokenKind::Comma || n.kind == TokenKind::RPar || n.kind == TokenKind::Colon;
        }
        if (ok) {
          auto* w = item<RawWithItem>();
          w->context_expr = e;
          w->optional_vars = t;
          return w;
        }
      }
    }
  }
  mark_ = start;
  if (call_invalid_rules_) {
    invalid_with_item_rule();
    mark_ = start;
  }
  if (Expr* e = expression_rule()) {
    auto* w = item<RawWithItem>();
    w->context_expr = e;
    return w;
  }
  mark_ = start;
  return nullptr;
}

// try_stmt:
//     | invalid_try_stmt
//     | 'try' &&':' block finally_block
//     | 'try' &&':' block except_block+ [else_block] [finally_block]
//     | 'try' &&':' block except_star_block+ [else_block] [finally_block]
Stmt* Parser::try_stmt_rule() {
  Level l(*this);
  const int start = mark_;
  peek();
  if (call_invalid_rules_) {
    invalid_try_stmt_rule();
    mark_ = start;
  }
  auto make = [&](StmtSeq* b, std::vector<RawHandler*>* ex, StmtSeq* el, StmtSeq* f) {
    auto* s = node<TryStmt>(extra(start));
    for (Stmt* st : *b) s->body.emplace_back(st);
    if (ex) {
      for (RawHandler* h : *ex) {
        ExceptHandler eh;
        eh.type.reset(h->type);
        eh.name = h->name;
        for (Stmt* st : *h->body) eh.body.emplace_back(st);
        eh.span = h->span;
        s->handlers.push_back(std::move(eh));
      }
    }
    if (el) {
      for (Stmt* st : *el) s->orelse.emplace_back(st);
    }
    if (f) {
      for (Stmt* st : *f) s->finalbody.emplace_back(st);
    }
    return s;
  };
  // 'try' &&':' block finally_block
  if (expect_kw(Kw::Try)) {
    expect_forced(TokenKind::Colon, ":");
    if (StmtSeq* b = block_rule()) {
      if (StmtSeq* f = finally_block_rule()) return make(b, nullptr, nullptr, f);
    }
  }
  for (int star = 0; star < 2; ++star) {
    mark_ = start;
    if (!expect_kw(Kw::Try)) break;
    expect_forced(TokenKind::Colon, ":");
    StmtSeq* b = block_rule();
    if (!b) continue;
    auto* ex = &item<ArenaBox<std::vector<RawHandler*>>>()->value;
    {
      Level loop(*this);
      for (;;) {
        int m = mark_;
        RawHandler* h = star ? except_star_block_rule() : except_block_rule();
        if (!h) {
          mark_ = m;
          break;
        }
        ex->push_back(h);
      }
    }
    if (ex->empty()) continue;
    int m = mark_;
    StmtSeq* el = else_block_rule();
    if (!el) mark_ = m;
    m = mark_;
    StmtSeq* f = finally_block_rule();
    if (!f) mark_ = m;
    if (star) return placeholder_stmt(extra(start), "pywalk does not support except* yet");
    return make(b, ex, el, f);
  }
  mark_ = start;
  return nullptr;
}

// except_block:
//     | invalid_except_stmt_indent
//     | 'except' expression ['as' NAME] ':' block
//     | 'except' ':' block
//     | invalid_except_stmt
RawHandler* Parser::except_block_rule() {
  Level l(*this);
  const int start = mark_;
  peek();
  if (call_invalid_rules_) {
    invalid_except_stmt_indent_rule();
    mark_ = start;
  }
  if (expect_kw(Kw::Except)) {
    if (Expr* e = expression_rule()) {
      const PTok* t = nullptr;
      {
        Level group(*this);
        int m = mark_;
        if (expect_kw(Kw::As)) t = name_tok();
        if (!t) mark_ = m;
      }
      if (expect(TokenKind::Colon)) {
        if (StmtSeq* b = block_rule()) {
          auto* h = item<RawHandler>();
          h->type = e;
          if (t) h->name = std::string(t->text);
          h->body = b;
          h->span = extra(start);
          return h;
        }
      }
    }
  }
  mark_ = start;
  if (expect_kw(Kw::Except) && expect(TokenKind::Colon)) {
    if (StmtSeq* b = block_rule()) {
      auto* h = item<RawHandler>();
      h->body = b;
      h->span = extra(start);
      return h;
    }
  }
  mark_ = start;
  if (call_invalid_rules_) {
    invalid_except_stmt_rule();
    mark_ = start;
  }
  return nullptr;
}

// except_star_block:
//     | invalid_except_star_stmt_indent
//     | 'except' '*' expression ['as' NAME] ':' block
//     | invalid_except_stmt
RawHandler* Parser::except_star_block_rule() {
  Level l(*this);
  const int start = mark_;
  peek();
  if (call_invalid_rules_) {
    invalid_except_star_stmt_indent_rule();
    mark_ = start;
  }
  if (expect_kw(Kw::Except) && expect(TokenKind::Star)) {
    if (Expr* e = expression_rule()) {
      const PTok* t = nullptr;
      {
        Level group(*this);
        int m = mark_;
        if (expect_kw(Kw::As)) t = name_tok();
        if (!t) mark_ = m;
      }
      if (expect(TokenKind::Colon)) {
        if (StmtSeq* b = block_rule()) {
          auto* h = item<RawHandler>();
          h->type = e;
          if (t) h->name = std::string(t->text);
          h->body = b;
          h->span = extra(start);
          return h;
        }
      }
    }
  }
  mark_ = start;
  if (call_invalid_rules_) {
    invalid_except_stmt_rule();
    mark_ = start;
  }
  return nullptr;
}

// finally_block: invalid_finally_stmt | 'finally' &&':' block
StmtSeq* Parser::finally_block_rule() {
  Level l(*this);
  const int start = mark_;
  if (call_invalid_rules_) {
    invalid_finally_stmt_rule();
    mark_ = start;
  }
  if (expect_kw(Kw::Finally)) {
    expect_forced(TokenKind::Colon, ":");
    if (StmtSeq* a = block_rule()) return a;
  }
  mark_ = start;
  return nullptr;
}

// match_stmt:
//     | "match" subject_expr ':' NEWLINE INDENT case_block+ DEDENT
//     | invalid_match_stmt
// pywalk has no match statement: a `match` line that parses as one is
// reported as unsupported (a syntax-only recogniser: subject, ':' and an
// indented block starting with "case").
Stmt* Parser::match_stmt_rule() {
  Level l(*this);
  const int start = mark_;
  peek();
  if (soft_keyword("match")) {
    Level subject(*this);
    int m = mark_;
    bool ok = false;
    if (Expr* v = star_named_expression_rule()) {
      (void)v;
      if (expect(TokenKind::Comma)) {
        int m2 = mark_;
        if (!star_named_expressions_rule()) mark_ = m2;
        ok = true;
      } else {
        mark_ = m;
      }
    }
    if (!ok) {
      mark_ = m;
      ok = named_expression_rule() != nullptr;
    }
    if (ok && expect(TokenKind::Colon) && expect(TokenKind::Newline) && expect(TokenKind::Indent)) {
      // case_block+: the patterns and guards are skipped up to the ':' that
      // ends them (pywalk does not support the statement anyway); the case
      // bodies are parsed as blocks, so their syntax errors are reported.
      int cases = 0;
      for (;;) {
        int case_start = mark_;
        if (!soft_keyword("case")) break;
        int level = toks_[case_start].level;
        bool colon = false;
        for (;;) {
          const PTok& t = peek();
          if (t.kind == TokenKind::EndMarker || t.kind == TokenKind::Newline) break;
          ++mark_;
          if (t.kind == TokenKind::Colon && t.level == level) {
            colon = true;
            break;
          }
        }
        if (call_invalid_rules_) {
          // invalid_case_block
          if (!colon && expect(TokenKind::Newline)) raise_syntax("expected ':'");
          int m = mark_;
          if (colon && expect(TokenKind::Newline) && !lookahead_kind(TokenKind::Indent)) {
            raise_indent(
                fmt::format("expected an indented block after 'case' statement on line {}", toks_[case_start].line));
          }
          mark_ = m;
        }
        if (!colon || !block_rule()) {
          mark_ = case_start;
          break;
        }
        ++cases;
      }
      if (cases > 0 && expect(TokenKind::Dedent)) {
        return placeholder_stmt(extra(start), "pywalk does not support the match statement");
      }
    }
  }
  mark_ = start;
  if (call_invalid_rules_) {
    invalid_match_stmt_rule();
    mark_ = start;
  }
  return nullptr;
}

}  // namespace pywalk::peg
