// Expression rules of CPython 3.11's grammar (section EXPRESSIONS: from
// `expressions` down to `primary` and `slices`), one method per rule, same
// alternatives in the same order. Left-recursive rules are loops that touch
// the same tokens as pegen's seed growing.
#include "pywalk/parser_impl.h"

namespace pywalk::peg {

// expressions: expression (',' expression)+ [','] | expression ',' | expression
Expr* Parser::expressions_rule() {
  Level l(*this);
  const int start = mark_;
  peek();
  Expr* a = expression_rule();
  if (!a) {
    mark_ = start;
    return nullptr;
  }
  ExprSeq rest;
  {
    Level loop(*this);
    for (;;) {
      int m = mark_;
      if (!expect(TokenKind::Comma)) break;
      Expr* c = expression_rule();
      if (!c) {
        mark_ = m;
        break;
      }
      rest.push_back(c);
    }
  }
  if (!rest.empty()) {
    expect(TokenKind::Comma);
    auto* t = node<TupleExpr>(extra(start));
    t->elts.emplace_back(a);
    for (Expr* e : rest) t->elts.emplace_back(e);
    return t;
  }
  if (expect(TokenKind::Comma)) {
    auto* t = node<TupleExpr>(extra(start));
    t->elts.emplace_back(a);
    return t;
  }
  return a;
}

// expression (memo):
//     | invalid_expression | invalid_legacy_expression
//     | disjunction 'if' disjunction 'else' expression | disjunction | lambdef
Expr* Parser::expression_rule() {
  MEMO_PROLOGUE(expression, Expr);
  MEMO_RETURN(expression, expression_raw());
}

Expr* Parser::expression_raw() {
  const int start = mark_;
  if (call_invalid_rules_) {
    invalid_expression_rule();
    mark_ = start;
    invalid_legacy_expression_rule();
    mark_ = start;
  }
  if (Expr* a = disjunction_rule()) {
    int after = mark_;
    if (expect_kw(Kw::If)) {
      if (Expr* b = disjunction_rule()) {
        if (expect_kw(Kw::Else)) {
          if (Expr* c = expression_rule()) {
            auto* n = node<IfExpExpr>(extra(start));
            n->test.reset(b);
            n->body.reset(a);
            n->orelse.reset(c);
            return n;
          }
        }
      }
    }
    mark_ = start;
    // disjunction (memo hit)
    disjunction_rule();
    (void)after;
    return a;
  }
  mark_ = start;
  if (Expr* l = lambdef_rule()) return l;
  mark_ = start;
  return nullptr;
}

// expression_without_invalid: the same without invalid rules underneath.
Expr* Parser::expression_without_invalid_rule() {
  Level l(*this);
  bool prev = call_invalid_rules_;
  call_invalid_rules_ = false;
  const int start = mark_;
  peek();
  Expr* result = nullptr;
  if (Expr* a = disjunction_rule()) {
    if (expect_kw(Kw::If)) {
      if (Expr* b = disjunction_rule()) {
        if (expect_kw(Kw::Else)) {
          if (Expr* c = expression_rule()) {
            auto* n = node<IfExpExpr>(extra(start));
            n->test.reset(b);
            n->body.reset(a);
            n->orelse.reset(c);
            result = n;
          }
        }
      }
    }
    if (!result) {
      mark_ = start;
      result = disjunction_rule();
    }
  }
  if (!result) {
    mark_ = start;
    result = lambdef_rule();
  }
  if (!result) mark_ = start;
  call_invalid_rules_ = prev;
  return result;
}

// yield_expr: 'yield' 'from' expression | 'yield' [star_expressions]
Expr* Parser::yield_expr_rule() {
  Level l(*this);
  const int start = mark_;
  peek();
  if (expect_kw(Kw::Yield)) {
    if (expect_kw(Kw::From)) {
      if (Expr* a = expression_rule()) {
        auto* n = node<YieldFromExpr>(extra(start));
        n->value.reset(a);
        return n;
      }
    }
    mark_ = start;
    expect_kw(Kw::Yield);
    Expr* a = star_expressions_rule();
    auto* n = node<YieldExpr>(extra(start));
    n->value.reset(a);
    return n;
  }
  mark_ = start;
  return nullptr;
}

// star_expressions: star_expression (',' star_expression)+ [','] | star_expression ',' | star_expression
Expr* Parser::star_expressions_rule() {
  Level l(*this);
  const int start = mark_;
  peek();
  Expr* a = star_expression_rule();
  if (!a) {
    mark_ = start;
    return nullptr;
  }
  ExprSeq rest;
  {
    Level loop(*this);
    for (;;) {
      int m = mark_;
      if (!expect(TokenKind::Comma)) break;
      Expr* c = star_expression_rule();
      if (!c) {
        mark_ = m;
        break;
      }
      rest.push_back(c);
    }
  }
  if (!rest.empty()) {
    expect(TokenKind::Comma);
    auto* t = node<TupleExpr>(extra(start));
    t->elts.emplace_back(a);
    for (Expr* e : rest) t->elts.emplace_back(e);
    return t;
  }
  if (expect(TokenKind::Comma)) {
    auto* t = node<TupleExpr>(extra(start));
    t->elts.emplace_back(a);
    return t;
  }
  return a;
}

// star_expression (memo): '*' bitwise_or | expression
Expr* Parser::star_expression_rule() {
  MEMO_PROLOGUE(star_expression, Expr);
  if (expect(TokenKind::Star)) {
    if (Expr* a = bitwise_or_rule()) {
      auto* n = node<StarredExpr>(extra(start_));
      n->value.reset(a);
      MEMO_RETURN(star_expression, n);
    }
  }
  mark_ = start_;
  MEMO_RETURN(star_expression, expression_rule());
}

// star_named_expressions: ','.star_named_expression+ [',']
ExprSeq* Parser::star_named_expressions_rule() {
  Level l(*this);
  const int start = mark_;
  ExprSeq* out = seq();
  {
    Level gather(*this);
    Expr* first = star_named_expression_rule();
    if (!first) {
      mark_ = start;
      return nullptr;
    }
    out->push_back(first);
    Level loop(*this);
    for (;;) {
      int m = mark_;
      if (!expect(TokenKind::Comma)) break;
      Expr* e = star_named_expression_rule();
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

// star_named_expression: '*' bitwise_or | named_expression
Expr* Parser::star_named_expression_rule() {
  Level l(*this);
  const int start = mark_;
  peek();
  if (expect(TokenKind::Star)) {
    if (Expr* a = bitwise_or_rule()) {
      auto* n = node<StarredExpr>(extra(start));
      n->value.reset(a);
      return n;
    }
  }
  mark_ = start;
  if (Expr* e = named_expression_rule()) return e;
  mark_ = start;
  return nullptr;
}

// assignment_expression: NAME ':=' ~ expression
Expr* Parser::assignment_expression_rule() {
  Level l(*this);
  const int start = mark_;
  peek();
  if (const PTok* a = name_tok()) {
    if (expect(TokenKind::ColonEqual)) {
      Expr* b = expression_rule();
      if (!b) {
        mark_ = start;
        return nullptr;  // cut
      }
      auto* target = node<NameExpr>(tok_span(*a));
      target->id = std::string(a->text);
      target->ctx = ExprContext::Store;
      auto* n = node<NamedExprExpr>(extra(start));
      n->target.reset(target);
      n->value.reset(b);
      return n;
    }
  }
  mark_ = start;
  return nullptr;
}

// named_expression: assignment_expression | invalid_named_expression | expression !':='
Expr* Parser::named_expression_rule() {
  Level l(*this);
  const int start = mark_;
  peek();
  if (Expr* a = assignment_expression_rule()) return a;
  mark_ = start;
  if (call_invalid_rules_) {
    invalid_named_expression_rule();
    mark_ = start;
  }
  if (Expr* a = expression_rule()) {
    if (!lookahead_kind(TokenKind::ColonEqual)) return a;
  }
  mark_ = start;
  return nullptr;
}

// disjunction (memo): conjunction ('or' conjunction)+ | conjunction
Expr* Parser::disjunction_rule() {
  MEMO_PROLOGUE(disjunction, Expr);
  Expr* a = conjunction_rule();
  if (!a) MEMO_RETURN(disjunction, nullptr);
  ExprSeq rest;
  {
    Level loop(*this);
    for (;;) {
      int m = mark_;
      if (!expect_kw(Kw::Or)) break;
      Expr* c = conjunction_rule();
      if (!c) {
        mark_ = m;
        break;
      }
      rest.push_back(c);
    }
  }
  if (rest.empty()) MEMO_RETURN(disjunction, a);
  auto* n = node<BoolOpExpr>(extra(start_));
  n->op = BoolOpKind::Or;
  n->values.emplace_back(a);
  for (Expr* e : rest) n->values.emplace_back(e);
  MEMO_RETURN(disjunction, n);
}

// conjunction (memo): inversion ('and' inversion)+ | inversion
Expr* Parser::conjunction_rule() {
  MEMO_PROLOGUE(conjunction, Expr);
  Expr* a = inversion_rule();
  if (!a) MEMO_RETURN(conjunction, nullptr);
  ExprSeq rest;
  {
    Level loop(*this);
    for (;;) {
      int m = mark_;
      if (!expect_kw(Kw::And)) break;
      Expr* c = inversion_rule();
      if (!c) {
        mark_ = m;
        break;
      }
      rest.push_back(c);
    }
  }
  if (rest.empty()) MEMO_RETURN(conjunction, a);
  auto* n = node<BoolOpExpr>(extra(start_));
  n->op = BoolOpKind::And;
  n->values.emplace_back(a);
  for (Expr* e : rest) n->values.emplace_back(e);
  MEMO_RETURN(conjunction, n);
}

// inversion (memo): 'not' inversion | comparison
Expr* Parser::inversion_rule() {
  MEMO_PROLOGUE(inversion, Expr);
  if (expect_kw(Kw::Not)) {
    if (Expr* a = inversion_rule()) {
      auto* n = node<UnaryOpExpr>(extra(start_));
      n->op = UnaryOpKind::Not;
      n->operand.reset(a);
      MEMO_RETURN(inversion, n);
    }
  }
  mark_ = start_;
  MEMO_RETURN(inversion, comparison_rule());
}

// comparison: bitwise_or compare_op_bitwise_or_pair+ | bitwise_or
Expr* Parser::comparison_rule() {
  Level l(*this);
  const int start = mark_;
  peek();
  Expr* a = bitwise_or_rule();
  if (!a) {
    mark_ = start;
    return nullptr;
  }
  std::vector<CmpopExprPair*> pairs;
  {
    Level loop(*this);
    for (;;) {
      int m = mark_;
      CmpopExprPair* p = compare_op_bitwise_or_pair_rule();
      if (!p) {
        mark_ = m;
        break;
      }
      pairs.push_back(p);
    }
  }
  if (pairs.empty()) return a;
  auto* n = node<CompareExpr>(extra(start));
  n->left.reset(a);
  for (CmpopExprPair* p : pairs) {
    n->ops.push_back(p->op);
    n->comparators.emplace_back(p->expr);
  }
  return n;
}

CmpopExprPair* Parser::compare_op_bitwise_or_pair_rule() {
  Level l(*this);
  const int start = mark_;
  auto pair = [&](CmpOpKind op, Expr* e) {
    auto* p = item<CmpopExprPair>();
    p->op = op;
    p->expr = e;
    return p;
  };
  struct Simple {
    TokenKind kind;
    CmpOpKind op;
  };
  // eq, noteq, lte, lt, gte, gt (each its own rule in CPython)
  static constexpr Simple kOps[] = {{TokenKind::EqEqual, CmpOpKind::Eq},       {TokenKind::NotEqual, CmpOpKind::NotEq},
                                    {TokenKind::LessEqual, CmpOpKind::LtE},    {TokenKind::Less, CmpOpKind::Lt},
                                    {TokenKind::GreaterEqual, CmpOpKind::GtE}, {TokenKind::Greater, CmpOpKind::Gt}};
  for (const Simple& s : kOps) {
    Level sub(*this);
    mark_ = start;
    const PTok* t = expect(s.kind);
    if (t && s.kind == TokenKind::NotEqual && t->text != "!=") t = nullptr;  // '<>' (barry_as_FLUFL)
    if (t) {
      if (Expr* e = bitwise_or_rule()) return pair(s.op, e);
    }
  }
  {
    Level sub(*this);
    mark_ = start;
    if (expect_kw(Kw::Not) && expect_kw(Kw::In)) {
      if (Expr* e = bitwise_or_rule()) return pair(CmpOpKind::NotIn, e);
    }
  }
  {
    Level sub(*this);
    mark_ = start;
    if (expect_kw(Kw::In)) {
      if (Expr* e = bitwise_or_rule()) return pair(CmpOpKind::In, e);
    }
  }
  {
    Level sub(*this);
    mark_ = start;
    if (expect_kw(Kw::Is) && expect_kw(Kw::Not)) {
      if (Expr* e = bitwise_or_rule()) return pair(CmpOpKind::IsNot, e);
    }
  }
  {
    Level sub(*this);
    mark_ = start;
    if (expect_kw(Kw::Is)) {
      if (Expr* e = bitwise_or_rule()) return pair(CmpOpKind::Is, e);
    }
  }
  mark_ = start;
  return nullptr;
}

// A left-recursive binary operator rule: `rule: rule OP next | ... | next`.
#define LEFT_REC_BINOP(RULE, NEXT, OPS)                     \
  Level level_guard_(*this);                                \
  Expr* memo_result_;                                       \
  if (memo_get(R::RULE, memo_result_)) return memo_result_; \
  const int start = mark_;                                  \
  Expr* res = nullptr;                                      \
  int resmark = start;                                      \
  {                                                         \
    Level raw(*this);                                       \
    res = NEXT();                                           \
    if (res) {                                              \
      resmark = mark_;                                      \
      for (;;) {                                            \
        memo_update(start, R::RULE, res);                   \
        mark_ = resmark;                                    \
        Expr* grown = nullptr;                              \
        for (const auto& op : OPS) {                        \
          mark_ = resmark;                                  \
          if (expect(op.kind)) {                            \
            if (Expr* b = NEXT()) {                         \
              auto* n = node<BinOpExpr>(extra(start));      \
              n->left.reset(res);                           \
              n->op = op.op;                                \
              n->right.reset(b);                            \
              grown = n;                                    \
              break;                                        \
            }                                               \
          }                                                 \
        }                                                   \
        if (!grown) break;                                  \
        res = grown;                                        \
        resmark = mark_;                                    \
      }                                                     \
    }                                                       \
  }                                                         \
  mark_ = res ? resmark : start;                            \
  memo_update(start, R::RULE, res);                         \
  return res

namespace {
struct BinOpTok {
  TokenKind kind;
  BinOpKind op;
};
constexpr BinOpTok kBitOr[] = {{TokenKind::VBar, BinOpKind::BitOr}};
constexpr BinOpTok kBitXor[] = {{TokenKind::Circumflex, BinOpKind::BitXor}};
constexpr BinOpTok kBitAnd[] = {{TokenKind::Amper, BinOpKind::BitAnd}};
constexpr BinOpTok kShift[] = {{TokenKind::LeftShift, BinOpKind::LShift}, {TokenKind::RightShift, BinOpKind::RShift}};
constexpr BinOpTok kSum[] = {{TokenKind::Plus, BinOpKind::Add}, {TokenKind::Minus, BinOpKind::Sub}};
constexpr BinOpTok kTerm[] = {{TokenKind::Star, BinOpKind::Mult},
                              {TokenKind::Slash, BinOpKind::Div},
                              {TokenKind::DoubleSlash, BinOpKind::FloorDiv},
                              {TokenKind::Percent, BinOpKind::Mod},
                              {TokenKind::At, BinOpKind::MatMult}};
}  // namespace

Expr* Parser::bitwise_or_rule() {
  LEFT_REC_BINOP(bitwise_or, bitwise_xor_rule, kBitOr);
}
Expr* Parser::bitwise_xor_rule() {
  LEFT_REC_BINOP(bitwise_xor, bitwise_and_rule, kBitXor);
}
Expr* Parser::bitwise_and_rule() {
  LEFT_REC_BINOP(bitwise_and, shift_expr_rule, kBitAnd);
}
Expr* Parser::shift_expr_rule() {
  LEFT_REC_BINOP(shift_expr, sum_rule, kShift);
}
Expr* Parser::sum_rule() {
  LEFT_REC_BINOP(sum, term_rule, kSum);
}
Expr* Parser::term_rule() {
  LEFT_REC_BINOP(term, factor_rule, kTerm);
}

// factor (memo): '+' factor | '-' factor | '~' factor | power
Expr* Parser::factor_rule() {
  MEMO_PROLOGUE(factor, Expr);
  struct Un {
    TokenKind kind;
    UnaryOpKind op;
  };
  static constexpr Un kUn[] = {{TokenKind::Plus, UnaryOpKind::UAdd},
                               {TokenKind::Minus, UnaryOpKind::USub},
                               {TokenKind::Tilde, UnaryOpKind::Invert}};
  for (const Un& u : kUn) {
    mark_ = start_;
    if (expect(u.kind)) {
      if (Expr* a = factor_rule()) {
        auto* n = node<UnaryOpExpr>(extra(start_));
        n->op = u.op;
        n->operand.reset(a);
        MEMO_RETURN(factor, n);
      }
    }
  }
  mark_ = start_;
  MEMO_RETURN(factor, power_rule());
}

// power: await_primary '**' factor | await_primary
Expr* Parser::power_rule() {
  Level l(*this);
  const int start = mark_;
  peek();
  Expr* a = await_primary_rule();
  if (!a) {
    mark_ = start;
    return nullptr;
  }
  int after = mark_;
  if (expect(TokenKind::DoubleStar)) {
    if (Expr* b = factor_rule()) {
      auto* n = node<BinOpExpr>(extra(start));
      n->left.reset(a);
      n->op = BinOpKind::Pow;
      n->right.reset(b);
      return n;
    }
  }
  mark_ = after;
  return a;
}

// await_primary (memo): AWAIT primary | primary
Expr* Parser::await_primary_rule() {
  MEMO_PROLOGUE(await_primary, Expr);
  if (const PTok* aw = expect_kw(Kw::Await)) {
    if (Expr* a = primary_rule()) {
      (void)a;
      MEMO_RETURN(await_primary,
                  placeholder(*aw, extra(start_), "await expression", "pywalk does not support await expressions yet"));
    }
  }
  mark_ = start_;
  MEMO_RETURN(await_primary, primary_rule());
}

// primary (left-recursive):
//     | primary '.' NAME | primary genexp | primary '(' [arguments] ')' | primary '[' slices ']' | atom
Expr* Parser::primary_rule() {
  Level level_guard(*this);
  Expr* memo_result;
  if (memo_get(R::primary, memo_result)) return memo_result;
  const int start = mark_;
  Expr* res = nullptr;
  int resmark = start;
  {
    Level raw(*this);
    res = atom_rule();
    if (res) {
      resmark = mark_;
      for (;;) {
        memo_update(start, R::primary, res);
        Expr* grown = nullptr;
        mark_ = resmark;
        if (expect(TokenKind::Dot)) {
          if (const PTok* b = name_tok()) {
            auto* n = node<AttributeExpr>(extra(start));
            n->value.reset(res);
            n->attr = std::string(b->text);
            grown = n;
          }
        }
        if (!grown) {
          mark_ = resmark;
          if (Expr* g = genexp_rule()) grown = make_genexp_call(res, g, extra(start));
        }
        if (!grown) {
          mark_ = resmark;
          if (expect(TokenKind::LPar)) {
            int m = mark_;
            CallArgs* b = arguments_rule();
            if (!b) mark_ = m;
            if (expect(TokenKind::RPar)) grown = make_call(res, b, extra(start));
          }
        }
        if (!grown) {
          mark_ = resmark;
          if (expect(TokenKind::LSqb)) {
            if (Expr* b = slices_rule()) {
              if (expect(TokenKind::RSqb)) {
                auto* n = node<SubscriptExpr>(extra(start));
                n->value.reset(res);
                n->slice.reset(b);
                grown = n;
              }
            }
          }
        }
        if (!grown) {
          // the last alternative (atom) again: it ends where the seed did
          mark_ = start;
          atom_rule();
          break;
        }
        res = grown;
        resmark = mark_;
      }
    }
  }
  mark_ = res ? resmark : start;
  memo_update(start, R::primary, res);
  return res;
}

// slices: slice !',' | ','.(slice | starred_expression)+ [',']
Expr* Parser::slices_rule() {
  Level l(*this);
  const int start = mark_;
  peek();
  if (Expr* a = slice_rule()) {
    if (!lookahead_kind(TokenKind::Comma)) return a;
  }
  mark_ = start;
  ExprSeq elts;
  {
    Level gather(*this);
    auto one = [&]() -> Expr* {
      Level group(*this);
      int m = mark_;
      if (Expr* s = slice_rule()) return s;
      mark_ = m;
      if (Expr* s = starred_expression_rule()) return s;
      mark_ = m;
      return nullptr;
    };
    Expr* first = one();
    if (!first) {
      mark_ = start;
      return nullptr;
    }
    elts.push_back(first);
    Level loop(*this);
    for (;;) {
      int m = mark_;
      if (!expect(TokenKind::Comma)) break;
      Expr* e = one();
      if (!e) {
        mark_ = m;
        break;
      }
      elts.push_back(e);
    }
  }
  expect(TokenKind::Comma);
  auto* t = node<TupleExpr>(extra(start));
  for (Expr* e : elts) t->elts.emplace_back(e);
  return t;
}

// slice: [expression] ':' [expression] [':' [expression]] | named_expression
Expr* Parser::slice_rule() {
  Level l(*this);
  const int start = mark_;
  peek();
  {
    int m = mark_;
    Expr* a = expression_rule();
    if (!a) mark_ = m;
    if (expect(TokenKind::Colon)) {
      m = mark_;
      Expr* b = expression_rule();
      if (!b) mark_ = m;
      Expr* c = nullptr;
      m = mark_;
      {
        Level group(*this);
        if (expect(TokenKind::Colon)) {
          int m2 = mark_;
          c = expression_rule();
          if (!c) mark_ = m2;
        } else {
          mark_ = m;
        }
      }
      auto* n = node<SliceExpr>(extra(start));
      n->lower.reset(a);
      n->upper.reset(b);
      n->step.reset(c);
      return n;
    }
  }
  mark_ = start;
  if (Expr* a = named_expression_rule()) return a;
  mark_ = start;
  return nullptr;
}

}  // namespace pywalk::peg
