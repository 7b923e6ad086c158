// Grammar actions: the helpers CPython's pegen calls to build nodes
// (action_helpers.c) and to word its specialised errors (pegen_errors.c):
// expression contexts, number literals, argument lists, expression names,
// invalid targets.
#include <fmt/format.h>
#include <gmp.h>

#include <cerrno>
#include <cstdlib>
#include <limits>

#include "pywalk/parser_impl.h"

namespace pywalk::peg {

Expr* Parser::set_expr_context(Expr* e, ExprContext ctx) {
  switch (e->kind) {
    case ExprKind::Name: {
      auto& o = as<NameExpr>(*e);
      auto* n = node<NameExpr>(e->span);
      n->id = o.id;
      n->ctx = ctx;
      return n;
    }
    case ExprKind::Tuple: {
      auto& o = as<TupleExpr>(*e);
      auto* n = node<TupleExpr>(e->span);
      for (ExprPtr& c : o.elts) n->elts.emplace_back(set_expr_context(c.get(), ctx));
      n->ctx = ctx;
      return n;
    }
    case ExprKind::List: {
      auto& o = as<ListExpr>(*e);
      auto* n = node<ListExpr>(e->span);
      for (ExprPtr& c : o.elts) n->elts.emplace_back(set_expr_context(c.get(), ctx));
      n->ctx = ctx;
      return n;
    }
    case ExprKind::Subscript: {
      auto& o = as<SubscriptExpr>(*e);
      auto* n = node<SubscriptExpr>(e->span);
      n->value.reset(o.value.get());
      n->slice.reset(o.slice.get());
      n->ctx = ctx;
      return n;
    }
    case ExprKind::Attribute: {
      auto& o = as<AttributeExpr>(*e);
      auto* n = node<AttributeExpr>(e->span);
      n->value.reset(o.value.get());
      n->attr = o.attr;
      n->ctx = ctx;
      return n;
    }
    case ExprKind::Starred: {
      auto& o = as<StarredExpr>(*e);
      auto* n = node<StarredExpr>(e->span);
      n->value.reset(set_expr_context(o.value.get(), ctx));
      n->ctx = ctx;
      return n;
    }
    default:
      return e;
  }
}

namespace {

std::string without_underscores(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (char c : s) {
    if (c != '_') out += c;
  }
  return out;
}

}  // namespace

// NUMBER: Int (fits int64), BigInt (decimal digits), Float or Imaginary.
Expr* Parser::number_token() {
  const PTok* t = expect(TokenKind::Number);
  if (!t) return nullptr;
  std::string s = without_underscores(t->text);
  auto* c = node<ConstantExpr>(tok_span(*t));
  char last = s.empty() ? '0' : s.back();
  bool is_radix = s.size() > 1 && s[0] == '0' &&
                  (s[1] == 'x' || s[1] == 'X' || s[1] == 'o' || s[1] == 'O' || s[1] == 'b' || s[1] == 'B');
  if (last == 'j' || last == 'J') {
    c->const_kind = ConstKind::Imaginary;
    c->float_value = std::strtod(s.substr(0, s.size() - 1).c_str(), nullptr);
    return c;
  }
  if (!is_radix && s.find_first_of(".eE") != std::string::npos) {
    c->const_kind = ConstKind::Float;
    c->float_value = std::strtod(s.c_str(), nullptr);
    return c;
  }
  int base = 10;
  std::string digits = s;
  if (is_radix) {
    char k = s[1];
    base = (k == 'x' || k == 'X') ? 16 : (k == 'o' || k == 'O') ? 8 : 2;
    digits = s.substr(2);
  }
  // int64 fast path
  errno = 0;
  char* end = nullptr;
  unsigned long long v = std::strtoull(digits.c_str(), &end, base);
  if (errno == 0 && end && *end == '\0' && v <= static_cast<unsigned long long>(std::numeric_limits<int64_t>::max())) {
    c->const_kind = ConstKind::Int;
    c->int_value = static_cast<int64_t>(v);
    return c;
  }
  if (base == 10 && digits.find_first_not_of('0') != std::string::npos && digits.size() > 4300) {
    RaisedError e;
    e.type = "SyntaxError";
    e.msg = fmt::format(
        "Exceeds the limit (4300 digits) for integer string conversion: value has {} digits; use "
        "sys.set_int_max_str_digits() to increase the limit - Consider hexadecimal for huge integer literals to "
        "avoid decimal conversion limits.",
        digits.size());
    e.line = t->line;
    e.offset = 0;
    e.end_line = t->end_line;
    e.end_offset = 0;
    throw e;
  }
  c->const_kind = ConstKind::BigInt;
  if (base == 10) {
    size_t nz = digits.find_first_not_of('0');
    c->text = nz == std::string::npos ? "0" : digits.substr(nz);
  } else {
    mpz_t z;
    mpz_init(z);
    mpz_set_str(z, digits.c_str(), base);
    char* text = mpz_get_str(nullptr, 10, z);
    c->text = text;
    void (*freefunc)(void*, size_t);
    mp_get_memory_functions(nullptr, nullptr, &freefunc);
    freefunc(text, std::strlen(text) + 1);
    mpz_clear(z);
  }
  return c;
}

RawArguments* Parser::make_arguments(std::vector<RawArg*>* slash_without_default, SlashWithDefault* slash_with_default,
                                     std::vector<RawArg*>* plain_names,
                                     std::vector<NameDefaultPair*>* names_with_default, StarEtc* star_etc) {
  auto* a = item<RawArguments>();
  if (slash_without_default) {
    a->posonlyargs = *slash_without_default;
  } else if (slash_with_default) {
    a->posonlyargs = slash_with_default->plain_names;
    for (NameDefaultPair* p : slash_with_default->names_with_defaults) a->posonlyargs.push_back(p->arg);
  }
  if (plain_names) a->args = *plain_names;
  if (names_with_default) {
    for (NameDefaultPair* p : *names_with_default) a->args.push_back(p->arg);
  }
  if (slash_with_default) {
    for (NameDefaultPair* p : slash_with_default->names_with_defaults) a->defaults.push_back(p->value);
  }
  if (names_with_default) {
    for (NameDefaultPair* p : *names_with_default) a->defaults.push_back(p->value);
  }
  if (star_etc) {
    a->vararg = star_etc->vararg;
    if (star_etc->kwonlyargs) {
      for (NameDefaultPair* p : *star_etc->kwonlyargs) {
        a->kwonlyargs.push_back(p->arg);
        a->kw_defaults.push_back(p->value);
      }
    }
    a->kwarg = star_etc->kwarg;
  }
  return a;
}

RawArguments* Parser::empty_arguments() {
  return item<RawArguments>();
}

Arguments Parser::build_arguments(RawArguments* r) {
  Arguments a;
  auto arg = [](RawArg* x) {
    Arg out;
    out.name = x->name;
    out.annotation.reset(x->annotation);
    out.span = x->span;
    return out;
  };
  for (RawArg* x : r->posonlyargs) a.posonlyargs.push_back(arg(x));
  for (RawArg* x : r->args) a.args.push_back(arg(x));
  for (Expr* e : r->defaults) a.defaults.emplace_back(e);
  if (r->vararg) a.vararg = std::make_unique<Arg>(arg(r->vararg));
  for (RawArg* x : r->kwonlyargs) a.kwonlyargs.push_back(arg(x));
  for (Expr* e : r->kw_defaults) a.kw_defaults.emplace_back(e);
  if (r->kwarg) a.kwarg = std::make_unique<Arg>(arg(r->kwarg));
  return a;
}

CallArgs* Parser::collect_call_seqs(ExprSeq* a, std::vector<KeywordOrStarred*>* b, Span s) {
  auto* c = item<CallArgs>();
  c->args = *a;
  c->span = s;
  if (b) {
    for (KeywordOrStarred* k : *b) {
      if (!k->is_keyword) c->args.push_back(k->starred);
    }
    for (KeywordOrStarred* k : *b) {
      if (k->is_keyword) c->keywords.push_back(static_cast<RawKeyword*>(k->keyword));
    }
  }
  return c;
}

Expr* Parser::make_call(Expr* func, CallArgs* args, Span s) {
  auto* n = node<CallExpr>(s);
  n->func.reset(func);
  if (args) {
    for (Expr* e : args->args) n->args.emplace_back(e);
    for (RawKeyword* k : args->keywords) {
      Keyword kw;
      kw.arg = k->arg;
      kw.value.reset(k->value);
      kw.span = k->span;
      n->keywords.push_back(std::move(kw));
    }
  }
  return n;
}

Expr* Parser::make_genexp_call(Expr* func, Expr* genexp, Span s) {
  auto* n = node<CallExpr>(s);
  n->func.reset(func);
  n->args.emplace_back(genexp);
  return n;
}

Expr* Parser::placeholder(const PTok& at, Span s, const char* kind, std::string feature) {
  (void)at;
  auto* c = node<ConstantExpr>(s);
  c->const_kind = ConstKind::None;
  unsupported[c] = std::move(feature);
  placeholder_kind[c] = kind;
  return c;
}

Stmt* Parser::placeholder_stmt(Span s, std::string feature) {
  auto* p = node<PassStmt>(s);
  unsupported[p] = std::move(feature);
  return p;
}

bool Parser::is_legacy_stmt(Expr* e) const {
  if (e->kind != ExprKind::Name) return false;
  const std::string& id = as<NameExpr>(*e).id;
  return id == "print" || id == "exec";
}

void Parser::nonparen_genexp_in_call(CallArgs* a, std::vector<RawComp*>* comps) {
  size_t len = a->args.size();
  if (len <= 1) return;
  RawComp* last = comps->back();
  Expr* end = last->ifs.empty() ? last->iter : last->ifs.back();
  raise_range(a->args[len - 1]->span, end->span, "Generator expression must be parenthesized");
}

void Parser::arguments_parsing_error(CallArgs* a) {
  bool keyword_unpacking = false;
  for (RawKeyword* k : a->keywords) {
    if (k->arg.empty()) keyword_unpacking = true;
  }
  raise_syntax(keyword_unpacking ? "positional argument follows keyword argument unpacking"
                                 : "positional argument follows keyword argument");
}

const char* Parser::expr_name(const Expr* e) const {
  auto it = placeholder_kind.find(e);
  if (it != placeholder_kind.end()) return it->second;
  switch (e->kind) {
    case ExprKind::Attribute:
      return "attribute";
    case ExprKind::Subscript:
      return "subscript";
    case ExprKind::Starred:
      return "starred";
    case ExprKind::Name:
      return "name";
    case ExprKind::List:
      return "list";
    case ExprKind::Tuple:
      return "tuple";
    case ExprKind::Lambda:
      return "lambda";
    case ExprKind::Yield:
    case ExprKind::YieldFrom:
      return "yield expression";
    case ExprKind::Call:
      return "function call";
    case ExprKind::BoolOp:
    case ExprKind::BinOp:
    case ExprKind::UnaryOp:
      return "expression";
    case ExprKind::GeneratorExp:
      return "generator expression";
    case ExprKind::ListComp:
      return "list comprehension";
    case ExprKind::SetComp:
      return "set comprehension";
    case ExprKind::DictComp:
      return "dict comprehension";
    case ExprKind::Dict:
      return "dict literal";
    case ExprKind::Set:
      return "set display";
    case ExprKind::JoinedStr:
    case ExprKind::FormattedValue:
      return "f-string expression";
    case ExprKind::Constant: {
      switch (as<ConstantExpr>(*e).const_kind) {
        case ConstKind::None:
          return "None";
        case ConstKind::False:
          return "False";
        case ConstKind::True:
          return "True";
        case ConstKind::Ellipsis:
          return "ellipsis";
        case ConstKind::Int:
        case ConstKind::BigInt:
        case ConstKind::Float:
        case ConstKind::Imaginary:
        case ConstKind::Str:
        case ConstKind::Bytes:
          return "literal";
      }
      return "literal";
    }
    case ExprKind::Compare:
      return "comparison";
    case ExprKind::IfExp:
      return "conditional expression";
    case ExprKind::NamedExpr:
      return "named expression";
    case ExprKind::Slice:
      return "slice";
  }
  return "expression";
}

Expr* Parser::get_invalid_target(Expr* e, TargetsType type) {
  if (!e) return nullptr;
  switch (e->kind) {
    case ExprKind::List:
      for (ExprPtr& c : as<ListExpr>(*e).elts) {
        if (Expr* r = get_invalid_target(c.get(), type)) return r;
      }
      return nullptr;
    case ExprKind::Tuple:
      for (ExprPtr& c : as<TupleExpr>(*e).elts) {
        if (Expr* r = get_invalid_target(c.get(), type)) return r;
      }
      return nullptr;
    case ExprKind::Starred:
      if (type == TargetsType::Del) return e;
      return get_invalid_target(as<StarredExpr>(*e).value.get(), type);
    case ExprKind::Compare:
      if (type == TargetsType::For) {
        auto& c = as<CompareExpr>(*e);
        if (c.ops[0] == CmpOpKind::In) return get_invalid_target(c.left.get(), type);
        return nullptr;
      }
      return e;
    case ExprKind::Name:
    case ExprKind::Subscript:
    case ExprKind::Attribute:
      return nullptr;
    default:
      return e;
  }
}

bool Parser::invalid_target_error(TargetsType type, Expr* e) {
  Expr* t = get_invalid_target(e, type);
  if (!t) return false;
  raise_invalid_target(type, t);
}

void Parser::raise_invalid_target(TargetsType type, Expr* t) {
  const char* fmt_text = (type == TargetsType::Del) ? "cannot delete {}" : "cannot assign to {}";
  raise_at(t->span, fmt::format(fmt::runtime(fmt_text), expr_name(t)));
}

}  // namespace pywalk::peg
