// The `invalid_*` rules of CPython 3.11's grammar for statements: missing
// colons, missing indented blocks, malformed try/except/with/import (second
// pass only; see parser_invalid.cpp).
#include <fmt/format.h>

#include "pywalk/parser_impl.h"

namespace pywalk::peg {

void Parser::invalid_import_from_targets_rule() {
  Level l(*this);
  const int start = mark_;
  if (import_from_as_names_rule() && expect(TokenKind::Comma) && expect(TokenKind::Newline)) {
    raise_syntax("trailing comma not allowed without surrounding parentheses");
  }
  mark_ = start;
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
}  // namespace pywalk::peg
