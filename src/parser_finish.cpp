// Handing the final tree over: child-slot iteration over every node kind,
// the reachability walk that moves the nodes of the final tree into the
// Module (their parents' unique_ptrs) and frees the rest of the arena.
#include "pywalk/parser_impl.h"

namespace pywalk::peg {

// ---------------------------------------------------------------- finishing

namespace {

// Calls f(ExprPtr&) / g(StmtPtr&) for every child slot of a node.
template <class FE, class FS>
void for_each_slot(Expr* e, FE&& f, FS&& g) {
  auto list = [&](ExprList& l) {
    for (ExprPtr& c : l) f(c);
  };
  auto args = [&](Arguments& a) {
    for (Arg& x : a.posonlyargs) f(x.annotation);
    for (Arg& x : a.args) f(x.annotation);
    list(a.defaults);
    if (a.vararg) f(a.vararg->annotation);
    for (Arg& x : a.kwonlyargs) f(x.annotation);
    list(a.kw_defaults);
    if (a.kwarg) f(a.kwarg->annotation);
  };
  auto comps = [&](std::vector<Comprehension>& cs) {
    for (Comprehension& c : cs) {
      f(c.target);
      f(c.iter);
      list(c.ifs);
    }
  };
  (void)g;
  switch (e->kind) {
    case ExprKind::Constant:
    case ExprKind::Name:
      return;
    case ExprKind::BinOp: {
      auto& n = as<BinOpExpr>(*e);
      f(n.left);
      f(n.right);
      return;
    }
    case ExprKind::UnaryOp:
      f(as<UnaryOpExpr>(*e).operand);
      return;
    case ExprKind::BoolOp:
      list(as<BoolOpExpr>(*e).values);
      return;
    case ExprKind::Compare: {
      auto& n = as<CompareExpr>(*e);
      f(n.left);
      list(n.comparators);
      return;
    }
    case ExprKind::IfExp: {
      auto& n = as<IfExpExpr>(*e);
      f(n.test);
      f(n.body);
      f(n.orelse);
      return;
    }
    case ExprKind::NamedExpr: {
      auto& n = as<NamedExprExpr>(*e);
      f(n.target);
      f(n.value);
      return;
    }
    case ExprKind::Call: {
      auto& n = as<CallExpr>(*e);
      f(n.func);
      list(n.args);
      for (Keyword& k : n.keywords) f(k.value);
      return;
    }
    case ExprKind::Attribute:
      f(as<AttributeExpr>(*e).value);
      return;
    case ExprKind::Subscript: {
      auto& n = as<SubscriptExpr>(*e);
      f(n.value);
      f(n.slice);
      return;
    }
    case ExprKind::Slice: {
      auto& n = as<SliceExpr>(*e);
      f(n.lower);
      f(n.upper);
      f(n.step);
      return;
    }
    case ExprKind::Starred:
      f(as<StarredExpr>(*e).value);
      return;
    case ExprKind::Tuple:
      list(as<TupleExpr>(*e).elts);
      return;
    case ExprKind::List:
      list(as<ListExpr>(*e).elts);
      return;
    case ExprKind::Set:
      list(as<SetExpr>(*e).elts);
      return;
    case ExprKind::Dict: {
      auto& n = as<DictExpr>(*e);
      list(n.keys);
      list(n.values);
      return;
    }
    case ExprKind::ListComp: {
      auto& n = as<ListCompExpr>(*e);
      f(n.elt);
      comps(n.generators);
      return;
    }
    case ExprKind::SetComp: {
      auto& n = as<SetCompExpr>(*e);
      f(n.elt);
      comps(n.generators);
      return;
    }
    case ExprKind::GeneratorExp: {
      auto& n = as<GeneratorExpExpr>(*e);
      f(n.elt);
      comps(n.generators);
      return;
    }
    case ExprKind::DictComp: {
      auto& n = as<DictCompExpr>(*e);
      f(n.key);
      f(n.value);
      comps(n.generators);
      return;
    }
    case ExprKind::Lambda: {
      auto& n = as<LambdaExpr>(*e);
      args(n.args);
      f(n.body);
      return;
    }
    case ExprKind::Yield:
      f(as<YieldExpr>(*e).value);
      return;
    case ExprKind::YieldFrom:
      f(as<YieldFromExpr>(*e).value);
      return;
    case ExprKind::JoinedStr:
      list(as<JoinedStrExpr>(*e).values);
      return;
    case ExprKind::FormattedValue: {
      auto& n = as<FormattedValueExpr>(*e);
      f(n.value);
      f(n.format_spec);
      return;
    }
  }
}

template <class FE, class FS>
void for_each_slot(Stmt* s, FE&& f, FS&& g) {
  auto list = [&](ExprList& l) {
    for (ExprPtr& c : l) f(c);
  };
  auto body = [&](StmtList& l) {
    for (StmtPtr& c : l) g(c);
  };
  auto args = [&](Arguments& a) {
    for (Arg& x : a.posonlyargs) f(x.annotation);
    for (Arg& x : a.args) f(x.annotation);
    list(a.defaults);
    if (a.vararg) f(a.vararg->annotation);
    for (Arg& x : a.kwonlyargs) f(x.annotation);
    list(a.kw_defaults);
    if (a.kwarg) f(a.kwarg->annotation);
  };
  switch (s->kind) {
    case StmtKind::ExprStmt:
      f(as<ExprStmt>(*s).value);
      return;
    case StmtKind::Assign: {
      auto& n = as<AssignStmt>(*s);
      list(n.targets);
      f(n.value);
      return;
    }
    case StmtKind::AugAssign: {
      auto& n = as<AugAssignStmt>(*s);
      f(n.target);
      f(n.value);
      return;
    }
    case StmtKind::AnnAssign: {
      auto& n = as<AnnAssignStmt>(*s);
      f(n.target);
      f(n.annotation);
      f(n.value);
      return;
    }
    case StmtKind::FunctionDef: {
      auto& n = as<FunctionDefStmt>(*s);
      list(n.decorator_list);
      args(n.args);
      f(n.returns);
      body(n.body);
      return;
    }
    case StmtKind::ClassDef: {
      auto& n = as<ClassDefStmt>(*s);
      list(n.decorator_list);
      list(n.bases);
      for (Keyword& k : n.keywords) f(k.value);
      body(n.body);
      return;
    }
    case StmtKind::Return:
      f(as<ReturnStmt>(*s).value);
      return;
    case StmtKind::If: {
      auto& n = as<IfStmt>(*s);
      f(n.test);
      body(n.body);
      body(n.orelse);
      return;
    }
    case StmtKind::While: {
      auto& n = as<WhileStmt>(*s);
      f(n.test);
      body(n.body);
      body(n.orelse);
      return;
    }
    case StmtKind::For: {
      auto& n = as<ForStmt>(*s);
      f(n.target);
      f(n.iter);
      body(n.body);
      body(n.orelse);
      return;
    }
    case StmtKind::Break:
    case StmtKind::Continue:
    case StmtKind::Pass:
    case StmtKind::Global:
    case StmtKind::Nonlocal:
    case StmtKind::Import:
    case StmtKind::ImportFrom:
      return;
    case StmtKind::Delete:
      list(as<DeleteStmt>(*s).targets);
      return;
    case StmtKind::Assert: {
      auto& n = as<AssertStmt>(*s);
      f(n.test);
      f(n.msg);
      return;
    }
    case StmtKind::Raise: {
      auto& n = as<RaiseStmt>(*s);
      f(n.exc);
      f(n.cause);
      return;
    }
    case StmtKind::Try: {
      auto& n = as<TryStmt>(*s);
      body(n.body);
      for (ExceptHandler& h : n.handlers) {
        f(h.type);
        body(h.body);
      }
      body(n.orelse);
      body(n.finalbody);
      return;
    }
    case StmtKind::With: {
      auto& n = as<WithStmt>(*s);
      for (WithItem& w : n.items) {
        f(w.context_expr);
        f(w.optional_vars);
      }
      body(n.body);
      return;
    }
  }
}

}  // namespace

void release_children(Expr* e) {
  for_each_slot(
      e, [](ExprPtr& p) { (void)p.release(); }, [](StmtPtr& p) { (void)p.release(); });
}

void release_children(Stmt* s) {
  for_each_slot(
      s, [](ExprPtr& p) { (void)p.release(); }, [](StmtPtr& p) { (void)p.release(); });
}

namespace {

// Walks the final tree without recursion (deep expressions are legal):
// collects every reachable node; a node reached twice would have two owners.
struct Reach {
  std::unordered_set<const void*> seen;
  std::vector<Expr*> exprs;
  std::vector<Stmt*> stmts;
  bool shared = false;

  void add(Expr* e) {
    if (!e) return;
    if (!seen.insert(e).second) {
      shared = true;
      return;
    }
    exprs.push_back(e);
  }
  void add(Stmt* s) {
    if (!s) return;
    if (!seen.insert(s).second) {
      shared = true;
      return;
    }
    stmts.push_back(s);
  }
  void run() {
    size_t ei = 0, si = 0;
    while (ei < exprs.size() || si < stmts.size()) {
      while (si < stmts.size()) {
        Stmt* s = stmts[si++];
        for_each_slot(
            s, [&](ExprPtr& p) { add(p.get()); }, [&](StmtPtr& p) { add(p.get()); });
      }
      while (ei < exprs.size()) {
        Expr* e = exprs[ei++];
        for_each_slot(
            e, [&](ExprPtr& p) { add(p.get()); }, [&](StmtPtr& p) { add(p.get()); });
      }
    }
  }
};

}  // namespace

void Parser::finish_module(Module& m, StmtSeq* body) {
  Reach reach;
  for (Stmt* s : *body) reach.add(s);
  reach.run();
  if (reach.shared) {
    RaisedError e;
    e.type = "SyntaxError";
    e.msg = "pywalk internal error: an AST node has two parents";
    throw e;
  }
  // Unsupported constructs that made it into the tree.
  const std::string* feature = nullptr;
  Span at{};
  auto consider = [&](const void* n, Span s) {
    auto it = unsupported.find(n);
    if (it == unsupported.end()) return;
    if (!feature || s.line < at.line || (s.line == at.line && s.col < at.col)) {
      feature = &it->second;
      at = s;
    }
  };
  if (!unsupported.empty()) {
    for (Expr* e : reach.exprs) consider(e, e->span);
    for (Stmt* s : reach.stmts) consider(s, s->span);
  }
  std::string feature_text = feature ? *feature : std::string();
  for (Stmt* s : *body) m.body.emplace_back(s);
  for (Expr*& e : expr_nodes_) {
    if (reach.seen.count(e)) e = nullptr;
  }
  for (Stmt*& s : stmt_nodes_) {
    if (reach.seen.count(s)) s = nullptr;
  }
  if (!feature_text.empty()) {
    throw CompileError(
        "NotImplementedError", feature_text, m.filename, at.line, at.col + 1, at.end_line, at.end_col + 1,
        at.line >= 1 && at.line <= static_cast<int>(m.lines.size()) ? m.lines[at.line - 1] : std::string());
  }
}

void adopt_subtree(std::vector<Expr*>& into_exprs, std::vector<Stmt*>& into_stmts, Expr* root) {
  Reach reach;
  reach.add(root);
  reach.run();
  into_exprs.insert(into_exprs.end(), reach.exprs.begin(), reach.exprs.end());
  into_stmts.insert(into_stmts.end(), reach.stmts.begin(), reach.stmts.end());
}

ExprPtr Parser::finish_expr(Expr* e) {
  Reach reach;
  reach.add(e);
  reach.run();
  for (Expr*& n : expr_nodes_) {
    if (reach.seen.count(n)) n = nullptr;
  }
  for (Stmt*& s : stmt_nodes_) {
    if (reach.seen.count(s)) s = nullptr;
  }
  return ExprPtr(e);
}

}  // namespace pywalk::peg
