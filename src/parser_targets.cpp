// Call arguments, assignment/del targets and parameter lists of CPython
// 3.11's grammar (sections FUNCTION CALL ARGUMENTS, ASSIGNMENT TARGETS,
// Function parameters and Lambda functions).
#include "pywalk/parser_impl.h"

namespace pywalk::peg {

// ---------------------------------------------------------------- call arguments

// arguments (memo): args [','] &')' | invalid_arguments
CallArgs* Parser::arguments_rule() {
  Level level_guard(*this);
  CallArgs* memo_result;
  if (memo_get(R::arguments, memo_result)) return memo_result;
  const int start = mark_;
  CallArgs* result = nullptr;
  if (CallArgs* a = args_rule()) {
    expect(TokenKind::Comma);
    if (lookahead_kind(TokenKind::RPar)) result = a;
  }
  if (!result) {
    mark_ = start;
    if (call_invalid_rules_) {
      invalid_arguments_rule();
      mark_ = start;
    }
  }
  memo_put(start, R::arguments, result);
  return result;
}

// args:
//     | ','.(starred_expression | (assignment_expression | expression !':=') !'=')+ [',' kwargs]
//     | kwargs
CallArgs* Parser::args_rule() {
  Level l(*this);
  const int start = mark_;
  peek();
  {
    ExprSeq* a = seq();
    auto one = [&]() -> Expr* {
      Level group(*this);
      int m = mark_;
      if (Expr* s = starred_expression_rule()) return s;
      mark_ = m;
      Expr* e = nullptr;
      {
        Level inner(*this);
        e = assignment_expression_rule();
        if (!e) {
          mark_ = m;
          e = expression_rule();
          if (e && lookahead_kind(TokenKind::ColonEqual)) e = nullptr;
        }
      }
      if (e && !lookahead_kind(TokenKind::Equal)) return e;
      mark_ = m;
      return nullptr;
    };
    bool ok = false;
    {
      Level gather(*this);
      if (Expr* first = one()) {
        ok = true;
        a->push_back(first);
        Level loop(*this);
        for (;;) {
          int m = mark_;
          if (!expect(TokenKind::Comma)) break;
          Expr* e = one();
          if (!e) {
            mark_ = m;
            break;
          }
          a->push_back(e);
        }
      }
    }
    if (ok) {
      std::vector<KeywordOrStarred*>* b = nullptr;
      int m = mark_;
      {
        Level group(*this);
        if (expect(TokenKind::Comma)) b = kwargs_rule();
        if (!b) mark_ = m;
      }
      return collect_call_seqs(a, b, extra(start));
    }
  }
  mark_ = start;
  if (auto* k = kwargs_rule()) return collect_call_seqs(seq(), k, extra(start));
  mark_ = start;
  return nullptr;
}

// kwargs:
//     | ','.kwarg_or_starred+ ',' ','.kwarg_or_double_starred+
//     | ','.kwarg_or_starred+
//     | ','.kwarg_or_double_starred+
std::vector<KeywordOrStarred*>* Parser::kwargs_rule() {
  Level l(*this);
  const int start = mark_;
  using Seq = std::vector<KeywordOrStarred*>;
  auto gather = [&](bool starred) -> Seq* {
    Level g(*this);
    auto one = [&]() { return starred ? kwarg_or_starred_rule() : kwarg_or_double_starred_rule(); };
    KeywordOrStarred* first = one();
    if (!first) return nullptr;
    Seq* out = &item<ArenaBox<Seq>>()->value;
    out->push_back(first);
    Level loop(*this);
    for (;;) {
      int m = mark_;
      if (!expect(TokenKind::Comma)) break;
      KeywordOrStarred* e = one();
      if (!e) {
        mark_ = m;
        break;
      }
      out->push_back(e);
    }
    return out;
  };
  if (Seq* a = gather(true)) {
    if (expect(TokenKind::Comma)) {
      if (Seq* b = gather(false)) {
        Seq* out = &item<ArenaBox<Seq>>()->value;
        out->insert(out->end(), a->begin(), a->end());
        out->insert(out->end(), b->begin(), b->end());
        return out;
      }
    }
  }
  mark_ = start;
  if (Seq* a = gather(true)) return a;
  mark_ = start;
  if (Seq* a = gather(false)) return a;
  mark_ = start;
  return nullptr;
}

// starred_expression: '*' expression
Expr* Parser::starred_expression_rule() {
  Level l(*this);
  const int start = mark_;
  peek();
  if (expect(TokenKind::Star)) {
    if (Expr* a = expression_rule()) {
      auto* n = node<StarredExpr>(extra(start));
      n->value.reset(a);
      return n;
    }
  }
  mark_ = start;
  return nullptr;
}

// kwarg_or_starred: invalid_kwarg | NAME '=' expression | starred_expression
KeywordOrStarred* Parser::kwarg_or_starred_rule() {
  Level l(*this);
  const int start = mark_;
  peek();
  if (call_invalid_rules_) {
    invalid_kwarg_rule();
    mark_ = start;
  }
  if (const PTok* a = name_tok()) {
    if (expect(TokenKind::Equal)) {
      if (Expr* b = expression_rule()) {
        auto* k = item<RawKeyword>();
        k->arg = std::string(a->text);
        k->value = b;
        k->span = extra(start);
        auto* r = item<KeywordOrStarred>();
        r->keyword = k;
        r->is_keyword = true;
        return r;
      }
    }
  }
  mark_ = start;
  if (Expr* a = starred_expression_rule()) {
    auto* r = item<KeywordOrStarred>();
    r->starred = a;
    return r;
  }
  mark_ = start;
  return nullptr;
}

// kwarg_or_double_starred: invalid_kwarg | NAME '=' expression | '**' expression
KeywordOrStarred* Parser::kwarg_or_double_starred_rule() {
  Level l(*this);
  const int start = mark_;
  peek();
  if (call_invalid_rules_) {
    invalid_kwarg_rule();
    mark_ = start;
  }
  if (const PTok* a = name_tok()) {
    if (expect(TokenKind::Equal)) {
      if (Expr* b = expression_rule()) {
        auto* k = item<RawKeyword>();
        k->arg = std::string(a->text);
        k->value = b;
        k->span = extra(start);
        auto* r = item<KeywordOrStarred>();
        r->keyword = k;
        r->is_keyword = true;
        return r;
      }
    }
  }
  mark_ = start;
  if (expect(TokenKind::DoubleStar)) {
    if (Expr* a = expression_rule()) {
      auto* k = item<RawKeyword>();
      k->value = a;
      k->span = extra(start);
      auto* r = item<KeywordOrStarred>();
      r->keyword = k;
      r->is_keyword = true;
      return r;
    }
  }
  mark_ = start;
  return nullptr;
}

// ---------------------------------------------------------------- targets

// star_targets: star_target !',' | star_target (',' star_target)* [',']
Expr* Parser::star_targets_rule() {
  Level l(*this);
  const int start = mark_;
  peek();
  if (Expr* a = star_target_rule()) {
    if (!lookahead_kind(TokenKind::Comma)) return a;
  }
  mark_ = start;
  if (Expr* a = star_target_rule()) {
    ExprSeq rest;
    {
      Level loop(*this);
      for (;;) {
        int m = mark_;
        if (!expect(TokenKind::Comma)) break;
        Expr* c = star_target_rule();
        if (!c) {
          mark_ = m;
          break;
        }
        rest.push_back(c);
      }
    }
    expect(TokenKind::Comma);
    auto* t = node<TupleExpr>(extra(start));
    t->ctx = ExprContext::Store;
    t->elts.emplace_back(a);
    for (Expr* e : rest) t->elts.emplace_back(e);
    return t;
  }
  mark_ = start;
  return nullptr;
}

// star_targets_list_seq: ','.star_target+ [',']
ExprSeq* Parser::star_targets_list_seq_rule() {
  Level l(*this);
  const int start = mark_;
  ExprSeq* out = seq();
  {
    Level gather(*this);
    Expr* first = star_target_rule();
    if (!first) {
      mark_ = start;
      return nullptr;
    }
    out->push_back(first);
    Level loop(*this);
    for (;;) {
      int m = mark_;
      if (!expect(TokenKind::Comma)) break;
      Expr* e = star_target_rule();
      if (!e) {
        mark_ = m;
        break;
      }
      out->push_back(e);
    }
  }
  expect(TokenKind::Comma);
  return out;
}

// star_targets_tuple_seq: star_target (',' star_target)+ [','] | star_target ','
ExprSeq* Parser::star_targets_tuple_seq_rule() {
  Level l(*this);
  const int start = mark_;
  if (Expr* a = star_target_rule()) {
    ExprSeq* out = seq();
    out->push_back(a);
    {
      Level loop(*this);
      for (;;) {
        int m = mark_;
        if (!expect(TokenKind::Comma)) break;
        Expr* c = star_target_rule();
        if (!c) {
          mark_ = m;
          break;
        }
        out->push_back(c);
      }
    }
    if (out->size() > 1) {
      expect(TokenKind::Comma);
      return out;
    }
    if (expect(TokenKind::Comma)) return out;
  }
  mark_ = start;
  return nullptr;
}

// star_target (memo): '*' (!'*' star_target) | target_with_star_atom
Expr* Parser::star_target_rule() {
  Level level_guard(*this);
  Expr* memo_result;
  if (memo_get(R::star_target, memo_result)) return memo_result;
  const int start = mark_;
  Expr* result = nullptr;
  if (expect(TokenKind::Star)) {
    Expr* a = nullptr;
    {
      Level group(*this);
      if (!lookahead_kind(TokenKind::Star)) a = star_target_rule();
    }
    if (a) {
      auto* n = node<StarredExpr>(extra(start));
      n->value.reset(set_expr_context(a, ExprContext::Store));
      n->ctx = ExprContext::Store;
      result = n;
    }
  }
  if (!result) {
    mark_ = start;
    result = target_with_star_atom_rule();
  }
  if (!result) mark_ = start;
  memo_put(start, R::star_target, result);
  return result;
}

// target_with_star_atom (memo):
//     | t_primary '.' NAME !t_lookahead | t_primary '[' slices ']' !t_lookahead | star_atom
Expr* Parser::target_with_star_atom_rule() {
  Level level_guard(*this);
  Expr* memo_result;
  if (memo_get(R::target_with_star_atom, memo_result)) return memo_result;
  const int start = mark_;
  Expr* result = nullptr;
  if (Expr* a = t_primary_rule()) {
    if (expect(TokenKind::Dot)) {
      if (const PTok* b = name_tok()) {
        if (!t_lookahead()) {
          auto* n = node<AttributeExpr>(extra(start));
          n->value.reset(a);
          n->attr = std::string(b->text);
          n->ctx = ExprContext::Store;
          result = n;
        }
      }
    }
  }
  if (!result) {
    mark_ = start;
    if (Expr* a = t_primary_rule()) {
      if (expect(TokenKind::LSqb)) {
        if (Expr* b = slices_rule()) {
          if (expect(TokenKind::RSqb) && !t_lookahead()) {
            auto* n = node<SubscriptExpr>(extra(start));
            n->value.reset(a);
            n->slice.reset(b);
            n->ctx = ExprContext::Store;
            result = n;
          }
        }
      }
    }
  }
  if (!result) {
    mark_ = start;
    result = star_atom_rule();
  }
  if (!result) mark_ = start;
  memo_put(start, R::target_with_star_atom, result);
  return result;
}

// star_atom:
//     | NAME | '(' target_with_star_atom ')' | '(' [star_targets_tuple_seq] ')'
//     | '[' [star_targets_list_seq] ']'
Expr* Parser::star_atom_rule() {
  Level l(*this);
  const int start = mark_;
  peek();
  if (const PTok* a = name_tok()) {
    auto* n = node<NameExpr>(tok_span(*a));
    n->id = std::string(a->text);
    n->ctx = ExprContext::Store;
    return n;
  }
  mark_ = start;
  if (expect(TokenKind::LPar)) {
    if (Expr* a = target_with_star_atom_rule()) {
      if (expect(TokenKind::RPar)) return set_expr_context(a, ExprContext::Store);
    }
  }
  mark_ = start;
  if (expect(TokenKind::LPar)) {
    int m = mark_;
    ExprSeq* a = star_targets_tuple_seq_rule();
    if (!a) mark_ = m;
    if (expect(TokenKind::RPar)) {
      auto* n = node<TupleExpr>(extra(start));
      n->ctx = ExprContext::Store;
      if (a) {
        for (Expr* e : *a) n->elts.emplace_back(e);
      }
      return n;
    }
  }
  mark_ = start;
  if (expect(TokenKind::LSqb)) {
    int m = mark_;
    ExprSeq* a = star_targets_list_seq_rule();
    if (!a) mark_ = m;
    if (expect(TokenKind::RSqb)) {
      auto* n = node<ListExpr>(extra(start));
      n->ctx = ExprContext::Store;
      if (a) {
        for (Expr* e : *a) n->elts.emplace_back(e);
      }
      return n;
    }
  }
  mark_ = start;
  return nullptr;
}

// single_target: single_subscript_attribute_target | NAME | '(' single_target ')'
Expr* Parser::single_target_rule() {
  Level l(*this);
  const int start = mark_;
  peek();
  if (Expr* a = single_subscript_attribute_target_rule()) return a;
  mark_ = start;
  if (const PTok* a = name_tok()) {
    auto* n = node<NameExpr>(tok_span(*a));
    n->id = std::string(a->text);
    n->ctx = ExprContext::Store;
    return n;
  }
  mark_ = start;
  if (expect(TokenKind::LPar)) {
    if (Expr* a = single_target_rule()) {
      if (expect(TokenKind::RPar)) return a;
    }
  }
  mark_ = start;
  return nullptr;
}

// single_subscript_attribute_target:
//     | t_primary '.' NAME !t_lookahead | t_primary '[' slices ']' !t_lookahead
Expr* Parser::single_subscript_attribute_target_rule() {
  Level l(*this);
  const int start = mark_;
  peek();
  if (Expr* a = t_primary_rule()) {
    if (expect(TokenKind::Dot)) {
      if (const PTok* b = name_tok()) {
        if (!t_lookahead()) {
          auto* n = node<AttributeExpr>(extra(start));
          n->value.reset(a);
          n->attr = std::string(b->text);
          n->ctx = ExprContext::Store;
          return n;
        }
      }
    }
  }
  mark_ = start;
  if (Expr* a = t_primary_rule()) {
    if (expect(TokenKind::LSqb)) {
      if (Expr* b = slices_rule()) {
        if (expect(TokenKind::RSqb) && !t_lookahead()) {
          auto* n = node<SubscriptExpr>(extra(start));
          n->value.reset(a);
          n->slice.reset(b);
          n->ctx = ExprContext::Store;
          return n;
        }
      }
    }
  }
  mark_ = start;
  return nullptr;
}

// t_primary (left-recursive):
//     | t_primary '.' NAME &t_lookahead | t_primary '[' slices ']' &t_lookahead
//     | t_primary genexp &t_lookahead | t_primary '(' [arguments] ')' &t_lookahead
//     | atom &t_lookahead
Expr* Parser::t_primary_rule() {
  Level level_guard(*this);
  Expr* memo_result;
  if (memo_get(R::t_primary, memo_result)) return memo_result;
  const int start = mark_;
  memo_update(start, R::t_primary, nullptr);
  Expr* res = nullptr;
  int resmark = start;
  {
    Level raw(*this);
    auto seed = [&]() -> Expr* {
      mark_ = start;
      Expr* a = atom_rule();
      if (a && t_lookahead()) return a;
      return nullptr;
    };
    res = seed();
    if (res) {
      resmark = mark_;
      for (;;) {
        memo_update(start, R::t_primary, res);
        Expr* grown = nullptr;
        mark_ = resmark;
        if (expect(TokenKind::Dot)) {
          if (const PTok* b = name_tok()) {
            if (t_lookahead()) {
              auto* n = node<AttributeExpr>(extra(start));
              n->value.reset(res);
              n->attr = std::string(b->text);
              grown = n;
            }
          }
        }
        if (!grown) {
          mark_ = resmark;
          if (expect(TokenKind::LSqb)) {
            if (Expr* b = slices_rule()) {
              if (expect(TokenKind::RSqb) && t_lookahead()) {
                auto* n = node<SubscriptExpr>(extra(start));
                n->value.reset(res);
                n->slice.reset(b);
                grown = n;
              }
            }
          }
        }
        if (!grown) {
          mark_ = resmark;
          if (Expr* g = genexp_rule()) {
            if (t_lookahead()) grown = make_genexp_call(res, g, extra(start));
          }
        }
        if (!grown) {
          mark_ = resmark;
          if (expect(TokenKind::LPar)) {
            int m = mark_;
            CallArgs* b = arguments_rule();
            if (!b) mark_ = m;
            if (expect(TokenKind::RPar) && t_lookahead()) grown = make_call(res, b, extra(start));
          }
        }
        if (!grown) {
          seed();
          break;
        }
        res = grown;
        resmark = mark_;
      }
    }
  }
  mark_ = res ? resmark : start;
  memo_update(start, R::t_primary, res);
  return res;
}

// t_lookahead: '(' | '[' | '.'
bool Parser::t_lookahead() {
  Level l(*this);
  const PTok& t = peek();
  return t.kind == TokenKind::LPar || t.kind == TokenKind::LSqb || t.kind == TokenKind::Dot;
}

// del_targets: ','.del_target+ [',']
ExprSeq* Parser::del_targets_rule() {
  Level l(*this);
  const int start = mark_;
  ExprSeq* out = seq();
  {
    Level gather(*this);
    Expr* first = del_target_rule();
    if (!first) {
      mark_ = start;
      return nullptr;
    }
    out->push_back(first);
    Level loop(*this);
    for (;;) {
      int m = mark_;
      if (!expect(TokenKind::Comma)) break;
      Expr* e = del_target_rule();
      if (!e) {
        mark_ = m;
        break;
      }
      out->push_back(e);
    }
  }
  expect(TokenKind::Comma);
  return out;
}

// del_target (memo):
//     | t_primary '.' NAME !t_lookahead | t_primary '[' slices ']' !t_lookahead | del_t_atom
Expr* Parser::del_target_rule() {
  Level level_guard(*this);
  Expr* memo_result;
  if (memo_get(R::del_target, memo_result)) return memo_result;
  const int start = mark_;
  Expr* result = nullptr;
  if (Expr* a = t_primary_rule()) {
    if (expect(TokenKind::Dot)) {
      if (const PTok* b = name_tok()) {
        if (!t_lookahead()) {
          auto* n = node<AttributeExpr>(extra(start));
          n->value.reset(a);
          n->attr = std::string(b->text);
          n->ctx = ExprContext::Del;
          result = n;
        }
      }
    }
  }
  if (!result) {
    mark_ = start;
    if (Expr* a = t_primary_rule()) {
      if (expect(TokenKind::LSqb)) {
        if (Expr* b = slices_rule()) {
          if (expect(TokenKind::RSqb) && !t_lookahead()) {
            auto* n = node<SubscriptExpr>(extra(start));
            n->value.reset(a);
            n->slice.reset(b);
            n->ctx = ExprContext::Del;
            result = n;
          }
        }
      }
    }
  }
  if (!result) {
    mark_ = start;
    result = del_t_atom_rule();
  }
  if (!result) mark_ = start;
  memo_put(start, R::del_target, result);
  return result;
}

// del_t_atom: NAME | '(' del_target ')' | '(' [del_targets] ')' | '[' [del_targets] ']'
Expr* Parser::del_t_atom_rule() {
  Level l(*this);
  const int start = mark_;
  peek();
  if (const PTok* a = name_tok()) {
    auto* n = node<NameExpr>(tok_span(*a));
    n->id = std::string(a->text);
    n->ctx = ExprContext::Del;
    return n;
  }
  mark_ = start;
  if (expect(TokenKind::LPar)) {
    if (Expr* a = del_target_rule()) {
      if (expect(TokenKind::RPar)) return set_expr_context(a, ExprContext::Del);
    }
  }
  mark_ = start;
  for (int list = 0; list < 2; ++list) {
    mark_ = start;
    if (expect(list ? TokenKind::LSqb : TokenKind::LPar)) {
      int m = mark_;
      ExprSeq* a = del_targets_rule();
      if (!a) mark_ = m;
      if (expect(list ? TokenKind::RSqb : TokenKind::RPar)) {
        if (list) {
          auto* n = node<ListExpr>(extra(start));
          n->ctx = ExprContext::Del;
          if (a) {
            for (Expr* e : *a) n->elts.emplace_back(e);
          }
          return n;
        }
        auto* n = node<TupleExpr>(extra(start));
        n->ctx = ExprContext::Del;
        if (a) {
          for (Expr* e : *a) n->elts.emplace_back(e);
        }
        return n;
      }
    }
  }
  mark_ = start;
  return nullptr;
}

}  // namespace pywalk::peg
