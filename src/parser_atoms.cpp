// Atoms and displays of CPython 3.11's grammar: names, constants,
// strings, groups, tuples, lists, dicts, sets, comprehensions and lambda
// (sections EXPRESSIONS -> atom and LITERALS), same alternatives in the
// same order.
#include "pywalk/parser_impl.h"

namespace pywalk::peg {

// atom: NAME | 'True' | 'False' | 'None' | &STRING strings | NUMBER
//     | &'(' (tuple | group | genexp) | &'[' (list | listcomp)
//     | &'{' (dict | set | dictcomp | setcomp) | '...'
Expr* Parser::atom_rule() {
  Level l(*this);
  const int start = mark_;
  const PTok& t = peek();
  if (Expr* n = name_expr()) return n;
  auto constant = [&](ConstKind k) {
    auto* c = node<ConstantExpr>(extra(start));
    c->const_kind = k;
    return c;
  };
  if (expect_kw(Kw::True_)) return constant(ConstKind::True);
  if (expect_kw(Kw::False_)) return constant(ConstKind::False);
  if (expect_kw(Kw::None_)) return constant(ConstKind::None);
  if (t.kind == TokenKind::String) {
    if (Expr* s = strings_rule()) return s;
    mark_ = start;
  }
  if (t.kind == TokenKind::Number) {
    if (Expr* n = number_token()) return n;
    mark_ = start;
  }
  if (t.kind == TokenKind::LPar) {
    Level group(*this);
    if (Expr* e = tuple_rule()) return e;
    mark_ = start;
    if (Expr* e = group_rule()) return e;
    mark_ = start;
    if (Expr* e = genexp_rule()) return e;
    mark_ = start;
  }
  if (t.kind == TokenKind::LSqb) {
    Level group(*this);
    if (Expr* e = list_rule()) return e;
    mark_ = start;
    if (Expr* e = listcomp_rule()) return e;
    mark_ = start;
  }
  if (t.kind == TokenKind::LBrace) {
    Level group(*this);
    if (Expr* e = dict_rule()) return e;
    mark_ = start;
    if (Expr* e = set_rule()) return e;
    mark_ = start;
    if (Expr* e = dictcomp_rule()) return e;
    mark_ = start;
    if (Expr* e = setcomp_rule()) return e;
    mark_ = start;
  }
  if (expect(TokenKind::Ellipsis)) return constant(ConstKind::Ellipsis);
  mark_ = start;
  return nullptr;
}

// group: '(' (yield_expr | named_expression) ')' | invalid_group
Expr* Parser::group_rule() {
  Level l(*this);
  const int start = mark_;
  if (expect(TokenKind::LPar)) {
    Expr* a = nullptr;
    {
      Level group(*this);
      int m = mark_;
      a = yield_expr_rule();
      if (!a) {
        mark_ = m;
        a = named_expression_rule();
        if (!a) mark_ = m;
      }
    }
    if (a && expect(TokenKind::RPar)) return a;
  }
  mark_ = start;
  if (call_invalid_rules_) {
    invalid_group_rule();
    mark_ = start;
  }
  return nullptr;
}

// lambdef: 'lambda' [lambda_params] ':' expression
Expr* Parser::lambdef_rule() {
  Level l(*this);
  const int start = mark_;
  peek();
  if (expect_kw(Kw::Lambda)) {
    int m = mark_;
    RawArguments* a = lambda_params_rule();
    if (!a) mark_ = m;
    if (expect(TokenKind::Colon)) {
      if (Expr* b = expression_rule()) {
        auto* n = node<LambdaExpr>(extra(start));
        n->args = build_arguments(a ? a : empty_arguments());
        n->body.reset(b);
        return n;
      }
    }
  }
  mark_ = start;
  return nullptr;
}

// strings (memo): STRING+
Expr* Parser::strings_rule() {
  MEMO_PROLOGUE(strings, Expr);
  int first = mark_;
  {
    Level loop(*this);
    while (expect(TokenKind::String)) {
    }
  }
  if (mark_ == first) MEMO_RETURN(strings, nullptr);
  int last = mark_ - 1;
  peek();  // pegen's loop looked at the token after the last string
  MEMO_RETURN(strings, concatenate_strings(first, last));
}

// list: '[' [star_named_expressions] ']'
Expr* Parser::list_rule() {
  Level l(*this);
  const int start = mark_;
  peek();
  if (expect(TokenKind::LSqb)) {
    int m = mark_;
    ExprSeq* a = star_named_expressions_rule();
    if (!a) mark_ = m;
    if (expect(TokenKind::RSqb)) {
      auto* n = node<ListExpr>(extra(start));
      if (a) {
        for (Expr* e : *a) n->elts.emplace_back(e);
      }
      return n;
    }
  }
  mark_ = start;
  return nullptr;
}

// tuple: '(' [star_named_expression ',' [star_named_expressions]] ')'
Expr* Parser::tuple_rule() {
  Level l(*this);
  const int start = mark_;
  peek();
  if (expect(TokenKind::LPar)) {
    ExprSeq elts;
    bool have = false;
    {
      Level group(*this);
      int m = mark_;
      if (Expr* y = star_named_expression_rule()) {
        if (expect(TokenKind::Comma)) {
          elts.push_back(y);
          int m2 = mark_;
          if (ExprSeq* z = star_named_expressions_rule()) {
            elts.insert(elts.end(), z->begin(), z->end());
          } else {
            mark_ = m2;
          }
          have = true;
        }
      }
      if (!have) mark_ = m;
    }
    if (expect(TokenKind::RPar)) {
      auto* n = node<TupleExpr>(extra(start));
      for (Expr* e : elts) n->elts.emplace_back(e);
      return n;
    }
  }
  mark_ = start;
  return nullptr;
}

// set: '{' star_named_expressions '}'
Expr* Parser::set_rule() {
  Level l(*this);
  const int start = mark_;
  peek();
  if (expect(TokenKind::LBrace)) {
    if (ExprSeq* a = star_named_expressions_rule()) {
      if (expect(TokenKind::RBrace)) {
        auto* n = node<SetExpr>(extra(start));
        for (Expr* e : *a) n->elts.emplace_back(e);
        return n;
      }
    }
  }
  mark_ = start;
  return nullptr;
}

// dict: '{' [double_starred_kvpairs] '}' | '{' invalid_double_starred_kvpairs '}'
Expr* Parser::dict_rule() {
  Level l(*this);
  const int start = mark_;
  peek();
  if (expect(TokenKind::LBrace)) {
    int m = mark_;
    auto* a = double_starred_kvpairs_rule();
    if (!a) mark_ = m;
    if (expect(TokenKind::RBrace)) {
      auto* n = node<DictExpr>(extra(start));
      if (a) {
        for (KeyValuePair* kv : *a) {
          n->keys.emplace_back(kv->key);
          n->values.emplace_back(kv->value);
        }
      }
      return n;
    }
  }
  mark_ = start;
  if (call_invalid_rules_) {
    if (expect(TokenKind::LBrace)) {
      invalid_double_starred_kvpairs_rule();
      // (the rule only ever raises)
    }
    mark_ = start;
  }
  return nullptr;
}

// double_starred_kvpairs: ','.double_starred_kvpair+ [',']
std::vector<KeyValuePair*>* Parser::double_starred_kvpairs_rule() {
  Level l(*this);
  const int start = mark_;
  auto* out = &item<ArenaBox<std::vector<KeyValuePair*>>>()->value;
  {
    Level gather(*this);
    KeyValuePair* first = double_starred_kvpair_rule();
    if (!first) {
      mark_ = start;
      return nullptr;
    }
    out->push_back(first);
    Level loop(*this);
    for (;;) {
      int m = mark_;
      if (!expect(TokenKind::Comma)) break;
      KeyValuePair* e = double_starred_kvpair_rule();
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

// double_starred_kvpair: '**' bitwise_or | kvpair
KeyValuePair* Parser::double_starred_kvpair_rule() {
  Level l(*this);
  const int start = mark_;
  if (expect(TokenKind::DoubleStar)) {
    if (Expr* a = bitwise_or_rule()) {
      auto* kv = item<KeyValuePair>();
      kv->value = a;
      return kv;
    }
  }
  mark_ = start;
  if (KeyValuePair* kv = kvpair_rule()) return kv;
  mark_ = start;
  return nullptr;
}

// kvpair: expression ':' expression
KeyValuePair* Parser::kvpair_rule() {
  Level l(*this);
  const int start = mark_;
  if (Expr* a = expression_rule()) {
    if (expect(TokenKind::Colon)) {
      if (Expr* b = expression_rule()) {
        auto* kv = item<KeyValuePair>();
        kv->key = a;
        kv->value = b;
        return kv;
      }
    }
  }
  mark_ = start;
  return nullptr;
}

// for_if_clauses: for_if_clause+
std::vector<RawComp*>* Parser::for_if_clauses_rule() {
  Level l(*this);
  const int start = mark_;
  auto* out = &item<ArenaBox<std::vector<RawComp*>>>()->value;
  {
    Level loop(*this);
    for (;;) {
      int m = mark_;
      RawComp* c = for_if_clause_rule();
      if (!c) {
        mark_ = m;
        break;
      }
      out->push_back(c);
    }
  }
  if (out->empty()) {
    mark_ = start;
    return nullptr;
  }
  return out;
}

// for_if_clause:
//     | ASYNC 'for' star_targets 'in' ~ disjunction ('if' disjunction)*
//     | 'for' star_targets 'in' ~ disjunction ('if' disjunction)*
//     | invalid_for_target
RawComp* Parser::for_if_clause_rule() {
  Level l(*this);
  const int start = mark_;
  for (int alt = 0; alt < 2; ++alt) {
    mark_ = start;
    bool is_async = alt == 0;
    if (is_async && !expect_kw(Kw::Async)) continue;
    if (!expect_kw(Kw::For)) continue;
    Expr* a = star_targets_rule();
    if (!a || !expect_kw(Kw::In)) continue;
    // cut: from here on the rule fails if this alternative fails
    Expr* b = disjunction_rule();
    if (!b) {
      mark_ = start;
      return nullptr;
    }
    auto* c = item<RawComp>();
    c->target = a;
    c->iter = b;
    c->is_async = is_async;
    {
      Level loop(*this);
      for (;;) {
        int m = mark_;
        if (!expect_kw(Kw::If)) break;
        Expr* z = disjunction_rule();
        if (!z) {
          mark_ = m;
          break;
        }
        c->ifs.push_back(z);
      }
    }
    return c;
  }
  mark_ = start;
  if (call_invalid_rules_) {
    invalid_for_target_rule();
    mark_ = start;
  }
  return nullptr;
}

namespace {
template <class T>
void add_generators(Parser& p, T* n, std::vector<RawComp*>* comps) {
  for (RawComp* c : *comps) {
    Comprehension g;
    g.target.reset(c->target);
    g.iter.reset(c->iter);
    for (Expr* e : c->ifs) g.ifs.emplace_back(e);
    g.is_async = c->is_async;
    n->generators.push_back(std::move(g));
  }
  (void)p;
}
}  // namespace

// listcomp: '[' named_expression for_if_clauses ']' | invalid_comprehension
Expr* Parser::listcomp_rule() {
  Level l(*this);
  const int start = mark_;
  peek();
  if (expect(TokenKind::LSqb)) {
    if (Expr* a = named_expression_rule()) {
      if (auto* b = for_if_clauses_rule()) {
        if (expect(TokenKind::RSqb)) {
          auto* n = node<ListCompExpr>(extra(start));
          n->elt.reset(a);
          add_generators(*this, n, b);
          return n;
        }
      }
    }
  }
  mark_ = start;
  if (call_invalid_rules_) {
    invalid_comprehension_rule();
    mark_ = start;
  }
  return nullptr;
}

// setcomp: '{' named_expression for_if_clauses '}' | invalid_comprehension
Expr* Parser::setcomp_rule() {
  Level l(*this);
  const int start = mark_;
  peek();
  if (expect(TokenKind::LBrace)) {
    if (Expr* a = named_expression_rule()) {
      if (auto* b = for_if_clauses_rule()) {
        if (expect(TokenKind::RBrace)) {
          auto* n = node<SetCompExpr>(extra(start));
          n->elt.reset(a);
          add_generators(*this, n, b);
          return n;
        }
      }
    }
  }
  mark_ = start;
  if (call_invalid_rules_) {
    invalid_comprehension_rule();
    mark_ = start;
  }
  return nullptr;
}

// genexp: '(' (assignment_expression | expression !':=') for_if_clauses ')' | invalid_comprehension
Expr* Parser::genexp_rule() {
  Level l(*this);
  const int start = mark_;
  peek();
  if (expect(TokenKind::LPar)) {
    Expr* a = nullptr;
    {
      Level group(*this);
      int m = mark_;
      a = assignment_expression_rule();
      if (!a) {
        mark_ = m;
        a = expression_rule();
        if (a && lookahead_kind(TokenKind::ColonEqual)) a = nullptr;
        if (!a) mark_ = m;
      }
    }
    if (a) {
      if (auto* b = for_if_clauses_rule()) {
        if (expect(TokenKind::RPar)) {
          auto* n = node<GeneratorExpExpr>(extra(start));
          n->elt.reset(a);
          add_generators(*this, n, b);
          return n;
        }
      }
    }
  }
  mark_ = start;
  if (call_invalid_rules_) {
    invalid_comprehension_rule();
    mark_ = start;
  }
  return nullptr;
}

// dictcomp: '{' kvpair for_if_clauses '}' | invalid_dict_comprehension
Expr* Parser::dictcomp_rule() {
  Level l(*this);
  const int start = mark_;
  peek();
  if (expect(TokenKind::LBrace)) {
    if (KeyValuePair* a = kvpair_rule()) {
      if (auto* b = for_if_clauses_rule()) {
        if (expect(TokenKind::RBrace)) {
          auto* n = node<DictCompExpr>(extra(start));
          n->key.reset(a->key);
          n->value.reset(a->value);
          add_generators(*this, n, b);
          return n;
        }
      }
    }
  }
  mark_ = start;
  if (call_invalid_rules_) {
    invalid_dict_comprehension_rule();
    mark_ = start;
  }
  return nullptr;
}

}  // namespace pywalk::peg
