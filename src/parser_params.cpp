// Parameter lists of `def` and `lambda` (CPython 3.11 grammar, sections
// Function parameters and Lambda functions). The two families differ only
// in annotations and in what may follow the last parameter (')' or ':'), so
// they share one implementation parameterised by ParamStyle.
#include "pywalk/parser_impl.h"

namespace pywalk::peg {

// params: invalid_parameters | parameters
RawArguments* Parser::params_rule() {
  Level l(*this);
  const int start = mark_;
  if (call_invalid_rules_) {
    invalid_parameters_rule();
    mark_ = start;
  }
  if (RawArguments* a = parameters_rule()) return a;
  mark_ = start;
  return nullptr;
}

namespace {
using ArgList = std::vector<RawArg*>;
using PairList = std::vector<NameDefaultPair*>;
}  // namespace

// parameters:
//     | slash_no_default param_no_default* param_with_default* [star_etc]
//     | slash_with_default param_with_default* [star_etc]
//     | param_no_default+ param_with_default* [star_etc]
//     | param_with_default+ [star_etc]
//     | star_etc
RawArguments* Parser::parameters_rule() {
  Level l(*this);
  const int start = mark_;
  auto no_defaults = [&](bool plus) -> ArgList* {
    Level loop(*this);
    auto* out = &item<ArenaBox<ArgList>>()->value;
    for (;;) {
      int m = mark_;
      RawArg* a = param_no_default_rule();
      if (!a) {
        mark_ = m;
        break;
      }
      out->push_back(a);
    }
    if (plus && out->empty()) return nullptr;
    return out;
  };
  auto with_defaults = [&](bool plus) -> PairList* {
    Level loop(*this);
    auto* out = &item<ArenaBox<PairList>>()->value;
    for (;;) {
      int m = mark_;
      NameDefaultPair* a = param_with_default_rule();
      if (!a) {
        mark_ = m;
        break;
      }
      out->push_back(a);
    }
    if (plus && out->empty()) return nullptr;
    return out;
  };
  auto opt_star_etc = [&]() -> StarEtc* {
    int m = mark_;
    StarEtc* s = star_etc_rule();
    if (!s) mark_ = m;
    return s;
  };
  if (ArgList* a = slash_no_default_rule()) {
    ArgList* b = no_defaults(false);
    PairList* c = with_defaults(false);
    StarEtc* d = opt_star_etc();
    return make_arguments(a, nullptr, b, c, d);
  }
  mark_ = start;
  if (SlashWithDefault* a = slash_with_default_rule()) {
    PairList* b = with_defaults(false);
    StarEtc* c = opt_star_etc();
    return make_arguments(nullptr, a, nullptr, b, c);
  }
  mark_ = start;
  if (ArgList* a = no_defaults(true)) {
    PairList* b = with_defaults(false);
    StarEtc* c = opt_star_etc();
    return make_arguments(nullptr, nullptr, a, b, c);
  }
  mark_ = start;
  if (PairList* a = with_defaults(true)) {
    StarEtc* b = opt_star_etc();
    return make_arguments(nullptr, nullptr, nullptr, a, b);
  }
  mark_ = start;
  if (StarEtc* a = star_etc_rule()) return make_arguments(nullptr, nullptr, nullptr, nullptr, a);
  mark_ = start;
  return nullptr;
}

// slash_no_default: param_no_default+ '/' ',' | param_no_default+ '/' &')'
std::vector<RawArg*>* Parser::slash_no_default_rule() {
  Level l(*this);
  const int start = mark_;
  for (int alt = 0; alt < 2; ++alt) {
    mark_ = start;
    auto* out = &item<ArenaBox<ArgList>>()->value;
    {
      Level loop(*this);
      for (;;) {
        int m = mark_;
        RawArg* a = param_no_default_rule();
        if (!a) {
          mark_ = m;
          break;
        }
        out->push_back(a);
      }
    }
    if (out->empty() || !expect(TokenKind::Slash)) continue;
    if (alt == 0 ? expect(TokenKind::Comma) != nullptr : lookahead_kind(TokenKind::RPar)) return out;
  }
  mark_ = start;
  return nullptr;
}

// slash_with_default:
//     | param_no_default* param_with_default+ '/' ','
//     | param_no_default* param_with_default+ '/' &')'
SlashWithDefault* Parser::slash_with_default_rule() {
  Level l(*this);
  const int start = mark_;
  for (int alt = 0; alt < 2; ++alt) {
    mark_ = start;
    auto* s = item<SlashWithDefault>();
    {
      Level loop(*this);
      for (;;) {
        int m = mark_;
        RawArg* a = param_no_default_rule();
        if (!a) {
          mark_ = m;
          break;
        }
        s->plain_names.push_back(a);
      }
    }
    {
      Level loop(*this);
      for (;;) {
        int m = mark_;
        NameDefaultPair* a = param_with_default_rule();
        if (!a) {
          mark_ = m;
          break;
        }
        s->names_with_defaults.push_back(a);
      }
    }
    if (s->names_with_defaults.empty() || !expect(TokenKind::Slash)) continue;
    if (alt == 0 ? expect(TokenKind::Comma) != nullptr : lookahead_kind(TokenKind::RPar)) return s;
  }
  mark_ = start;
  return nullptr;
}

// star_etc:
//     | invalid_star_etc
//     | '*' param_no_default param_maybe_default* [kwds]
//     | '*' param_no_default_star_annotation param_maybe_default* [kwds]
//     | '*' ',' param_maybe_default+ [kwds]
//     | kwds
StarEtc* Parser::star_etc_rule() {
  Level l(*this);
  const int start = mark_;
  if (call_invalid_rules_) {
    invalid_star_etc_rule();
    mark_ = start;
  }
  auto maybe_defaults = [&]() {
    Level loop(*this);
    auto* out = &item<ArenaBox<PairList>>()->value;
    for (;;) {
      int m = mark_;
      NameDefaultPair* a = param_maybe_default_rule();
      if (!a) {
        mark_ = m;
        break;
      }
      out->push_back(a);
    }
    return out;
  };
  auto opt_kwds = [&]() -> RawArg* {
    int m = mark_;
    RawArg* k = kwds_rule();
    if (!k) mark_ = m;
    return k;
  };
  for (int alt = 0; alt < 2; ++alt) {
    mark_ = start;
    if (!expect(TokenKind::Star)) break;
    RawArg* a = alt == 0 ? param_no_default_rule() : param_no_default_star_annotation_rule();
    if (!a) continue;
    auto* s = item<StarEtc>();
    s->vararg = a;
    s->kwonlyargs = maybe_defaults();
    s->kwarg = opt_kwds();
    return s;
  }
  mark_ = start;
  if (expect(TokenKind::Star) && expect(TokenKind::Comma)) {
    PairList* b = maybe_defaults();
    if (!b->empty()) {
      auto* s = item<StarEtc>();
      s->kwonlyargs = b;
      s->kwarg = opt_kwds();
      return s;
    }
  }
  mark_ = start;
  if (RawArg* a = kwds_rule()) {
    auto* s = item<StarEtc>();
    s->kwarg = a;
    return s;
  }
  mark_ = start;
  return nullptr;
}

// kwds: invalid_kwds | '**' param_no_default
RawArg* Parser::kwds_rule() {
  Level l(*this);
  const int start = mark_;
  if (call_invalid_rules_) {
    invalid_kwds_rule();
    mark_ = start;
  }
  if (expect(TokenKind::DoubleStar)) {
    if (RawArg* a = param_no_default_rule()) return a;
  }
  mark_ = start;
  return nullptr;
}

// param_no_default: param ',' TYPE_COMMENT? | param TYPE_COMMENT? &')'
RawArg* Parser::param_no_default_rule() {
  Level l(*this);
  const int start = mark_;
  if (RawArg* a = param_rule()) {
    if (expect(TokenKind::Comma)) {
      peek();  // TYPE_COMMENT?
      return a;
    }
  }
  mark_ = start;
  if (RawArg* a = param_rule()) {
    if (lookahead_kind(TokenKind::RPar)) return a;
  }
  mark_ = start;
  return nullptr;
}

// param_no_default_star_annotation: param_star_annotation ',' TYPE_COMMENT? | ... &')'
RawArg* Parser::param_no_default_star_annotation_rule() {
  Level l(*this);
  const int start = mark_;
  if (RawArg* a = param_star_annotation_rule()) {
    if (expect(TokenKind::Comma)) {
      peek();
      return a;
    }
  }
  mark_ = start;
  if (RawArg* a = param_star_annotation_rule()) {
    if (lookahead_kind(TokenKind::RPar)) return a;
  }
  mark_ = start;
  return nullptr;
}

// param_with_default: param default ',' TYPE_COMMENT? | param default TYPE_COMMENT? &')'
NameDefaultPair* Parser::param_with_default_rule() {
  Level l(*this);
  const int start = mark_;
  for (int alt = 0; alt < 2; ++alt) {
    mark_ = start;
    RawArg* a = param_rule();
    if (!a) continue;
    Expr* c = default_rule();
    if (!c) continue;
    if (alt == 0) {
      if (!expect(TokenKind::Comma)) continue;
      peek();
    } else {
      if (!lookahead_kind(TokenKind::RPar)) continue;
    }
    auto* p = item<NameDefaultPair>();
    p->arg = a;
    p->value = c;
    return p;
  }
  mark_ = start;
  return nullptr;
}

// param_maybe_default: param default? ',' TYPE_COMMENT? | param default? TYPE_COMMENT? &')'
NameDefaultPair* Parser::param_maybe_default_rule() {
  Level l(*this);
  const int start = mark_;
  for (int alt = 0; alt < 2; ++alt) {
    mark_ = start;
    RawArg* a = param_rule();
    if (!a) continue;
    int m = mark_;
    Expr* c = default_rule();
    if (!c) mark_ = m;
    if (alt == 0) {
      if (!expect(TokenKind::Comma)) continue;
      peek();
    } else {
      if (!lookahead_kind(TokenKind::RPar)) continue;
    }
    auto* p = item<NameDefaultPair>();
    p->arg = a;
    p->value = c;
    return p;
  }
  mark_ = start;
  return nullptr;
}

// param: NAME annotation?
RawArg* Parser::param_rule() {
  Level l(*this);
  const int start = mark_;
  peek();
  if (const PTok* a = name_tok()) {
    int m = mark_;
    Expr* b = annotation_rule();
    if (!b) mark_ = m;
    auto* r = item<RawArg>();
    r->name = std::string(a->text);
    r->annotation = b;
    r->span = extra(start);
    return r;
  }
  mark_ = start;
  return nullptr;
}

// param_star_annotation: NAME star_annotation
RawArg* Parser::param_star_annotation_rule() {
  Level l(*this);
  const int start = mark_;
  peek();
  if (const PTok* a = name_tok()) {
    if (Expr* b = star_annotation_rule()) {
      auto* r = item<RawArg>();
      r->name = std::string(a->text);
      r->annotation = b;
      r->span = extra(start);
      return r;
    }
  }
  mark_ = start;
  return nullptr;
}

// annotation: ':' expression
Expr* Parser::annotation_rule() {
  Level l(*this);
  const int start = mark_;
  if (expect(TokenKind::Colon)) {
    if (Expr* a = expression_rule()) return a;
  }
  mark_ = start;
  return nullptr;
}

// star_annotation: ':' star_expression
Expr* Parser::star_annotation_rule() {
  Level l(*this);
  const int start = mark_;
  if (expect(TokenKind::Colon)) {
    if (Expr* a = star_expression_rule()) return a;
  }
  mark_ = start;
  return nullptr;
}

// default: '=' expression | invalid_default
Expr* Parser::default_rule() {
  Level l(*this);
  const int start = mark_;
  if (expect(TokenKind::Equal)) {
    if (Expr* a = expression_rule()) return a;
  }
  mark_ = start;
  if (call_invalid_rules_) {
    invalid_default_rule();
    mark_ = start;
  }
  return nullptr;
}

// ---------------------------------------------------------------- lambda

// lambda_params: invalid_lambda_parameters | lambda_parameters
RawArguments* Parser::lambda_params_rule() {
  Level l(*this);
  const int start = mark_;
  if (call_invalid_rules_) {
    invalid_lambda_parameters_rule();
    mark_ = start;
  }
  if (RawArguments* a = lambda_parameters_rule()) return a;
  mark_ = start;
  return nullptr;
}

RawArguments* Parser::lambda_parameters_rule() {
  Level l(*this);
  const int start = mark_;
  auto no_defaults = [&](bool plus) -> ArgList* {
    Level loop(*this);
    auto* out = &item<ArenaBox<ArgList>>()->value;
    for (;;) {
      int m = mark_;
      RawArg* a = lambda_param_no_default_rule();
      if (!a) {
        mark_ = m;
        break;
      }
      out->push_back(a);
    }
    if (plus && out->empty()) return nullptr;
    return out;
  };
  auto with_defaults = [&](bool plus) -> PairList* {
    Level loop(*this);
    auto* out = &item<ArenaBox<PairList>>()->value;
    for (;;) {
      int m = mark_;
      NameDefaultPair* a = lambda_param_with_default_rule();
      if (!a) {
        mark_ = m;
        break;
      }
      out->push_back(a);
    }
    if (plus && out->empty()) return nullptr;
    return out;
  };
  auto opt_star_etc = [&]() -> StarEtc* {
    int m = mark_;
    StarEtc* s = lambda_star_etc_rule();
    if (!s) mark_ = m;
    return s;
  };
  if (ArgList* a = lambda_slash_no_default_rule()) {
    ArgList* b = no_defaults(false);
    PairList* c = with_defaults(false);
    StarEtc* d = opt_star_etc();
    return make_arguments(a, nullptr, b, c, d);
  }
  mark_ = start;
  if (SlashWithDefault* a = lambda_slash_with_default_rule()) {
    PairList* b = with_defaults(false);
    StarEtc* c = opt_star_etc();
    return make_arguments(nullptr, a, nullptr, b, c);
  }
  mark_ = start;
  if (ArgList* a = no_defaults(true)) {
    PairList* b = with_defaults(false);
    StarEtc* c = opt_star_etc();
    return make_arguments(nullptr, nullptr, a, b, c);
  }
  mark_ = start;
  if (PairList* a = with_defaults(true)) {
    StarEtc* b = opt_star_etc();
    return make_arguments(nullptr, nullptr, nullptr, a, b);
  }
  mark_ = start;
  if (StarEtc* a = lambda_star_etc_rule()) return make_arguments(nullptr, nullptr, nullptr, nullptr, a);
  mark_ = start;
  return nullptr;
}

std::vector<RawArg*>* Parser::lambda_slash_no_default_rule() {
  Level l(*this);
  const int start = mark_;
  for (int alt = 0; alt < 2; ++alt) {
    mark_ = start;
    auto* out = &item<ArenaBox<ArgList>>()->value;
    {
      Level loop(*this);
      for (;;) {
        int m = mark_;
        RawArg* a = lambda_param_no_default_rule();
        if (!a) {
          mark_ = m;
          break;
        }
        out->push_back(a);
      }
    }
    if (out->empty() || !expect(TokenKind::Slash)) continue;
    if (alt == 0 ? expect(TokenKind::Comma) != nullptr : lookahead_kind(TokenKind::Colon)) return out;
  }
  mark_ = start;
  return nullptr;
}

SlashWithDefault* Parser::lambda_slash_with_default_rule() {
  Level l(*this);
  const int start = mark_;
  for (int alt = 0; alt < 2; ++alt) {
    mark_ = start;
    auto* s = item<SlashWithDefault>();
    {
      Level loop(*this);
      for (;;) {
        int m = mark_;
        RawArg* a = lambda_param_no_default_rule();
        if (!a) {
          mark_ = m;
          break;
        }
        s->plain_names.push_back(a);
      }
    }
    {
      Level loop(*this);
      for (;;) {
        int m = mark_;
        NameDefaultPair* a = lambda_param_with_default_rule();
        if (!a) {
          mark_ = m;
          break;
        }
        s->names_with_defaults.push_back(a);
      }
    }
    if (s->names_with_defaults.empty() || !expect(TokenKind::Slash)) continue;
    if (alt == 0 ? expect(TokenKind::Comma) != nullptr : lookahead_kind(TokenKind::Colon)) return s;
  }
  mark_ = start;
  return nullptr;
}

// lambda_star_etc:
//     | invalid_lambda_star_etc
//     | '*' lambda_param_no_default lambda_param_maybe_default* [lambda_kwds]
//     | '*' ',' lambda_param_maybe_default+ [lambda_kwds]
//     | lambda_kwds
StarEtc* Parser::lambda_star_etc_rule() {
  Level l(*this);
  const int start = mark_;
  if (call_invalid_rules_) {
    invalid_lambda_star_etc_rule();
    mark_ = start;
  }
  auto maybe_defaults = [&]() {
    Level loop(*this);
    auto* out = &item<ArenaBox<PairList>>()->value;
    for (;;) {
      int m = mark_;
      NameDefaultPair* a = lambda_param_maybe_default_rule();
      if (!a) {
        mark_ = m;
        break;
      }
      out->push_back(a);
    }
    return out;
  };
  auto opt_kwds = [&]() -> RawArg* {
    int m = mark_;
    RawArg* k = lambda_kwds_rule();
    if (!k) mark_ = m;
    return k;
  };
  if (expect(TokenKind::Star)) {
    if (RawArg* a = lambda_param_no_default_rule()) {
      auto* s = item<StarEtc>();
      s->vararg = a;
      s->kwonlyargs = maybe_defaults();
      s->kwarg = opt_kwds();
      return s;
    }
  }
  mark_ = start;
  if (expect(TokenKind::Star) && expect(TokenKind::Comma)) {
    PairList* b = maybe_defaults();
    if (!b->empty()) {
      auto* s = item<StarEtc>();
      s->kwonlyargs = b;
      s->kwarg = opt_kwds();
      return s;
    }
  }
  mark_ = start;
  if (RawArg* a = lambda_kwds_rule()) {
    auto* s = item<StarEtc>();
    s->kwarg = a;
    return s;
  }
  mark_ = start;
  return nullptr;
}

RawArg* Parser::lambda_kwds_rule() {
  Level l(*this);
  const int start = mark_;
  if (call_invalid_rules_) {
    invalid_lambda_kwds_rule();
    mark_ = start;
  }
  if (expect(TokenKind::DoubleStar)) {
    if (RawArg* a = lambda_param_no_default_rule()) return a;
  }
  mark_ = start;
  return nullptr;
}

// lambda_param_no_default: lambda_param ',' | lambda_param &':'
RawArg* Parser::lambda_param_no_default_rule() {
  Level l(*this);
  const int start = mark_;
  if (RawArg* a = lambda_param_rule()) {
    if (expect(TokenKind::Comma)) return a;
  }
  mark_ = start;
  if (RawArg* a = lambda_param_rule()) {
    if (lookahead_kind(TokenKind::Colon)) return a;
  }
  mark_ = start;
  return nullptr;
}

// lambda_param_with_default: lambda_param default ',' | lambda_param default &':'
NameDefaultPair* Parser::lambda_param_with_default_rule() {
  Level l(*this);
  const int start = mark_;
  for (int alt = 0; alt < 2; ++alt) {
    mark_ = start;
    RawArg* a = lambda_param_rule();
    if (!a) continue;
    Expr* c = default_rule();
    if (!c) continue;
    if (alt == 0 ? !expect(TokenKind::Comma) : !lookahead_kind(TokenKind::Colon)) continue;
    auto* p = item<NameDefaultPair>();
    p->arg = a;
    p->value = c;
    return p;
  }
  mark_ = start;
  return nullptr;
}

// lambda_param_maybe_default: lambda_param default? ',' | lambda_param default? &':'
NameDefaultPair* Parser::lambda_param_maybe_default_rule() {
  Level l(*this);
  const int start = mark_;
  for (int alt = 0; alt < 2; ++alt) {
    mark_ = start;
    RawArg* a = lambda_param_rule();
    if (!a) continue;
    int m = mark_;
    Expr* c = default_rule();
    if (!c) mark_ = m;
    if (alt == 0 ? !expect(TokenKind::Comma) : !lookahead_kind(TokenKind::Colon)) continue;
    auto* p = item<NameDefaultPair>();
    p->arg = a;
    p->value = c;
    return p;
  }
  mark_ = start;
  return nullptr;
}

// lambda_param: NAME
RawArg* Parser::lambda_param_rule() {
  Level l(*this);
  const int start = mark_;
  peek();
  if (const PTok* a = name_tok()) {
    auto* r = item<RawArg>();
    r->name = std::string(a->text);
    r->span = extra(start);
    return r;
  }
  mark_ = start;
  return nullptr;
}

}  // namespace pywalk::peg
