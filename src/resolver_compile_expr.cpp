// CompileWalk, expressions: see resolver_compile.h. Sub-expressions are
// visited in CPython's emission order (a call's keywords are validated
// before anything is evaluated, a comprehension's body is compiled before
// its first iterable, a dict display interleaves keys and values), and the
// compiler's SyntaxWarnings are raised where CPython raises them, judging
// literals as CPython's AST optimizer folds them (`-1`, `(1, 2)`, `1 + 1`
// are constants).
#include <fmt/format.h>

#include <algorithm>

#include "resolver_compile.h"

namespace pywalk::resolver_detail {

namespace {

bool numeric(const std::string& t) {
  return t == "int" || t == "bool" || t == "float" || t == "complex";
}

bool is_zero(const Expr& e) {
  if (e.kind != ExprKind::Constant) return false;
  const auto& c = as<ConstantExpr>(e);
  return (c.const_kind == ConstKind::Int && c.int_value == 0) ||
         (c.const_kind == ConstKind::Float && c.float_value == 0.0) || c.const_kind == ConstKind::False;
}

// The type name of what CPython's AST optimizer folds `e` into, or "" when
// `e` stays an expression (approximate for big powers and shifts).
std::string folded_type(const Expr& e) {
  switch (e.kind) {
    case ExprKind::Constant:
      switch (as<ConstantExpr>(e).const_kind) {
        case ConstKind::None:
          return "NoneType";
        case ConstKind::True:
        case ConstKind::False:
          return "bool";
        case ConstKind::Ellipsis:
          return "ellipsis";
        case ConstKind::Int:
        case ConstKind::BigInt:
          return "int";
        case ConstKind::Float:
          return "float";
        case ConstKind::Imaginary:
          return "complex";
        case ConstKind::Str:
          return "str";
        case ConstKind::Bytes:
          return "bytes";
      }
      return "";
    case ExprKind::UnaryOp: {
      const auto& u = as<UnaryOpExpr>(e);
      std::string t = folded_type(*u.operand);
      if (t.empty()) return "";
      if (u.op == UnaryOpKind::Not) return "bool";
      if (u.op == UnaryOpKind::Invert) return t == "int" || t == "bool" ? "int" : "";
      if (!numeric(t)) return "";
      return t == "bool" ? "int" : t;
    }
    case ExprKind::Tuple: {
      const auto& tu = as<TupleExpr>(e);
      if (tu.ctx != ExprContext::Load) return "";
      for (const ExprPtr& x : tu.elts)
        if (folded_type(*x).empty()) return "";
      return "tuple";
    }
    case ExprKind::BinOp: {
      const auto& b = as<BinOpExpr>(e);
      std::string l = folded_type(*b.left), r = folded_type(*b.right);
      if (l.empty() || r.empty()) return "";
      if (numeric(l) && numeric(r)) {
        auto rank = [](const std::string& t) { return t == "complex" ? 3 : t == "float" ? 2 : 1; };
        int k = std::max(rank(l), rank(r));
        const char* wide = k == 3 ? "complex" : k == 2 ? "float" : "int";
        switch (b.op) {
          case BinOpKind::Add:
          case BinOpKind::Sub:
          case BinOpKind::Mult:
          case BinOpKind::Pow:
            return wide;
          case BinOpKind::Div:
            if (is_zero(*b.right)) return "";
            return k == 3 ? "complex" : "float";
          case BinOpKind::FloorDiv:
          case BinOpKind::Mod:
            if (is_zero(*b.right) || k == 3) return "";
            return wide;
          case BinOpKind::LShift:
          case BinOpKind::RShift:
          case BinOpKind::BitAnd:
          case BinOpKind::BitOr:
          case BinOpKind::BitXor:
            return k == 1 ? "int" : "";
          case BinOpKind::MatMult:
            return "";
        }
        return "";
      }
      bool seq = l == "str" || l == "bytes" || l == "tuple";
      if (b.op == BinOpKind::Add && seq && l == r) return l;
      if (b.op == BinOpKind::Mult && seq && (r == "int" || r == "bool")) return l;
      if (b.op == BinOpKind::Mult && (l == "int" || l == "bool") && (r == "str" || r == "bytes" || r == "tuple"))
        return r;
      if (b.op == BinOpKind::Mod && (l == "str" || l == "bytes")) return l;
      return "";
    }
    default:
      return "";
  }
}

// CPython's infer_type: the type an expression certainly has, or "".
std::string inferred_type(const Expr& e) {
  std::string t = folded_type(e);
  if (!t.empty()) return t;
  switch (e.kind) {
    case ExprKind::Tuple:
      return "tuple";
    case ExprKind::List:
    case ExprKind::ListComp:
      return "list";
    case ExprKind::Dict:
    case ExprKind::DictComp:
      return "dict";
    case ExprKind::Set:
    case ExprKind::SetComp:
      return "set";
    case ExprKind::GeneratorExp:
      return "generator";
    case ExprKind::Lambda:
      return "function";
    case ExprKind::JoinedStr:
    case ExprKind::FormattedValue:
      return "str";
    default:
      return "";
  }
}

// check_is_arg: not a literal other than None, True, False or `...`.
bool is_arg(const Expr& e) {
  std::string t = folded_type(e);
  return t.empty() || t == "NoneType" || t == "bool" || t == "ellipsis";
}

}  // namespace

void CompileWalk::check_compare(const CompareExpr& c) {
  bool left = is_arg(*c.left);
  for (size_t i = 0; i < c.ops.size(); ++i) {
    bool right = is_arg(*c.comparators[i]);
    if ((c.ops[i] == CmpOpKind::Is || c.ops[i] == CmpOpKind::IsNot) && (!left || !right)) {
      st_.warn(c.ops[i] == CmpOpKind::Is ? "\"is\" with a literal. Did you mean \"==\"?"
                                         : "\"is not\" with a literal. Did you mean \"!=\"?",
               loc_.line);
      return;
    }
    left = right;
  }
}

void CompileWalk::check_caller(const Expr& func) {
  bool constant = !folded_type(func).empty();
  switch (func.kind) {
    case ExprKind::Tuple:
    case ExprKind::List:
    case ExprKind::ListComp:
    case ExprKind::Dict:
    case ExprKind::DictComp:
    case ExprKind::Set:
    case ExprKind::SetComp:
    case ExprKind::GeneratorExp:
    case ExprKind::JoinedStr:
    case ExprKind::FormattedValue:
      constant = true;
      break;
    default:
      break;
  }
  if (constant)
    st_.warn(fmt::format("'{}' object is not callable; perhaps you missed a comma?", inferred_type(func)), loc_.line);
}

void CompileWalk::check_subscript(const SubscriptExpr& s) {
  const Expr& v = *s.value;
  std::string vt = folded_type(v);
  bool warn = false;
  if (!vt.empty())
    warn = vt == "NoneType" || vt == "ellipsis" || numeric(vt);
  else
    warn = v.kind == ExprKind::Set || v.kind == ExprKind::SetComp || v.kind == ExprKind::GeneratorExp ||
           v.kind == ExprKind::Lambda;
  if (warn) {
    st_.warn(fmt::format("'{}' object is not subscriptable; perhaps you missed a comma?", inferred_type(v)), loc_.line);
    return;
  }
  std::string it = inferred_type(*s.slice);
  if (it.empty() || it == "int" || it == "bool") return;
  if (!vt.empty())
    warn = vt == "str" || vt == "bytes" || vt == "tuple";
  else
    warn = v.kind == ExprKind::Tuple || v.kind == ExprKind::List || v.kind == ExprKind::ListComp ||
           v.kind == ExprKind::JoinedStr || v.kind == ExprKind::FormattedValue;
  if (warn)
    st_.warn(
        fmt::format("{} indices must be integers or slices, not {}; perhaps you missed a comma?", inferred_type(v), it),
        loc_.line);
}

void CompileWalk::check_assert(const AssertStmt& a) {
  const Expr& t = *a.test;
  if (t.kind == ExprKind::Tuple && !as<TupleExpr>(t).elts.empty())
    st_.warn("assertion is always true, perhaps remove parentheses?", loc_.line);
}

void CompileWalk::visit_exprs(ExprList& list) {
  for (ExprPtr& e : list)
    if (e) visit_expr(*e);
}

void CompileWalk::visit_expr(Expr& e) {
  Span saved = loc_;
  loc_ = e.span;
  visit_expr1(e);
  loc_ = saved;
}

// Elements of a list/tuple/set display or call: a starred one is its value.
void CompileWalk::visit_elements(ExprList& elts) {
  for (ExprPtr& x : elts) {
    if (x->kind == ExprKind::Starred)
      visit_expr(*as<StarredExpr>(*x).value);
    else
      visit_expr(*x);
  }
}

void CompileWalk::visit_sequence(ExprList& elts, ExprContext ctx) {
  if (ctx == ExprContext::Store) {
    bool seen_star = false;
    for (size_t i = 0; i < elts.size(); ++i) {
      if (elts[i]->kind != ExprKind::Starred) continue;
      if (seen_star) st_.error("multiple starred expressions in assignment", loc_);
      if (i >= (1u << 8)) st_.error("too many expressions in star-unpacking assignment", loc_);
      seen_star = true;
    }
    visit_elements(elts);
  } else if (ctx == ExprContext::Load) {
    visit_elements(elts);
  } else {
    visit_exprs(elts);
  }
}

void CompileWalk::validate_keywords(std::vector<Keyword>& keywords) {
  std::unordered_map<std::string, size_t> first;
  size_t dup_i = keywords.size(), dup_j = 0;
  for (size_t j = 0; j < keywords.size(); ++j) {
    const std::string& arg = keywords[j].arg;
    if (arg.empty()) continue;
    auto [it, inserted] = first.try_emplace(arg, j);
    if (!inserted && it->second < dup_i) {
      dup_i = it->second;
      dup_j = j;
    }
  }
  for (size_t i = 0; i < keywords.size(); ++i) {
    if (keywords[i].arg == "__debug__") st_.error("cannot assign to __debug__", loc_);
    if (i == dup_i) st_.error(fmt::format("keyword argument repeated: {}", keywords[i].arg), keywords[dup_j].span);
  }
}

void CompileWalk::call_helper(ExprList& args, std::vector<Keyword>& keywords) {
  validate_keywords(keywords);
  visit_elements(args);
  for (Keyword& k : keywords) visit_expr(*k.value);
}

void CompileWalk::visit_lambda(LambdaExpr& l) {
  check_debug_args(l.args);
  visit_defaults(l.args);
  in_unit(l.scope.get(), [&] { visit_expr(*l.body); });
}

void CompileWalk::visit_comprehension(ComprehensionBase& e, Expr& elt, Expr* value) {
  const bool enclosing_async = u_->async_function || u_->block->kind == ScopeKind::Comprehension;
  in_unit(e.scope.get(), [&] {
    loc_ = e.span;
    if (u_->block->is_async && e.kind != ExprKind::GeneratorExp && !enclosing_async)
      st_.error("asynchronous comprehension outside of an asynchronous function", e.span);
    for (size_t i = 0; i < e.generators.size(); ++i) {
      Comprehension& g = e.generators[i];
      if (i > 0) visit_expr(*g.iter);
      visit_expr(*g.target);
      visit_exprs(g.ifs);
    }
    visit_expr(elt);
    if (value) visit_expr(*value);
  });
  visit_expr(*e.generators.front().iter);
}

void CompileWalk::visit_expr1(Expr& e) {
  switch (e.kind) {
    case ExprKind::NamedExpr: {
      auto& n = as<NamedExprExpr>(e);
      visit_expr(*n.value);
      visit_expr(*n.target);
      return;
    }
    case ExprKind::BoolOp:
      visit_exprs(as<BoolOpExpr>(e).values);
      return;
    case ExprKind::BinOp: {
      auto& b = as<BinOpExpr>(e);
      visit_expr(*b.left);
      visit_expr(*b.right);
      return;
    }
    case ExprKind::UnaryOp:
      visit_expr(*as<UnaryOpExpr>(e).operand);
      return;
    case ExprKind::Lambda:
      visit_lambda(as<LambdaExpr>(e));
      return;
    case ExprKind::Yield:
    case ExprKind::YieldFrom: {
      if (!u_->block->function_block()) st_.error("'yield' outside function", e.span);
      if (e.kind == ExprKind::YieldFrom && u_->async_function) st_.error("'yield from' inside async function", e.span);
      bool in_handler = false;
      for (const FBlock& b : u_->fblocks)
        if (b.type != FB::WhileLoop && b.type != FB::ForLoop && b.type != FB::PopValue) in_handler = true;
      // (a finally body is compiled twice, the second time as a handler)
      if (e.kind == ExprKind::Yield)
        as<YieldExpr>(e).in_handler |= in_handler;
      else
        as<YieldFromExpr>(e).in_handler |= in_handler;
      Expr* value = e.kind == ExprKind::Yield ? as<YieldExpr>(e).value.get() : as<YieldFromExpr>(e).value.get();
      if (value) visit_expr(*value);
      return;
    }
    case ExprKind::IfExp: {
      auto& i = as<IfExpExpr>(e);
      visit_expr(*i.test);
      visit_expr(*i.body);
      visit_expr(*i.orelse);
      return;
    }
    case ExprKind::Dict: {
      auto& d = as<DictExpr>(e);
      for (size_t i = 0; i < d.values.size(); ++i) {
        if (d.keys[i]) visit_expr(*d.keys[i]);
        visit_expr(*d.values[i]);
      }
      return;
    }
    case ExprKind::Set:
      visit_elements(as<SetExpr>(e).elts);
      return;
    case ExprKind::ListComp: {
      auto& c = static_cast<ListCompExpr&>(e);
      visit_comprehension(c, *c.elt, nullptr);
      return;
    }
    case ExprKind::SetComp: {
      auto& c = static_cast<SetCompExpr&>(e);
      visit_comprehension(c, *c.elt, nullptr);
      return;
    }
    case ExprKind::GeneratorExp: {
      auto& c = static_cast<GeneratorExpExpr&>(e);
      visit_comprehension(c, *c.elt, nullptr);
      return;
    }
    case ExprKind::DictComp: {
      auto& c = static_cast<DictCompExpr&>(e);
      visit_comprehension(c, *c.key, c.value.get());
      return;
    }
    case ExprKind::Compare: {
      auto& c = as<CompareExpr>(e);
      check_compare(c);
      visit_expr(*c.left);
      visit_exprs(c.comparators);
      return;
    }
    case ExprKind::Call: {
      auto& c = as<CallExpr>(e);
      if (c.func->kind != ExprKind::Attribute) check_caller(*c.func);
      validate_keywords(c.keywords);
      visit_expr(*c.func);
      visit_elements(c.args);
      for (Keyword& k : c.keywords) visit_expr(*k.value);
      return;
    }
    case ExprKind::FormattedValue: {
      auto& f = as<FormattedValueExpr>(e);
      visit_expr(*f.value);
      if (f.format_spec) visit_expr(*f.format_spec);
      return;
    }
    case ExprKind::JoinedStr:
      visit_exprs(as<JoinedStrExpr>(e).values);
      return;
    case ExprKind::Constant:
      return;
    case ExprKind::Attribute: {
      auto& a = as<AttributeExpr>(e);
      visit_expr(*a.value);
      if (a.ctx == ExprContext::Store && a.attr == "__debug__") {
        if (loc_.line != a.span.end_line) {  // update_start_location_to_match_attr
          loc_.line = a.span.end_line;
          loc_.col = a.span.end_col - static_cast<int32_t>(a.attr.size());
        }
        st_.error("cannot assign to __debug__", loc_);
      }
      return;
    }
    case ExprKind::Subscript: {
      auto& s = as<SubscriptExpr>(e);
      if (s.ctx == ExprContext::Load) check_subscript(s);
      visit_expr(*s.value);
      visit_expr(*s.slice);
      return;
    }
    case ExprKind::Starred:
      if (as<StarredExpr>(e).ctx == ExprContext::Store)
        st_.error("starred assignment target must be in a list or tuple", loc_);
      st_.error("can't use starred expression here", loc_);
    case ExprKind::Slice: {
      auto& s = as<SliceExpr>(e);
      if (s.lower) visit_expr(*s.lower);
      if (s.upper) visit_expr(*s.upper);
      if (s.step) visit_expr(*s.step);
      return;
    }
    case ExprKind::Name:
      name_expr(as<NameExpr>(e));
      return;
    case ExprKind::List:
      visit_sequence(as<ListExpr>(e).elts, as<ListExpr>(e).ctx);
      return;
    case ExprKind::Tuple:
      visit_sequence(as<TupleExpr>(e).elts, as<TupleExpr>(e).ctx);
      return;
  }
}

}  // namespace pywalk::resolver_detail
