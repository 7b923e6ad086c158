// Helpers for resolver_test.cpp: a tiny AST builder (tests that need no
// parser) and check_consistency(), which walks a resolved AST and checks
// that every name is classified and that every slot and Env hop count
// points at the variable of that name, following the interpreter's rules
// (a scope with cellvars has its own Env whose parent is its closure; any
// other frame's current Env is its closure).
#pragma once

#include <gtest/gtest.h>

#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

#include "pywalk/ast.h"

namespace pywalk::resolver_test {

struct Build {
  Span sp{1, 0, 1, 1};

  std::unique_ptr<Module> module(std::vector<std::string> lines = {"x"}) {
    auto m = std::make_unique<Module>();
    m->filename = "<test>";
    m->lines = std::move(lines);
    return m;
  }
  ExprPtr name(const std::string& id, ExprContext ctx) {
    auto n = std::make_unique<NameExpr>(sp);
    n->id = id;
    n->ctx = ctx;
    return n;
  }
  ExprPtr load(const std::string& id) { return name(id, ExprContext::Load); }
  ExprPtr store(const std::string& id) { return name(id, ExprContext::Store); }
  ExprPtr num(int64_t v) {
    auto c = std::make_unique<ConstantExpr>(sp);
    c->const_kind = ConstKind::Int;
    c->int_value = v;
    return c;
  }
  ExprPtr binop(ExprPtr l, ExprPtr r) {
    auto b = std::make_unique<BinOpExpr>(sp);
    b->left = std::move(l);
    b->right = std::move(r);
    return b;
  }
  StmtPtr assign(ExprPtr target, ExprPtr value) {
    auto a = std::make_unique<AssignStmt>(sp);
    a->targets.push_back(std::move(target));
    a->value = std::move(value);
    return a;
  }
  StmtPtr ret(ExprPtr value) {
    auto r = std::make_unique<ReturnStmt>(sp);
    r->value = std::move(value);
    return r;
  }
  template <class... Body>
  StmtPtr def(const std::string& fname, const std::vector<std::string>& params, Body... body) {
    auto f = std::make_unique<FunctionDefStmt>(sp);
    f->name = fname;
    for (const std::string& p : params) f->args.args.push_back(Arg{p, nullptr, sp});
    (f->body.push_back(std::move(body)), ...);
    return f;
  }
  Comprehension gen(ExprPtr target, ExprPtr iter, ExprPtr cond) {
    Comprehension g;
    g.target = std::move(target);
    g.iter = std::move(iter);
    if (cond) g.ifs.push_back(std::move(cond));
    return g;
  }
  ExprPtr listcomp(ExprPtr elt, std::vector<Comprehension> gens) {
    auto c = std::make_unique<ListCompExpr>(sp);
    c->elt = std::move(elt);
    c->generators = std::move(gens);
    return c;
  }
};

class Checker {
 public:
  explicit Checker(const Module& m) {
    std::vector<const Scope*> todo{m.scope.get()};
    while (!todo.empty()) {
      const Scope* s = todo.back();
      todo.pop_back();
      for (const Scope* c : s->children) {
        parent_[c] = s;
        todo.push_back(c);
      }
    }
  }

  void body(const StmtList& list, const Scope* s) {
    for (const StmtPtr& st : list) stmt(*st, s);
  }

 private:
  std::unordered_map<const Scope*, const Scope*> parent_;

  static bool function_like(const Scope* s) {
    return s->kind == ScopeKind::Function || s->kind == ScopeKind::Lambda || s->kind == ScopeKind::Comprehension;
  }

  void check(const Scope* s, const std::string& id, NameScope sc, int32_t slot, int32_t hops,
             bool may_be_unregistered = false) {
    SCOPED_TRACE("name '" + id + "' in scope " + s->qualname);
    ASSERT_NE(sc, NameScope::Unresolved);
    const Symbol* sym = nullptr;
    for (const Symbol& x : s->symbols)
      if (x.name == id) sym = &x;
    ASSERT_NE(sym, nullptr);
    EXPECT_EQ(sym->scope, sc);
    switch (sc) {
      case NameScope::Local:
        if (function_like(s) && !(may_be_unregistered && slot == -1)) {
          ASSERT_GE(slot, 0);
          ASSERT_LT(slot, s->num_locals);
          EXPECT_EQ(s->varnames[static_cast<size_t>(slot)], id);
        } else if (!function_like(s)) {
          EXPECT_EQ(slot, -1);
        }
        break;
      case NameScope::Cell:
        ASSERT_GE(slot, 0);
        ASSERT_LT(static_cast<size_t>(slot), s->cellvars.size());
        EXPECT_EQ(s->cellvars[static_cast<size_t>(slot)], id);
        EXPECT_EQ(hops, 0);
        break;
      case NameScope::Free: {
        std::vector<const Scope*> envs;  // the Env chain seen from a frame of s
        for (const Scope* x = s; x; x = parent_.count(x) ? parent_[x] : nullptr)
          if (!x->cellvars.empty()) envs.push_back(x);
        ASSERT_GE(hops, 0);
        ASSERT_LT(static_cast<size_t>(hops), envs.size());
        const Scope* owner = envs[static_cast<size_t>(hops)];
        ASSERT_GE(slot, 0);
        ASSERT_LT(static_cast<size_t>(slot), owner->cellvars.size());
        EXPECT_EQ(owner->cellvars[static_cast<size_t>(slot)], id);
        EXPECT_NE(owner, s);
        EXPECT_NE(std::find(s->freevars.begin(), s->freevars.end(), id), s->freevars.end());
        EXPECT_EQ(sym->slot, slot);
        EXPECT_EQ(sym->hops, hops);
        break;
      }
      case NameScope::GlobalExplicit:
      case NameScope::GlobalImplicit:
        EXPECT_EQ(slot, -1);
        break;
      case NameScope::Unresolved:
        break;
    }
  }

  void exprs(const ExprList& list, const Scope* s) {
    for (const ExprPtr& e : list)
      if (e) expr(*e, s);
  }

  void arguments(const Arguments& a, const Scope* s) {
    exprs(a.defaults, s);
    exprs(a.kw_defaults, s);
  }

  void annotations(const Arguments& a, const Scope* s) {
    auto each = [&](const std::vector<Arg>& list) {
      for (const Arg& x : list)
        if (x.annotation) expr(*x.annotation, s);
    };
    each(a.posonlyargs);
    each(a.args);
    each(a.kwonlyargs);
    if (a.vararg && a.vararg->annotation) expr(*a.vararg->annotation, s);
    if (a.kwarg && a.kwarg->annotation) expr(*a.kwarg->annotation, s);
  }

  void stmt(const Stmt& st, const Scope* s) {
    switch (st.kind) {
      case StmtKind::FunctionDef: {
        const auto& f = as<FunctionDefStmt>(st);
        exprs(f.decorator_list, s);
        arguments(f.args, s);
        annotations(f.args, s);
        if (f.returns) expr(*f.returns, s);
        check(s, f.name, f.name_scope, f.name_slot, f.name_hops);
        body(f.body, f.scope.get());
        return;
      }
      case StmtKind::ClassDef: {
        const auto& c = as<ClassDefStmt>(st);
        exprs(c.decorator_list, s);
        exprs(c.bases, s);
        for (const Keyword& k : c.keywords) expr(*k.value, s);
        check(s, c.name, c.name_scope, c.name_slot, c.name_hops);
        body(c.body, c.scope.get());
        return;
      }
      case StmtKind::ExprStmt:
        expr(*as<ExprStmt>(st).value, s);
        return;
      case StmtKind::Assign:
        exprs(as<AssignStmt>(st).targets, s);
        expr(*as<AssignStmt>(st).value, s);
        return;
      case StmtKind::AugAssign:
        expr(*as<AugAssignStmt>(st).target, s);
        expr(*as<AugAssignStmt>(st).value, s);
        return;
      case StmtKind::AnnAssign: {
        const auto& a = as<AnnAssignStmt>(st);
        if (a.target->kind == ExprKind::Name) {
          const auto& n = as<NameExpr>(*a.target);
          if (a.value || n.scope != NameScope::Unresolved) check(s, n.id, n.scope, n.slot, n.hops, !a.value);
        } else {
          expr(*a.target, s);
        }
        if (a.value) expr(*a.value, s);
        return;
      }
      case StmtKind::Return:
        if (as<ReturnStmt>(st).value) expr(*as<ReturnStmt>(st).value, s);
        return;
      case StmtKind::If:
        expr(*as<IfStmt>(st).test, s);
        body(as<IfStmt>(st).body, s);
        body(as<IfStmt>(st).orelse, s);
        return;
      case StmtKind::While:
        expr(*as<WhileStmt>(st).test, s);
        body(as<WhileStmt>(st).body, s);
        body(as<WhileStmt>(st).orelse, s);
        return;
      case StmtKind::For:
        expr(*as<ForStmt>(st).target, s);
        expr(*as<ForStmt>(st).iter, s);
        body(as<ForStmt>(st).body, s);
        body(as<ForStmt>(st).orelse, s);
        return;
      case StmtKind::Break:
      case StmtKind::Continue:
      case StmtKind::Pass:
      case StmtKind::Global:
      case StmtKind::Nonlocal:
        return;
      case StmtKind::Delete:
        exprs(as<DeleteStmt>(st).targets, s);
        return;
      case StmtKind::Assert:
        expr(*as<AssertStmt>(st).test, s);
        if (as<AssertStmt>(st).msg) expr(*as<AssertStmt>(st).msg, s);
        return;
      case StmtKind::Raise:
        if (as<RaiseStmt>(st).exc) expr(*as<RaiseStmt>(st).exc, s);
        if (as<RaiseStmt>(st).cause) expr(*as<RaiseStmt>(st).cause, s);
        return;
      case StmtKind::Try: {
        const auto& t = as<TryStmt>(st);
        body(t.body, s);
        for (const ExceptHandler& h : t.handlers) {
          if (h.type) expr(*h.type, s);
          if (!h.name.empty()) check(s, h.name, h.name_scope, h.name_slot, h.name_hops);
          body(h.body, s);
        }
        body(t.orelse, s);
        body(t.finalbody, s);
        return;
      }
      case StmtKind::With:
        for (const WithItem& w : as<WithStmt>(st).items) {
          expr(*w.context_expr, s);
          if (w.optional_vars) expr(*w.optional_vars, s);
        }
        body(as<WithStmt>(st).body, s);
        return;
      case StmtKind::Import:
        for (const Alias& a : as<ImportStmt>(st).names) {
          std::string bound = a.asname.empty() ? a.name.substr(0, a.name.find('.')) : a.asname;
          check(s, bound, a.name_scope, a.name_slot, a.name_hops);
        }
        return;
      case StmtKind::ImportFrom:
        for (const Alias& a : as<ImportFromStmt>(st).names)
          if (a.name != "*") check(s, a.asname.empty() ? a.name : a.asname, a.name_scope, a.name_slot, a.name_hops);
        return;
    }
  }

  void comprehension(const ComprehensionBase& c, const Scope* s, const Expr* a, const Expr* b) {
    const Scope* inner = c.scope.get();
    for (size_t i = 0; i < c.generators.size(); ++i) {
      const Comprehension& g = c.generators[i];
      expr(*g.iter, i == 0 ? s : inner);
      expr(*g.target, inner);
      exprs(g.ifs, inner);
    }
    if (a) expr(*a, inner);
    if (b) expr(*b, inner);
  }

  void expr(const Expr& e, const Scope* s) {
    switch (e.kind) {
      case ExprKind::Name: {
        const auto& n = as<NameExpr>(e);
        check(s, n.id, n.scope, n.slot, n.hops);
        return;
      }
      case ExprKind::Constant:
        return;
      case ExprKind::BinOp:
        expr(*as<BinOpExpr>(e).left, s);
        expr(*as<BinOpExpr>(e).right, s);
        return;
      case ExprKind::UnaryOp:
        expr(*as<UnaryOpExpr>(e).operand, s);
        return;
      case ExprKind::BoolOp:
        exprs(as<BoolOpExpr>(e).values, s);
        return;
      case ExprKind::Compare:
        expr(*as<CompareExpr>(e).left, s);
        exprs(as<CompareExpr>(e).comparators, s);
        return;
      case ExprKind::IfExp:
        expr(*as<IfExpExpr>(e).test, s);
        expr(*as<IfExpExpr>(e).body, s);
        expr(*as<IfExpExpr>(e).orelse, s);
        return;
      case ExprKind::NamedExpr:
        expr(*as<NamedExprExpr>(e).value, s);
        expr(*as<NamedExprExpr>(e).target, s);
        return;
      case ExprKind::Call:
        expr(*as<CallExpr>(e).func, s);
        exprs(as<CallExpr>(e).args, s);
        for (const Keyword& k : as<CallExpr>(e).keywords) expr(*k.value, s);
        return;
      case ExprKind::Attribute:
        expr(*as<AttributeExpr>(e).value, s);
        return;
      case ExprKind::Subscript:
        expr(*as<SubscriptExpr>(e).value, s);
        expr(*as<SubscriptExpr>(e).slice, s);
        return;
      case ExprKind::Slice:
        if (as<SliceExpr>(e).lower) expr(*as<SliceExpr>(e).lower, s);
        if (as<SliceExpr>(e).upper) expr(*as<SliceExpr>(e).upper, s);
        if (as<SliceExpr>(e).step) expr(*as<SliceExpr>(e).step, s);
        return;
      case ExprKind::Starred:
        expr(*as<StarredExpr>(e).value, s);
        return;
      case ExprKind::Tuple:
        exprs(as<TupleExpr>(e).elts, s);
        return;
      case ExprKind::List:
        exprs(as<ListExpr>(e).elts, s);
        return;
      case ExprKind::Set:
        exprs(as<SetExpr>(e).elts, s);
        return;
      case ExprKind::Dict:
        exprs(as<DictExpr>(e).keys, s);
        exprs(as<DictExpr>(e).values, s);
        return;
      case ExprKind::ListComp:
        comprehension(static_cast<const ComprehensionBase&>(e), s, static_cast<const ListCompExpr&>(e).elt.get(),
                      nullptr);
        return;
      case ExprKind::SetComp:
        comprehension(static_cast<const ComprehensionBase&>(e), s, static_cast<const SetCompExpr&>(e).elt.get(),
                      nullptr);
        return;
      case ExprKind::GeneratorExp:
        comprehension(static_cast<const ComprehensionBase&>(e), s, static_cast<const GeneratorExpExpr&>(e).elt.get(),
                      nullptr);
        return;
      case ExprKind::DictComp:
        comprehension(static_cast<const ComprehensionBase&>(e), s, static_cast<const DictCompExpr&>(e).key.get(),
                      static_cast<const DictCompExpr&>(e).value.get());
        return;
      case ExprKind::Lambda:
        arguments(as<LambdaExpr>(e).args, s);
        expr(*as<LambdaExpr>(e).body, as<LambdaExpr>(e).scope.get());
        return;
      case ExprKind::Yield:
        if (as<YieldExpr>(e).value) expr(*as<YieldExpr>(e).value, s);
        return;
      case ExprKind::YieldFrom:
        expr(*as<YieldFromExpr>(e).value, s);
        return;
      case ExprKind::JoinedStr:
        exprs(as<JoinedStrExpr>(e).values, s);
        return;
      case ExprKind::FormattedValue:
        expr(*as<FormattedValueExpr>(e).value, s);
        if (as<FormattedValueExpr>(e).format_spec) expr(*as<FormattedValueExpr>(e).format_spec, s);
        return;
    }
  }
};

inline void check_consistency(const Module& m) {
  ASSERT_NE(m.scope, nullptr);
  Checker(m).body(m.body, m.scope.get());
}

}  // namespace pywalk::resolver_test
