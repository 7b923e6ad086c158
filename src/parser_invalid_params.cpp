// The `invalid_*` rules of CPython 3.11's grammar for parameter lists of
// `def` and `lambda` (second pass only; see parser_invalid.cpp).
#include <fmt/format.h>

#include "pywalk/parser_impl.h"

namespace pywalk::peg {

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

}  // namespace pywalk::peg
