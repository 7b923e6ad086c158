// The `invalid_*` rules of CPython 3.11's grammar: tried only in the second
// pass, each either fails (and parsing goes on) or raises the specialised
// SyntaxError. Same alternatives and order as python.gram.
#include <fmt/format.h>

#include "pywalk/parser_impl.h"

namespace pywalk::peg {

namespace {
using ArgList = std::vector<RawArg*>;
}

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
          raise_range(a->span, b->span, fmt::format("Missing parentheses in call to '{}'. Did you mean {}(...)?", id, id));
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
          raise_at(a->span, fmt::format("cannot assign to {} here. Maybe you meant '==' instead of '='?", expr_name(a)));
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

namespace {
// Repetition helpers shared by the parameter invalid rules.
template <class F>
int repeat(F&& f) {
  int n = 0;
  while (f()) ++n;
  return n;
}
}  // namespace

// invalid_parameters:
//     | param_no_default* invalid_parameters_helper param_no_default
//     | param_no_default* '(' param_no_default+ ','? ')'
//     | "/" ','
//     | (slash_no_default | slash_with_default) param_maybe_default* '/'
//     | [(slash_no_default | slash_with_default)] param_maybe_default* '*' (',' | param_no_default)
//       param_maybe_default* '/'
//     | param_maybe_default+ '/' '*'
void Parser::invalid_parameters_rule() {
  Level l(*this);
  const int start = mark_;
  auto loop = [&](auto rule) {
    Level lp(*this);
    return repeat([&]() {
      int m = mark_;
      if ((this->*rule)()) return true;
      mark_ = m;
      return false;
    });
  };
  loop(&Parser::param_no_default_rule);
  {
    bool ok = false;
    invalid_parameters_helper_rule(ok);
    if (ok) {
      if (RawArg* a = param_no_default_rule()) raise_at(a->span, "non-default argument follows default argument");
    }
  }
  mark_ = start;
  loop(&Parser::param_no_default_rule);
  if (const PTok* a = expect(TokenKind::LPar)) {
    if (loop(&Parser::param_no_default_rule) > 0) {
      expect(TokenKind::Comma);
      if (const PTok* b = expect(TokenKind::RPar)) {
        raise_range(tok_span(*a), tok_span(*b), "Function parameters cannot be parenthesized");
      }
    }
  }
  mark_ = start;
  if (const PTok* a = expect(TokenKind::Slash)) {
    if (expect(TokenKind::Comma)) raise_at_tok(*a, "at least one argument must precede /");
  }
  mark_ = start;
  auto slash_group = [&]() {
    Level group(*this);
    int m = mark_;
    if (slash_no_default_rule()) return true;
    mark_ = m;
    if (slash_with_default_rule()) return true;
    mark_ = m;
    return false;
  };
  if (slash_group()) {
    loop(&Parser::param_maybe_default_rule);
    if (const PTok* a = expect(TokenKind::Slash)) raise_at_tok(*a, "/ may appear only once");
  }
  mark_ = start;
  {
    slash_group();
    loop(&Parser::param_maybe_default_rule);
    if (expect(TokenKind::Star)) {
      bool ok;
      {
        Level group(*this);
        int m = mark_;
        ok = expect(TokenKind::Comma) != nullptr;
        if (!ok) {
          mark_ = m;
          ok = param_no_default_rule() != nullptr;
          if (!ok) mark_ = m;
        }
      }
      if (ok) {
        loop(&Parser::param_maybe_default_rule);
        if (const PTok* a = expect(TokenKind::Slash)) raise_at_tok(*a, "/ must be ahead of *");
      }
    }
  }
  mark_ = start;
  if (loop(&Parser::param_maybe_default_rule) > 0) {
    if (expect(TokenKind::Slash)) {
      if (const PTok* a = expect(TokenKind::Star)) raise_at_tok(*a, "expected comma between / and *");
    }
  }
  mark_ = start;
}

// invalid_parameters_helper: slash_with_default | param_with_default+
void Parser::invalid_parameters_helper_rule(bool& ok) {
  Level l(*this);
  const int start = mark_;
  if (slash_with_default_rule()) {
    ok = true;
    return;
  }
  mark_ = start;
  {
    Level lp(*this);
    int n = 0;
    for (;;) {
      int m = mark_;
      if (!param_with_default_rule()) {
        mark_ = m;
        break;
      }
      ++n;
    }
    if (n > 0) {
      ok = true;
      return;
    }
  }
  mark_ = start;
  ok = false;
}

// invalid_default: '=' &(')'|',')
void Parser::invalid_default_rule() {
  Level l(*this);
  const int start = mark_;
  if (const PTok* a = expect(TokenKind::Equal)) {
    bool followed;
    {
      Level group(*this);
      const PTok& t = peek();
      followed = t.kind == TokenKind::RPar || t.kind == TokenKind::Comma;
    }
    if (followed) raise_at_tok(*a, "expected default value expression");
  }
  mark_ = start;
}

// invalid_star_etc:
//     | '*' (')' | ',' (')' | '**'))
//     | '*' ',' TYPE_COMMENT
//     | '*' param '='
//     | '*' (param_no_default | ',') param_maybe_default* '*' (param_no_default | ',')
void Parser::invalid_star_etc_rule() {
  Level l(*this);
  const int start = mark_;
  if (const PTok* a = expect(TokenKind::Star)) {
    bool ok;
    {
      Level group(*this);
      int m = mark_;
      ok = expect(TokenKind::RPar) != nullptr;
      if (!ok) {
        mark_ = m;
        if (expect(TokenKind::Comma)) {
          Level inner(*this);
          ok = expect(TokenKind::RPar) != nullptr || expect(TokenKind::DoubleStar) != nullptr;
        }
      }
    }
    if (ok) raise_at_tok(*a, "named arguments must follow bare *");
  }
  mark_ = start;
  if (expect(TokenKind::Star) && expect(TokenKind::Comma)) peek();  // TYPE_COMMENT
  mark_ = start;
  if (expect(TokenKind::Star) && param_rule()) {
    if (const PTok* a = expect(TokenKind::Equal)) raise_at_tok(*a, "var-positional argument cannot have default value");
  }
  mark_ = start;
  auto no_default_or_comma = [&]() {
    Level group(*this);
    int m = mark_;
    if (param_no_default_rule()) return true;
    mark_ = m;
    if (expect(TokenKind::Comma)) return true;
    mark_ = m;
    return false;
  };
  if (expect(TokenKind::Star) && no_default_or_comma()) {
    {
      Level lp(*this);
      for (;;) {
        int m = mark_;
        if (!param_maybe_default_rule()) {
          mark_ = m;
          break;
        }
      }
    }
    if (const PTok* a = expect(TokenKind::Star)) {
      if (no_default_or_comma()) raise_at_tok(*a, "* argument may appear only once");
    }
  }
  mark_ = start;
}

// invalid_kwds:
//     | '**' param '='
//     | '**' param ',' param
//     | '**' param ',' ('*'|'**'|'/')
void Parser::invalid_kwds_rule() {
  Level l(*this);
  const int start = mark_;
  if (expect(TokenKind::DoubleStar) && param_rule()) {
    if (const PTok* a = expect(TokenKind::Equal)) raise_at_tok(*a, "var-keyword argument cannot have default value");
  }
  mark_ = start;
  if (expect(TokenKind::DoubleStar) && param_rule() && expect(TokenKind::Comma)) {
    if (RawArg* a = param_rule()) raise_at(a->span, "arguments cannot follow var-keyword argument");
  }
  mark_ = start;
  if (expect(TokenKind::DoubleStar) && param_rule() && expect(TokenKind::Comma)) {
    const PTok* a;
    {
      Level group(*this);
      const PTok& t = peek();
      a = (t.kind == TokenKind::Star || t.kind == TokenKind::DoubleStar || t.kind == TokenKind::Slash) ? &t : nullptr;
    }
    if (a) raise_at_tok(*a, "arguments cannot follow var-keyword argument");
  }
  mark_ = start;
}

// invalid_lambda_parameters: as invalid_parameters with lambda params
void Parser::invalid_lambda_parameters_rule() {
  Level l(*this);
  const int start = mark_;
  auto loop = [&](auto rule) {
    Level lp(*this);
    return repeat([&]() {
      int m = mark_;
      if ((this->*rule)()) return true;
      mark_ = m;
      return false;
    });
  };
  loop(&Parser::lambda_param_no_default_rule);
  {
    bool ok = false;
    invalid_lambda_parameters_helper_rule(ok);
    if (ok) {
      if (RawArg* a = lambda_param_no_default_rule()) {
        raise_at(a->span, "non-default argument follows default argument");
      }
    }
  }
  mark_ = start;
  loop(&Parser::lambda_param_no_default_rule);
  if (const PTok* a = expect(TokenKind::LPar)) {
    int n = 0;
    {
      Level gather(*this);
      if (lambda_param_rule()) {
        ++n;
        Level lp(*this);
        for (;;) {
          int m = mark_;
          if (!expect(TokenKind::Comma) || !lambda_param_rule()) {
            mark_ = m;
            break;
          }
          ++n;
        }
      }
    }
    if (n > 0) {
      expect(TokenKind::Comma);
      if (const PTok* b = expect(TokenKind::RPar)) {
        raise_range(tok_span(*a), tok_span(*b), "Lambda expression parameters cannot be parenthesized");
      }
    }
  }
  mark_ = start;
  if (const PTok* a = expect(TokenKind::Slash)) {
    if (expect(TokenKind::Comma)) raise_at_tok(*a, "at least one argument must precede /");
  }
  mark_ = start;
  auto slash_group = [&]() {
    Level group(*this);
    int m = mark_;
    if (lambda_slash_no_default_rule()) return true;
    mark_ = m;
    if (lambda_slash_with_default_rule()) return true;
    mark_ = m;
    return false;
  };
  if (slash_group()) {
    loop(&Parser::lambda_param_maybe_default_rule);
    if (const PTok* a = expect(TokenKind::Slash)) raise_at_tok(*a, "/ may appear only once");
  }
  mark_ = start;
  {
    slash_group();
    loop(&Parser::lambda_param_maybe_default_rule);
    if (expect(TokenKind::Star)) {
      bool ok;
      {
        Level group(*this);
        int m = mark_;
        ok = expect(TokenKind::Comma) != nullptr;
        if (!ok) {
          mark_ = m;
          ok = lambda_param_no_default_rule() != nullptr;
          if (!ok) mark_ = m;
        }
      }
      if (ok) {
        loop(&Parser::lambda_param_maybe_default_rule);
        if (const PTok* a = expect(TokenKind::Slash)) raise_at_tok(*a, "/ must be ahead of *");
      }
    }
  }
  mark_ = start;
  if (loop(&Parser::lambda_param_maybe_default_rule) > 0) {
    if (expect(TokenKind::Slash)) {
      if (const PTok* a = expect(TokenKind::Star)) raise_at_tok(*a, "expected comma between / and *");
    }
  }
  mark_ = start;
}

void Parser::invalid_lambda_parameters_helper_rule(bool& ok) {
  Level l(*this);
  const int start = mark_;
  if (lambda_slash_with_default_rule()) {
    ok = true;
    return;
  }
  mark_ = start;
  {
    Level lp(*this);
    int n = 0;
    for (;;) {
      int m = mark_;
      if (!lambda_param_with_default_rule()) {
        mark_ = m;
        break;
      }
      ++n;
    }
    if (n > 0) {
      ok = true;
      return;
    }
  }
  mark_ = start;
  ok = false;
}

// invalid_lambda_star_etc:
//     | '*' (':' | ',' (':' | '**'))
//     | '*' lambda_param '='
//     | '*' (lambda_param_no_default | ',') lambda_param_maybe_default* '*' (lambda_param_no_default | ',')
void Parser::invalid_lambda_star_etc_rule() {
  Level l(*this);
  const int start = mark_;
  if (expect(TokenKind::Star)) {
    bool ok;
    {
      Level group(*this);
      int m = mark_;
      ok = expect(TokenKind::Colon) != nullptr;
      if (!ok) {
        mark_ = m;
        if (expect(TokenKind::Comma)) {
          Level inner(*this);
          ok = expect(TokenKind::Colon) != nullptr || expect(TokenKind::DoubleStar) != nullptr;
        }
      }
    }
    if (ok) raise_syntax("named arguments must follow bare *");
  }
  mark_ = start;
  if (expect(TokenKind::Star) && lambda_param_rule()) {
    if (const PTok* a = expect(TokenKind::Equal)) raise_at_tok(*a, "var-positional argument cannot have default value");
  }
  mark_ = start;
  auto no_default_or_comma = [&]() {
    Level group(*this);
    int m = mark_;
    if (lambda_param_no_default_rule()) return true;
    mark_ = m;
    if (expect(TokenKind::Comma)) return true;
    mark_ = m;
    return false;
  };
  if (expect(TokenKind::Star) && no_default_or_comma()) {
    {
      Level lp(*this);
      for (;;) {
        int m = mark_;
        if (!lambda_param_maybe_default_rule()) {
          mark_ = m;
          break;
        }
      }
    }
    if (const PTok* a = expect(TokenKind::Star)) {
      if (no_default_or_comma()) raise_at_tok(*a, "* argument may appear only once");
    }
  }
  mark_ = start;
}

// invalid_lambda_kwds: '**' lambda_param '=' | '**' lambda_param ',' lambda_param
//     | '**' lambda_param ',' ('*'|'**'|'/')
void Parser::invalid_lambda_kwds_rule() {
  Level l(*this);
  const int start = mark_;
  if (expect(TokenKind::DoubleStar) && lambda_param_rule()) {
    if (const PTok* a = expect(TokenKind::Equal)) raise_at_tok(*a, "var-keyword argument cannot have default value");
  }
  mark_ = start;
  if (expect(TokenKind::DoubleStar) && lambda_param_rule() && expect(TokenKind::Comma)) {
    if (RawArg* a = lambda_param_rule()) raise_at(a->span, "arguments cannot follow var-keyword argument");
  }
  mark_ = start;
  if (expect(TokenKind::DoubleStar) && lambda_param_rule() && expect(TokenKind::Comma)) {
    const PTok* a;
    {
      Level group(*this);
      const PTok& t = peek();
      a = (t.kind == TokenKind::Star || t.kind == TokenKind::DoubleStar || t.kind == TokenKind::Slash) ? &t : nullptr;
    }
    if (a) raise_at_tok(*a, "arguments cannot follow var-keyword argument");
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
void Parser::invalid_import_from_targets_rule() {
  Level l(*this);
  const int start = mark_;
  if (import_from_as_names_rule() && expect(TokenKind::Comma) && expect(TokenKind::Newline)) {
    raise_syntax("trailing comma not allowed without surrounding parentheses");
  }
  mark_ = start;
}

namespace {
// ','.(expression ['as' star_target])+ and the parenthesized variant with `expressions`.
}

// invalid_with_stmt:
//     | [ASYNC] 'with' ','.(expression ['as' star_target])+ NEWLINE
//     | [ASYNC] 'with' '(' ','.(expressions ['as' star_target])+ ','? ')' NEWLINE
void Parser::invalid_with_stmt_rule() {
  Level l(*this);
  const int start = mark_;
  auto items = [&](bool parens) {
    Level gather(*this);
    auto one = [&]() {
      Level group(*this);
      int m = mark_;
      if (!(parens ? expressions_rule() : expression_rule())) {
        mark_ = m;
        return false;
      }
      int m2 = mark_;
      {
        Level opt(*this);
        if (!(expect_kw(Kw::As) && star_target_rule())) mark_ = m2;
      }
      return true;
    };
    if (!one()) return false;
    Level lp(*this);
    for (;;) {
      int m = mark_;
      if (!expect(TokenKind::Comma) || !one()) {
        mark_ = m;
        break;
      }
    }
    return true;
  };
  expect_kw(Kw::Async);
  if (expect_kw(Kw::With) && items(false) && expect(TokenKind::Newline)) raise_syntax("expected ':'");
  mark_ = start;
  expect_kw(Kw::Async);
  if (expect_kw(Kw::With) && expect(TokenKind::LPar) && items(true)) {
    expect(TokenKind::Comma);
    if (expect(TokenKind::RPar) && expect(TokenKind::Newline)) raise_syntax("expected ':'");
  }
  mark_ = start;
}

// invalid_with_stmt_indent:
//     | [ASYNC] 'with' ','.(expression ['as' star_target])+ ':' NEWLINE !INDENT
//     | [ASYNC] 'with' '(' ','.(expressions ['as' star_target])+ ','? ')' ':' NEWLINE !INDENT
void Parser::invalid_with_stmt_indent_rule() {
  Level l(*this);
  const int start = mark_;
  auto items = [&](bool parens) {
    Level gather(*this);
    auto one = [&]() {
      Level group(*this);
      int m = mark_;
      if (!(parens ? expressions_rule() : expression_rule())) {
        mark_ = m;
        return false;
      }
      int m2 = mark_;
      {
        Level opt(*this);
        if (!(expect_kw(Kw::As) && star_target_rule())) mark_ = m2;
      }
      return true;
    };
    if (!one()) return false;
    Level lp(*this);
    for (;;) {
      int m = mark_;
      if (!expect(TokenKind::Comma) || !one()) {
        mark_ = m;
        break;
      }
    }
    return true;
  };
  for (int alt = 0; alt < 2; ++alt) {
    mark_ = start;
    expect_kw(Kw::Async);
    const PTok* a = expect_kw(Kw::With);
    if (!a) continue;
    if (alt == 0) {
      if (!items(false)) continue;
    } else {
      if (!expect(TokenKind::LPar) || !items(true)) continue;
      expect(TokenKind::Comma);
      if (!expect(TokenKind::RPar)) continue;
    }
    if (expect(TokenKind::Colon) && expect(TokenKind::Newline) && !lookahead_kind(TokenKind::Indent)) {
      raise_indent(fmt::format("expected an indented block after 'with' statement on line {}", a->line));
    }
  }
  mark_ = start;
}

// invalid_try_stmt:
//     | 'try' ':' NEWLINE !INDENT
//     | 'try' ':' block !('except' | 'finally')
//     | 'try' ':' block* except_block+ 'except' '*' expression ['as' NAME] ':'
//     | 'try' ':' block* except_star_block+ 'except' [expression ['as' NAME]] ':'
void Parser::invalid_try_stmt_rule() {
  Level l(*this);
  const int start = mark_;
  if (const PTok* a = expect_kw(Kw::Try)) {
    if (expect(TokenKind::Colon) && expect(TokenKind::Newline) && !lookahead_kind(TokenKind::Indent)) {
      raise_indent(fmt::format("expected an indented block after 'try' statement on line {}", a->line));
    }
  }
  mark_ = start;
  if (expect_kw(Kw::Try) && expect(TokenKind::Colon) && block_rule()) {
    bool followed;
    {
      Level group(*this);
      followed = lookahead_kw(Kw::Except) || lookahead_kw(Kw::Finally);
    }
    if (!followed) raise_syntax("expected 'except' or 'finally' block");
  }
  auto blocks = [&]() {
    Level lp(*this);
    for (;;) {
      int m = mark_;
      if (!block_rule()) {
        mark_ = m;
        break;
      }
    }
  };
  auto as_name = [&]() {
    Level group(*this);
    int m = mark_;
    if (!(expect_kw(Kw::As) && name_tok())) mark_ = m;
  };
  mark_ = start;
  if (expect_kw(Kw::Try) && expect(TokenKind::Colon)) {
    blocks();
    int n = 0;
    {
      Level lp(*this);
      for (;;) {
        int m = mark_;
        if (!except_block_rule()) {
          mark_ = m;
          break;
        }
        ++n;
      }
    }
    if (n > 0) {
      if (const PTok* a = expect_kw(Kw::Except)) {
        if (const PTok* b = expect(TokenKind::Star)) {
          if (expression_rule()) {
            as_name();
            if (expect(TokenKind::Colon)) {
              raise_range(tok_span(*a), tok_span(*b), "cannot have both 'except' and 'except*' on the same 'try'");
            }
          }
        }
      }
    }
  }
  mark_ = start;
  if (expect_kw(Kw::Try) && expect(TokenKind::Colon)) {
    blocks();
    int n = 0;
    {
      Level lp(*this);
      for (;;) {
        int m = mark_;
        if (!except_star_block_rule()) {
          mark_ = m;
          break;
        }
        ++n;
      }
    }
    if (n > 0) {
      if (const PTok* a = expect_kw(Kw::Except)) {
        {
          Level group(*this);
          int m = mark_;
          if (expression_rule()) {
            as_name();
          } else {
            mark_ = m;
          }
        }
        if (expect(TokenKind::Colon)) {
          raise_at_tok(*a, "cannot have both 'except' and 'except*' on the same 'try'");
        }
      }
    }
  }
  mark_ = start;
}

// invalid_except_stmt:
//     | 'except' '*'? expression ',' expressions ['as' NAME ] ':'
//     | 'except' '*'? expression ['as' NAME ] NEWLINE
//     | 'except' NEWLINE
//     | 'except' '*' (NEWLINE | ':')
void Parser::invalid_except_stmt_rule() {
  Level l(*this);
  const int start = mark_;
  auto as_name = [&]() {
    Level group(*this);
    int m = mark_;
    if (!(expect_kw(Kw::As) && name_tok())) mark_ = m;
  };
  if (expect_kw(Kw::Except)) {
    expect(TokenKind::Star);
    if (Expr* a = expression_rule()) {
      if (expect(TokenKind::Comma) && expressions_rule()) {
        as_name();
        if (expect(TokenKind::Colon)) raise_starting_from(a->span, "multiple exception types must be parenthesized");
      }
    }
  }
  mark_ = start;
  if (expect_kw(Kw::Except)) {
    expect(TokenKind::Star);
    if (expression_rule()) {
      as_name();
      if (expect(TokenKind::Newline)) raise_syntax("expected ':'");
    }
  }
  mark_ = start;
  if (expect_kw(Kw::Except) && expect(TokenKind::Newline)) raise_syntax("expected ':'");
  mark_ = start;
  if (expect_kw(Kw::Except) && expect(TokenKind::Star)) {
    bool ok;
    {
      Level group(*this);
      ok = expect(TokenKind::Newline) || expect(TokenKind::Colon);
    }
    if (ok) raise_syntax("expected one or more exception types");
  }
  mark_ = start;
}

// invalid_finally_stmt: 'finally' ':' NEWLINE !INDENT
void Parser::invalid_finally_stmt_rule() {
  Level l(*this);
  const int start = mark_;
  if (const PTok* a = expect_kw(Kw::Finally)) {
    if (expect(TokenKind::Colon) && expect(TokenKind::Newline) && !lookahead_kind(TokenKind::Indent)) {
      raise_indent(fmt::format("expected an indented block after 'finally' statement on line {}", a->line));
    }
  }
  mark_ = start;
}

// invalid_except_stmt_indent:
//     | 'except' expression ['as' NAME ] ':' NEWLINE !INDENT
//     | 'except' ':' NEWLINE !INDENT
void Parser::invalid_except_stmt_indent_rule() {
  Level l(*this);
  const int start = mark_;
  if (const PTok* a = expect_kw(Kw::Except)) {
    if (expression_rule()) {
      {
        Level group(*this);
        int m = mark_;
        if (!(expect_kw(Kw::As) && name_tok())) mark_ = m;
      }
      if (expect(TokenKind::Colon) && expect(TokenKind::Newline) && !lookahead_kind(TokenKind::Indent)) {
        raise_indent(fmt::format("expected an indented block after 'except' statement on line {}", a->line));
      }
    }
  }
  mark_ = start;
  if (const PTok* a = expect_kw(Kw::Except)) {
    if (expect(TokenKind::Colon) && expect(TokenKind::Newline) && !lookahead_kind(TokenKind::Indent)) {
      raise_indent(fmt::format("expected an indented block after 'except' statement on line {}", a->line));
    }
  }
  mark_ = start;
}

// invalid_except_star_stmt_indent: 'except' '*' expression ['as' NAME ] ':' NEWLINE !INDENT
void Parser::invalid_except_star_stmt_indent_rule() {
  Level l(*this);
  const int start = mark_;
  if (const PTok* a = expect_kw(Kw::Except)) {
    if (expect(TokenKind::Star) && expression_rule()) {
      {
        Level group(*this);
        int m = mark_;
        if (!(expect_kw(Kw::As) && name_tok())) mark_ = m;
      }
      if (expect(TokenKind::Colon) && expect(TokenKind::Newline) && !lookahead_kind(TokenKind::Indent)) {
        raise_indent(fmt::format("expected an indented block after 'except*' statement on line {}", a->line));
      }
    }
  }
  mark_ = start;
}

// invalid_match_stmt:
//     | "match" subject_expr NEWLINE
//     | "match" subject_expr ':' NEWLINE !INDENT
void Parser::invalid_match_stmt_rule() {
  Level l(*this);
  const int start = mark_;
  auto subject = [&]() {
    Level s(*this);
    int m = mark_;
    if (star_named_expression_rule()) {
      if (expect(TokenKind::Comma)) {
        int m2 = mark_;
        if (!star_named_expressions_rule()) mark_ = m2;
        return true;
      }
    }
    mark_ = m;
    if (named_expression_rule()) return true;
    mark_ = m;
    return false;
  };
  if (soft_keyword("match") && subject() && expect(TokenKind::Newline)) raise_syntax("expected ':'");
  mark_ = start;
  if (const PTok* a = soft_keyword("match")) {
    if (subject() && expect(TokenKind::Colon) && expect(TokenKind::Newline) && !lookahead_kind(TokenKind::Indent)) {
      raise_indent(fmt::format("expected an indented block after 'match' statement on line {}", a->line));
    }
  }
  mark_ = start;
}

// invalid_if_stmt: 'if' named_expression NEWLINE | 'if' named_expression ':' NEWLINE !INDENT
void Parser::invalid_if_stmt_rule() {
  Level l(*this);
  const int start = mark_;
  if (expect_kw(Kw::If) && named_expression_rule() && expect(TokenKind::Newline)) raise_syntax("expected ':'");
  mark_ = start;
  if (const PTok* a = expect_kw(Kw::If)) {
    if (named_expression_rule() && expect(TokenKind::Colon) && expect(TokenKind::Newline) &&
        !lookahead_kind(TokenKind::Indent)) {
      raise_indent(fmt::format("expected an indented block after 'if' statement on line {}", a->line));
    }
  }
  mark_ = start;
}

// invalid_elif_stmt: 'elif' named_expression NEWLINE | 'elif' named_expression ':' NEWLINE !INDENT
void Parser::invalid_elif_stmt_rule() {
  Level l(*this);
  const int start = mark_;
  if (expect_kw(Kw::Elif) && named_expression_rule() && expect(TokenKind::Newline)) raise_syntax("expected ':'");
  mark_ = start;
  if (const PTok* a = expect_kw(Kw::Elif)) {
    if (named_expression_rule() && expect(TokenKind::Colon) && expect(TokenKind::Newline) &&
        !lookahead_kind(TokenKind::Indent)) {
      raise_indent(fmt::format("expected an indented block after 'elif' statement on line {}", a->line));
    }
  }
  mark_ = start;
}

// invalid_else_stmt: 'else' ':' NEWLINE !INDENT
void Parser::invalid_else_stmt_rule() {
  Level l(*this);
  const int start = mark_;
  if (const PTok* a = expect_kw(Kw::Else)) {
    if (expect(TokenKind::Colon) && expect(TokenKind::Newline) && !lookahead_kind(TokenKind::Indent)) {
      raise_indent(fmt::format("expected an indented block after 'else' statement on line {}", a->line));
    }
  }
  mark_ = start;
}

// invalid_while_stmt: 'while' named_expression NEWLINE | 'while' named_expression ':' NEWLINE !INDENT
void Parser::invalid_while_stmt_rule() {
  Level l(*this);
  const int start = mark_;
  if (expect_kw(Kw::While) && named_expression_rule() && expect(TokenKind::Newline)) raise_syntax("expected ':'");
  mark_ = start;
  if (const PTok* a = expect_kw(Kw::While)) {
    if (named_expression_rule() && expect(TokenKind::Colon) && expect(TokenKind::Newline) &&
        !lookahead_kind(TokenKind::Indent)) {
      raise_indent(fmt::format("expected an indented block after 'while' statement on line {}", a->line));
    }
  }
  mark_ = start;
}

// invalid_for_stmt:
//     | [ASYNC] 'for' star_targets 'in' star_expressions NEWLINE
//     | [ASYNC] 'for' star_targets 'in' star_expressions ':' NEWLINE !INDENT
void Parser::invalid_for_stmt_rule() {
  Level l(*this);
  const int start = mark_;
  expect_kw(Kw::Async);
  if (expect_kw(Kw::For) && star_targets_rule() && expect_kw(Kw::In) && star_expressions_rule() &&
      expect(TokenKind::Newline)) {
    raise_syntax("expected ':'");
  }
  mark_ = start;
  expect_kw(Kw::Async);
  if (const PTok* a = expect_kw(Kw::For)) {
    if (star_targets_rule() && expect_kw(Kw::In) && star_expressions_rule() && expect(TokenKind::Colon) &&
        expect(TokenKind::Newline) && !lookahead_kind(TokenKind::Indent)) {
      raise_indent(fmt::format("expected an indented block after 'for' statement on line {}", a->line));
    }
  }
  mark_ = start;
}

// invalid_def_raw: [ASYNC] 'def' NAME '(' [params] ')' ['->' expression] ':' NEWLINE !INDENT
void Parser::invalid_def_raw_rule() {
  Level l(*this);
  const int start = mark_;
  expect_kw(Kw::Async);
  if (const PTok* a = expect_kw(Kw::Def)) {
    if (name_tok() && expect(TokenKind::LPar)) {
      int m = mark_;
      if (!params_rule()) mark_ = m;
      if (expect(TokenKind::RPar)) {
        {
          Level group(*this);
          int m2 = mark_;
          if (!(expect(TokenKind::RArrow) && expression_rule())) mark_ = m2;
        }
        if (expect(TokenKind::Colon) && expect(TokenKind::Newline) && !lookahead_kind(TokenKind::Indent)) {
          raise_indent(fmt::format("expected an indented block after function definition on line {}", a->line));
        }
      }
    }
  }
  mark_ = start;
}

// invalid_class_def_raw:
//     | 'class' NAME ['(' [arguments] ')'] NEWLINE
//     | 'class' NAME ['(' [arguments] ')'] ':' NEWLINE !INDENT
void Parser::invalid_class_def_raw_rule() {
  Level l(*this);
  const int start = mark_;
  auto bases = [&]() {
    Level group(*this);
    int m = mark_;
    if (expect(TokenKind::LPar)) {
      int m2 = mark_;
      if (!arguments_rule()) mark_ = m2;
      if (expect(TokenKind::RPar)) return;
    }
    mark_ = m;
  };
  if (expect_kw(Kw::Class) && name_tok()) {
    bases();
    if (expect(TokenKind::Newline)) raise_syntax("expected ':'");
  }
  mark_ = start;
  if (const PTok* a = expect_kw(Kw::Class)) {
    if (name_tok()) {
      bases();
      if (expect(TokenKind::Colon) && expect(TokenKind::Newline) && !lookahead_kind(TokenKind::Indent)) {
        raise_indent(fmt::format("expected an indented block after class definition on line {}", a->line));
      }
    }
  }
  mark_ = start;
}

// invalid_double_starred_kvpairs:
//     | ','.double_starred_kvpair+ ',' invalid_kvpair
//     | expression ':' '*' bitwise_or
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
