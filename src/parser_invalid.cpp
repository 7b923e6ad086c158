// The `invalid_*` rules of CPython 3.11's grammar for expressions, calls,
// displays and targets: tried only in the second pass, each either fails
// (and parsing goes on) or raises the specialised SyntaxError. Same
// alternatives and order as python.gram.
#include <fmt/format.h>

#include "pywalk/parser_impl.h"

namespace pywalk::peg {

// invalid_arguments:
//     | args ',' '*'
//     | expression for_if_clauses ',' [args | expression for_if_clauses]
//     | NAME '=' expression for_if_clauses
//     | args for_if_clauses
//     | args ',' expression for_if_clauses
//     | args ',' args
void Parser::invalid_arguments_rule() {
  Level l(*this);
  const int start = mark_;
  if (CallArgs* a = args_rule()) {
    if (expect(TokenKind::Comma) && expect(TokenKind::Star)) {
      (void)a;
      raise_syntax("iterable argument unpacking follows keyword argument unpacking");
    }
  }
  mark_ = start;
  if (Expr* a = expression_rule()) {
    if (auto* b = for_if_clauses_rule()) {
      if (expect(TokenKind::Comma)) {
        {
          Level group(*this);
          int m = mark_;
          if (!args_rule()) {
            mark_ = m;
            if (!(expression_rule() && for_if_clauses_rule())) mark_ = m;
          }
        }
        RawComp* last = b->back();
        Expr* end = last->ifs.empty() ? last->iter : last->ifs.back();
        raise_range(a->span, end->span, "Generator expression must be parenthesized");
      }
    }
  }
  mark_ = start;
  if (const PTok* a = name_tok()) {
    if (const PTok* b = expect(TokenKind::Equal)) {
      if (expression_rule() && for_if_clauses_rule()) {
        raise_range(tok_span(*a), tok_span(*b), "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
      }
    }
  }
  mark_ = start;
  if (CallArgs* a = args_rule()) {
    if (auto* b = for_if_clauses_rule()) nonparen_genexp_in_call(a, b);
  }
  mark_ = start;
  if (args_rule() && expect(TokenKind::Comma)) {
    if (Expr* a = expression_rule()) {
      if (auto* b = for_if_clauses_rule()) {
        RawComp* last = b->back();
        Expr* end = last->ifs.empty() ? last->iter : last->ifs.back();
        raise_range(a->span, end->span, "Generator expression must be parenthesized");
      }
    }
  }
  mark_ = start;
  if (CallArgs* a = args_rule()) {
    if (expect(TokenKind::Comma) && args_rule()) arguments_parsing_error(a);
  }
  mark_ = start;
}

// invalid_kwarg:
//     | ('True'|'False'|'None') '='
//     | NAME '=' expression for_if_clauses
//     | !(NAME '=') expression '='
void Parser::invalid_kwarg_rule() {
  Level l(*this);
  const int start = mark_;
  {
    const PTok* a = nullptr;
    {
      Level group(*this);
      a = expect_kw(Kw::True_);
      if (!a) a = expect_kw(Kw::False_);
      if (!a) a = expect_kw(Kw::None_);
    }
    if (a) {
      if (const PTok* b = expect(TokenKind::Equal)) {
        raise_range(tok_span(*a), tok_span(*b), fmt::format("cannot assign to {}", a->text));
      }
    }
  }
  mark_ = start;
  if (const PTok* a = name_tok()) {
    if (const PTok* b = expect(TokenKind::Equal)) {
      if (expression_rule() && for_if_clauses_rule()) {
        raise_range(tok_span(*a), tok_span(*b), "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
      }
    }
  }
  mark_ = start;
  bool name_eq;
  {
    Level group(*this);
    name_eq = name_tok() && expect(TokenKind::Equal);
    mark_ = start;
  }
  if (!name_eq) {
    if (Expr* a = expression_rule()) {
      if (const PTok* b = expect(TokenKind::Equal)) {
        raise_range(a->span, tok_span(*b), "expression cannot contain assignment, perhaps you meant \"==\"?");
      }
    }
  }
  mark_ = start;
}

// invalid_legacy_expression: NAME !'(' star_expressions
void Parser::invalid_legacy_expression_rule() {
  Level l(*this);
  const int start = mark_;
  if (Expr* a = name_expr()) {
    if (!lookahead_kind(TokenKind::LPar)) {
      if (Expr* b = star_expressions_rule()) {
        if (is_legacy_stmt(a)) {
          const std::string& id = as<NameExpr>(*a).id;
          raise_range(a->span, b->span,
                      fmt::format("Missing parentheses in call to '{}'. Did you mean {}(...)?", id, id));
        }
      }
    }
  }
  mark_ = start;
}

// invalid_expression:
//     | !(NAME STRING | SOFT_KEYWORD) disjunction expression_without_invalid
//     | disjunction 'if' disjunction !('else'|':')
void Parser::invalid_expression_rule() {
  Level l(*this);
  const int start = mark_;
  bool excluded;
  {
    Level group(*this);
    const PTok& t = peek();
    excluded = false;
    if (t.kind == TokenKind::Name && t.kw == Kw::NotKw) {
      ++mark_;
      if (peek().kind == TokenKind::String) excluded = true;
      mark_ = start;
    }
    if (!excluded && is_soft_keyword_tok(t)) excluded = true;
  }
  if (!excluded) {
    if (Expr* a = disjunction_rule()) {
      if (Expr* b = expression_without_invalid_rule()) {
        bool legacy = is_legacy_stmt(a);
        if (!legacy && toks_[mark_ - 1].level != 0) {
          raise_range(a->span, b->span, "invalid syntax. Perhaps you forgot a comma?");
        }
      }
    }
  }
  mark_ = start;
  if (Expr* a = disjunction_rule()) {
    if (expect_kw(Kw::If)) {
      if (Expr* b = disjunction_rule()) {
        bool followed;
        {
          Level group(*this);
          followed = lookahead_kw(Kw::Else) || lookahead_kind(TokenKind::Colon);
        }
        if (!followed) raise_range(a->span, b->span, "expected 'else' after 'if' expression");
      }
    }
  }
  mark_ = start;
}

// invalid_named_expression (memo):
//     | expression ':=' expression
//     | NAME '=' bitwise_or !('='|':=')
//     | !(list|tuple|genexp|'True'|'None'|'False') bitwise_or '=' bitwise_or !('='|':=')
void Parser::invalid_named_expression_rule() {
  Level level_guard(*this);
  void* memo_result;
  if (memo_get(R::invalid_named_expression, memo_result)) return;
  const int start = mark_;
  if (Expr* a = expression_rule()) {
    if (expect(TokenKind::ColonEqual) && expression_rule()) {
      raise_at(a->span, fmt::format("cannot use assignment expressions with {}", expr_name(a)));
    }
  }
  mark_ = start;
  auto followed_by_assign = [&]() {
    Level group(*this);
    const PTok& t = peek();
    return t.kind == TokenKind::Equal || t.kind == TokenKind::ColonEqual;
  };
  if (Expr* a = name_expr()) {
    if (expect(TokenKind::Equal)) {
      if (Expr* b = bitwise_or_rule()) {
        if (!followed_by_assign()) {
          raise_range(a->span, b->span, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
        }
      }
    }
  }
  mark_ = start;
  bool excluded;
  {
    Level group(*this);
    excluded = list_rule() != nullptr;
    mark_ = start;
    if (!excluded) excluded = tuple_rule() != nullptr;
    mark_ = start;
    if (!excluded) excluded = genexp_rule() != nullptr;
    mark_ = start;
    if (!excluded) excluded = lookahead_kw(Kw::True_) || lookahead_kw(Kw::None_) || lookahead_kw(Kw::False_);
    mark_ = start;
  }
  if (!excluded) {
    if (Expr* a = bitwise_or_rule()) {
      if (expect(TokenKind::Equal)) {
        if (bitwise_or_rule() && !followed_by_assign()) {
          raise_at(a->span,
                   fmt::format("cannot assign to {} here. Maybe you meant '==' instead of '='?", expr_name(a)));
        }
      }
    }
  }
  mark_ = start;
  memo_put(start, R::invalid_named_expression, nullptr);
}

// invalid_assignment:
//     | invalid_ann_assign_target ':' expression
//     | star_named_expression ',' star_named_expressions* ':' expression
//     | expression ':' expression
//     | (star_targets '=')* star_expressions '='
//     | (star_targets '=')* yield_expr '='
//     | star_expressions augassign (yield_expr | star_expressions)
void Parser::invalid_assignment_rule() {
  Level l(*this);
  const int start = mark_;
  if (Expr* a = invalid_ann_assign_target_rule()) {
    if (expect(TokenKind::Colon) && expression_rule()) {
      raise_at(a->span, fmt::format("only single target (not {}) can be annotated", expr_name(a)));
    }
  }
  mark_ = start;
  if (Expr* a = star_named_expression_rule()) {
    if (expect(TokenKind::Comma)) {
      {
        Level loop(*this);
        for (;;) {
          int m = mark_;
          if (!star_named_expressions_rule()) {
            mark_ = m;
            break;
          }
          if (mark_ == m) break;
        }
      }
      if (expect(TokenKind::Colon) && expression_rule()) {
        raise_at(a->span, "only single target (not tuple) can be annotated");
      }
    }
  }
  mark_ = start;
  if (Expr* a = expression_rule()) {
    if (expect(TokenKind::Colon) && expression_rule()) raise_at(a->span, "illegal target for annotation");
  }
  mark_ = start;
  auto star_targets_eq = [&]() {
    Level loop(*this);
    for (;;) {
      Level group(*this);
      int m = mark_;
      if (!star_targets_rule() || !expect(TokenKind::Equal)) {
        mark_ = m;
        break;
      }
    }
  };
  star_targets_eq();
  if (Expr* a = star_expressions_rule()) {
    if (expect(TokenKind::Equal)) invalid_target_error(TargetsType::Star, a);
  }
  mark_ = start;
  star_targets_eq();
  if (Expr* a = yield_expr_rule()) {
    if (expect(TokenKind::Equal)) raise_at(a->span, "assignment to yield expression not possible");
  }
  mark_ = start;
  if (Expr* a = star_expressions_rule()) {
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
      if (c) {
        raise_at(a->span, fmt::format("'{}' is an illegal expression for augmented assignment", expr_name(a)));
      }
    }
  }
  mark_ = start;
}

// invalid_ann_assign_target: list | tuple | '(' invalid_ann_assign_target ')'
Expr* Parser::invalid_ann_assign_target_rule() {
  Level l(*this);
  const int start = mark_;
  if (Expr* a = list_rule()) return a;
  mark_ = start;
  if (Expr* a = tuple_rule()) return a;
  mark_ = start;
  if (expect(TokenKind::LPar)) {
    if (Expr* a = invalid_ann_assign_target_rule()) {
      if (expect(TokenKind::RPar)) return a;
    }
  }
  mark_ = start;
  return nullptr;
}

// invalid_del_stmt: 'del' star_expressions
void Parser::invalid_del_stmt_rule() {
  Level l(*this);
  const int start = mark_;
  if (expect_kw(Kw::Del)) {
    if (Expr* a = star_expressions_rule()) invalid_target_error(TargetsType::Del, a);
  }
  mark_ = start;
}

// invalid_block: NEWLINE !INDENT
void Parser::invalid_block_rule() {
  Level l(*this);
  const int start = mark_;
  if (expect(TokenKind::Newline) && !lookahead_kind(TokenKind::Indent)) raise_indent("expected an indented block");
  mark_ = start;
}

// invalid_comprehension:
//     | ('[' | '(' | '{') starred_expression for_if_clauses
//     | ('[' | '{') star_named_expression ',' star_named_expressions for_if_clauses
//     | ('[' | '{') star_named_expression ',' for_if_clauses
void Parser::invalid_comprehension_rule() {
  Level l(*this);
  const int start = mark_;
  auto open = [&](bool paren_ok) {
    Level group(*this);
    const PTok& t = peek();
    if (t.kind == TokenKind::LSqb || t.kind == TokenKind::LBrace || (paren_ok && t.kind == TokenKind::LPar)) {
      ++mark_;
      return true;
    }
    return false;
  };
  if (open(true)) {
    if (Expr* a = starred_expression_rule()) {
      if (for_if_clauses_rule()) raise_at(a->span, "iterable unpacking cannot be used in comprehension");
    }
  }
  mark_ = start;
  if (open(false)) {
    if (Expr* a = star_named_expression_rule()) {
      if (expect(TokenKind::Comma)) {
        if (ExprSeq* b = star_named_expressions_rule()) {
          if (for_if_clauses_rule()) {
            raise_range(a->span, b->back()->span, "did you forget parentheses around the comprehension target?");
          }
        }
      }
    }
  }
  mark_ = start;
  if (open(false)) {
    if (Expr* a = star_named_expression_rule()) {
      if (const PTok* b = expect(TokenKind::Comma)) {
        if (for_if_clauses_rule()) {
          raise_range(a->span, tok_span(*b), "did you forget parentheses around the comprehension target?");
        }
      }
    }
  }
  mark_ = start;
}

// invalid_dict_comprehension: '{' '**' bitwise_or for_if_clauses '}'
void Parser::invalid_dict_comprehension_rule() {
  Level l(*this);
  const int start = mark_;
  if (expect(TokenKind::LBrace)) {
    if (const PTok* a = expect(TokenKind::DoubleStar)) {
      if (bitwise_or_rule() && for_if_clauses_rule() && expect(TokenKind::RBrace)) {
        raise_at_tok(*a, "dict unpacking cannot be used in dict comprehension");
      }
    }
  }
  mark_ = start;
}

// invalid_with_item: expression 'as' expression &(',' | ')' | ':')
void Parser::invalid_with_item_rule() {
  Level l(*this);
  const int start = mark_;
  if (expression_rule() && expect_kw(Kw::As)) {
    if (Expr* a = expression_rule()) {
      bool followed;
      {
        Level group(*this);
        const PTok& t = peek();
        followed = t.kind == TokenKind::Comma || t.kind == TokenKind::RPar || t.kind == TokenKind::Colon;
      }
      if (followed) invalid_target_error(TargetsType::Star, a);
    }
  }
  mark_ = start;
}

// invalid_for_target: ASYNC? 'for' star_expressions
void Parser::invalid_for_target_rule() {
  Level l(*this);
  const int start = mark_;
  expect_kw(Kw::Async);
  if (expect_kw(Kw::For)) {
    if (Expr* a = star_expressions_rule()) invalid_target_error(TargetsType::For, a);
  }
  mark_ = start;
}

// invalid_group: '(' starred_expression ')' | '(' '**' expression ')'
void Parser::invalid_group_rule() {
  Level l(*this);
  const int start = mark_;
  if (expect(TokenKind::LPar)) {
    if (Expr* a = starred_expression_rule()) {
      if (expect(TokenKind::RPar)) raise_at(a->span, "cannot use starred expression here");
    }
  }
  mark_ = start;
  if (expect(TokenKind::LPar)) {
    if (const PTok* a = expect(TokenKind::DoubleStar)) {
      if (expression_rule() && expect(TokenKind::RPar)) raise_at_tok(*a, "cannot use double starred expression here");
    }
  }
  mark_ = start;
}

// invalid_import_from_targets: import_from_as_names ',' NEWLINE
//     | expression ':' &('}'|',')
void Parser::invalid_double_starred_kvpairs_rule() {
  Level l(*this);
  const int start = mark_;
  {
    Level gather(*this);
    if (double_starred_kvpair_rule()) {
      Level lp(*this);
      for (;;) {
        int m = mark_;
        if (!expect(TokenKind::Comma) || !double_starred_kvpair_rule()) {
          mark_ = m;
          break;
        }
      }
    } else {
      mark_ = start;
    }
  }
  if (mark_ > start && expect(TokenKind::Comma)) invalid_kvpair_rule();
  mark_ = start;
  if (expression_rule() && expect(TokenKind::Colon)) {
    if (const PTok* a = expect(TokenKind::Star)) {
      if (bitwise_or_rule()) raise_starting_from(tok_span(*a), "cannot use a starred expression in a dictionary value");
    }
  }
  mark_ = start;
  if (expression_rule()) {
    if (const PTok* a = expect(TokenKind::Colon)) {
      bool followed;
      {
        Level group(*this);
        const PTok& t = peek();
        followed = t.kind == TokenKind::RBrace || t.kind == TokenKind::Comma;
      }
      if (followed) raise_at_tok(*a, "expression expected after dictionary key and ':'");
    }
  }
  mark_ = start;
}

// invalid_kvpair:
//     | expression !(':')
//     | expression ':' '*' bitwise_or
//     | expression ':' &('}'|',')
void Parser::invalid_kvpair_rule() {
  Level l(*this);
  const int start = mark_;
  if (Expr* a = expression_rule()) {
    if (!lookahead_kind(TokenKind::Colon)) {
      RaisedError e;
      e.type = "SyntaxError";
      e.msg = "':' expected after dictionary key";
      e.line = a->span.line;
      e.offset = a->span.end_col - 1 + 1;
      e.end_line = a->span.end_line;
      e.end_offset = 0;
      throw e;
    }
  }
  mark_ = start;
  if (expression_rule() && expect(TokenKind::Colon)) {
    if (const PTok* a = expect(TokenKind::Star)) {
      if (bitwise_or_rule()) raise_starting_from(tok_span(*a), "cannot use a starred expression in a dictionary value");
    }
  }
  mark_ = start;
  if (expression_rule()) {
    if (const PTok* a = expect(TokenKind::Colon)) {
      bool followed;
      {
        Level group(*this);
        const PTok& t = peek();
        followed = t.kind == TokenKind::RBrace || t.kind == TokenKind::Comma;
      }
      if (followed) raise_at_tok(*a, "expression expected after dictionary key and ':'");
    }
  }
  mark_ = start;
}

}  // namespace pywalk::peg
