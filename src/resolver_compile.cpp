// The resolver's third pass: walks the AST in the order CPython 3.11's
// compiler (Python/compile.c) emits code, which fixes
//  * co_varnames and the frame slots: parameters, then each plain local in
//    the order its first name operation is compiled (the value of an
//    assignment before its targets, a try's `else` before its handlers, a
//    `finally` body wherever a return/break/continue unwinds through it);
//  * the compiler's SyntaxErrors, first one wins, with its location:
//    'return' outside function, 'break' outside loop, 'continue' not
//    properly in loop, starred assignment targets, repeated keyword
//    arguments, assignments to __debug__, default 'except:' must be last,
//    too many statically nested blocks, misplaced async constructs;
// and writes every name's classification and slot onto the AST.
//
// Nested function bodies are compiled where CPython compiles them (a def's
// body after its defaults and annotations, a comprehension's body before
// its first iterable), and as often: a `finally` body is compiled once per
// exit path, as CPython does (the same cost, the same warnings).
#include "resolver_compile.h"

#include <fmt/format.h>

namespace pywalk::resolver_detail {

void CompileWalk::run() {
  Unit top;
  top.block = st_.top();
  u_ = &top;
  for (StmtPtr& s : st_.module.body) visit_stmt(*s);
  for (auto& b : st_.blocks) finish(b.get());
}

Block* CompileWalk::block_of(const Scope* s) const {
  auto it = st_.by_scope.find(s);
  return it == st_.by_scope.end() ? nullptr : it->second;
}

void CompileWalk::finish(Block* b) {
  Scope* s = b->scope;
  s->num_locals = static_cast<int32_t>(s->varnames.size());
  if (!b->function_block()) return;
  for (Symbol& sym : s->symbols) {
    if (sym.scope != NameScope::Local) continue;
    auto it = b->var_index.find(sym.name);
    sym.slot = it == b->var_index.end() ? -1 : it->second;
  }
}

// compiler_nameop: classifies `name` in the current unit and, for a plain
// local of a function, gives it its frame slot (registering it in
// co_varnames on first use unless `register_local` is false).
void CompileWalk::nameop(const std::string& raw, ExprContext ctx, NameScope& scope, int32_t& slot, int32_t& hops,
                         bool register_local) {
  if (raw == "__debug__") {
    if (ctx == ExprContext::Store) st_.error("cannot assign to __debug__", loc_);
    if (ctx == ExprContext::Del) st_.error("cannot delete __debug__", loc_);
  }
  std::string name = mangle(u_->private_name, raw);
  Block* b = u_->block;
  Symbol* sym = b->lookup(name);
  scope = sym ? sym->scope : NameScope::GlobalImplicit;
  slot = -1;
  hops = 0;
  switch (scope) {
    case NameScope::Local:
      if (b->function_block()) {
        auto it = b->var_index.find(name);
        if (it != b->var_index.end()) {
          slot = it->second;
        } else if (register_local) {
          slot = static_cast<int32_t>(b->scope->varnames.size());
          b->var_index.emplace(name, slot);
          b->scope->varnames.push_back(name);
        }
      }
      break;
    case NameScope::Cell:
      slot = b->cell_index[name];
      break;
    case NameScope::Free: {
      const SlotRef& ref = b->free_slot[name];
      slot = ref.slot;
      hops = ref.hops;
      break;
    }
    case NameScope::GlobalExplicit:
    case NameScope::GlobalImplicit:
    case NameScope::Unresolved:
      break;
  }
}

void CompileWalk::name_expr(NameExpr& n, bool register_local) {
  nameop(n.id, n.ctx, n.scope, n.slot, n.hops, register_local);
}

void CompileWalk::check_debug_args(const Arguments& a) {
  auto check = [&](const Arg& arg) {
    if (arg.name == "__debug__") st_.error("cannot assign to __debug__", loc_);
  };
  for (const Arg& arg : a.posonlyargs) check(arg);
  for (const Arg& arg : a.args) check(arg);
  if (a.vararg) check(*a.vararg);
  for (const Arg& arg : a.kwonlyargs) check(arg);
  if (a.kwarg) check(*a.kwarg);
}

void CompileWalk::push_fblock(FB type, StmtList* finalbody) {
  if (u_->fblocks.size() >= kMaxBlocks) st_.error("too many statically nested blocks", loc_);
  u_->fblocks.push_back(FBlock{type, finalbody});
}

// compiler_unwind_fblock_stack: what a return/break/continue leaves.
// `finally` bodies on the way are compiled right there. Returns whether a
// loop was found (when looking for one).
bool CompileWalk::unwind(bool preserve_tos, bool want_loop) {
  auto& fb = u_->fblocks;
  if (fb.empty()) return false;
  FBlock top = fb.back();
  if (want_loop && (top.type == FB::WhileLoop || top.type == FB::ForLoop)) return true;
  fb.pop_back();
  if (top.type == FB::FinallyTry) {
    if (preserve_tos) push_fblock(FB::PopValue);
    visit_body(*top.finalbody);
    if (preserve_tos) pop_fblock();
  }
  bool found = unwind(preserve_tos, want_loop);
  fb.push_back(top);
  return found;
}

void CompileWalk::visit_body(StmtList& body) {
  for (StmtPtr& s : body) visit_stmt(*s);
}

void CompileWalk::visit_stmt(Stmt& s) {
  loc_ = s.span;
  switch (s.kind) {
    case StmtKind::FunctionDef: {
      auto& f = as<FunctionDefStmt>(s);
      check_debug_args(f.args);
      visit_exprs(f.decorator_list);
      visit_defaults(f.args);
      visit_arg_annotations(f.args, f.returns.get());
      in_unit(f.scope.get(), [&] { visit_body(f.body); });
      nameop(f.name, ExprContext::Store, f.name_scope, f.name_slot, f.name_hops);
      return;
    }
    case StmtKind::ClassDef: {
      auto& c = as<ClassDefStmt>(s);
      visit_exprs(c.decorator_list);
      in_unit(c.scope.get(), [&] { visit_body(c.body); });
      call_helper(c.bases, c.keywords);
      nameop(c.name, ExprContext::Store, c.name_scope, c.name_slot, c.name_hops);
      return;
    }
    case StmtKind::Return: {
      auto& r = as<ReturnStmt>(s);
      if (!u_->block->function_block()) st_.error("'return' outside function", s.span);
      bool preserve_tos = r.value && r.value->kind != ExprKind::Constant;
      if (preserve_tos) visit_expr(*r.value);
      unwind(preserve_tos, false);
      return;
    }
    case StmtKind::Delete:
      visit_exprs(as<DeleteStmt>(s).targets);
      return;
    case StmtKind::Assign: {
      auto& a = as<AssignStmt>(s);
      visit_expr(*a.value);
      visit_exprs(a.targets);
      return;
    }
    case StmtKind::AugAssign:
      visit_aug_assign(as<AugAssignStmt>(s));
      return;
    case StmtKind::AnnAssign:
      visit_ann_assign(as<AnnAssignStmt>(s));
      return;
    case StmtKind::For: {
      auto& f = as<ForStmt>(s);
      if (f.is_async && !u_->async_function) st_.error("'async for' outside async function", s.span);
      visit_expr(*f.iter);
      push_fblock(FB::ForLoop);
      visit_expr(*f.target);
      visit_body(f.body);
      pop_fblock();
      visit_body(f.orelse);
      return;
    }
    case StmtKind::While: {
      auto& w = as<WhileStmt>(s);
      push_fblock(FB::WhileLoop);
      visit_expr(*w.test);
      visit_body(w.body);
      loc_ = s.span;
      visit_expr(*w.test);  // CPython compiles the test again at the bottom of the loop
      pop_fblock();
      visit_body(w.orelse);
      return;
    }
    case StmtKind::If: {
      auto& i = as<IfStmt>(s);
      visit_expr(*i.test);
      visit_body(i.body);
      visit_body(i.orelse);
      return;
    }
    case StmtKind::Raise: {
      auto& r = as<RaiseStmt>(s);
      if (r.exc) visit_expr(*r.exc);
      if (r.cause) visit_expr(*r.cause);
      return;
    }
    case StmtKind::Try: {
      auto& t = as<TryStmt>(s);
      if (t.finalbody.empty())
        try_except(t);
      else
        try_finally(t);
      return;
    }
    case StmtKind::Assert: {
      auto& a = as<AssertStmt>(s);
      check_assert(a);
      visit_expr(*a.test);
      if (a.msg) visit_expr(*a.msg);
      return;
    }
    case StmtKind::Import:
      for (Alias& a : as<ImportStmt>(s).names) {
        const std::string& bound = a.asname.empty() ? a.name.substr(0, a.name.find('.')) : a.asname;
        nameop(bound, ExprContext::Store, a.name_scope, a.name_slot, a.name_hops);
      }
      return;
    case StmtKind::ImportFrom:
      for (Alias& a : as<ImportFromStmt>(s).names) {
        if (a.name == "*") continue;
        nameop(a.asname.empty() ? a.name : a.asname, ExprContext::Store, a.name_scope, a.name_slot, a.name_hops);
      }
      return;
    case StmtKind::Global:
    case StmtKind::Nonlocal:
    case StmtKind::Pass:
      return;
    case StmtKind::Break:
      if (!unwind(false, true)) {
        loc_ = s.span;
        st_.error("'break' outside loop", s.span);
      }
      return;
    case StmtKind::Continue:
      if (!unwind(false, true)) st_.error("'continue' not properly in loop", s.span);
      return;
    case StmtKind::ExprStmt:
      visit_expr(*as<ExprStmt>(s).value);
      return;
    case StmtKind::With:
      with_item(as<WithStmt>(s), 0);
      return;
  }
}

void CompileWalk::visit_defaults(Arguments& a) {
  visit_exprs(a.defaults);
  for (ExprPtr& d : a.kw_defaults)
    if (d) visit_expr(*d);
}

void CompileWalk::visit_annotation(Expr* e) {
  if (!e) return;
  if (e->kind == ExprKind::Starred)
    visit_expr(*as<StarredExpr>(*e).value);
  else
    visit_expr(*e);
}

void CompileWalk::visit_arg_annotations(Arguments& a, Expr* returns) {
  for (Arg& arg : a.args) visit_annotation(arg.annotation.get());
  for (Arg& arg : a.posonlyargs) visit_annotation(arg.annotation.get());
  if (a.vararg) visit_annotation(a.vararg->annotation.get());
  for (Arg& arg : a.kwonlyargs) visit_annotation(arg.annotation.get());
  if (a.kwarg) visit_annotation(a.kwarg->annotation.get());
  visit_annotation(returns);
}

void CompileWalk::visit_aug_assign(AugAssignStmt& a) {
  Expr& t = *a.target;
  if (t.kind == ExprKind::Attribute) {
    visit_expr(*as<AttributeExpr>(t).value);
  } else if (t.kind == ExprKind::Subscript) {
    auto& sub = as<SubscriptExpr>(t);
    visit_expr(*sub.value);
    visit_expr(*sub.slice);
  } else if (t.kind == ExprKind::Name) {
    loc_ = t.span;
    auto& n = as<NameExpr>(t);
    nameop(n.id, ExprContext::Load, n.scope, n.slot, n.hops);
    loc_ = a.span;
  }
  visit_expr(*a.value);
  if (t.kind == ExprKind::Name) {
    loc_ = t.span;
    name_expr(as<NameExpr>(t));
  }
}

void CompileWalk::visit_ann_assign(AnnAssignStmt& a) {
  const bool namespace_scope = !u_->block->function_block();
  Expr& t = *a.target;
  if (a.value) {
    visit_expr(*a.value);
    visit_expr(t);
  }
  switch (t.kind) {
    case ExprKind::Name:
      if (!a.value) name_expr(as<NameExpr>(t), false);
      if (as<NameExpr>(t).id == "__debug__") st_.error("cannot assign to __debug__", loc_);
      if (a.simple && namespace_scope) visit_expr(*a.annotation);
      break;
    case ExprKind::Attribute:
      if (as<AttributeExpr>(t).attr == "__debug__") st_.error("cannot assign to __debug__", loc_);
      if (!a.value) visit_expr(*as<AttributeExpr>(t).value);
      break;
    case ExprKind::Subscript:
      if (!a.value) {
        visit_expr(*as<SubscriptExpr>(t).value);
        visit_ann_subscript(*as<SubscriptExpr>(t).slice);
      }
      break;
    default:
      break;
  }
  if (!a.simple && namespace_scope) visit_expr(*a.annotation);
}

void CompileWalk::visit_ann_subscript(Expr& e) {
  if (e.kind == ExprKind::Slice) {
    auto& s = as<SliceExpr>(e);
    if (s.lower) visit_expr(*s.lower);
    if (s.upper) visit_expr(*s.upper);
    if (s.step) visit_expr(*s.step);
  } else if (e.kind == ExprKind::Tuple) {
    for (ExprPtr& x : as<TupleExpr>(e).elts) visit_ann_subscript(*x);
  } else {
    visit_expr(e);
  }
}

void CompileWalk::with_item(WithStmt& w, size_t pos) {
  WithItem& item = w.items[pos];
  visit_expr(*item.context_expr);
  push_fblock(FB::With);
  if (item.optional_vars) visit_expr(*item.optional_vars);
  if (pos + 1 == w.items.size())
    visit_body(w.body);
  else
    with_item(w, pos + 1);
  pop_fblock();
}

void CompileWalk::try_finally(TryStmt& t) {
  push_fblock(FB::FinallyTry, &t.finalbody);
  if (t.handlers.empty())
    visit_body(t.body);
  else
    try_except(t);
  pop_fblock();
  visit_body(t.finalbody);
  // The exceptional path compiles the finally body once more, one block
  // deeper (same names; its warnings are printed twice, as CPython does).
  push_fblock(FB::FinallyEnd);
  visit_body(t.finalbody);
  pop_fblock();
}

void CompileWalk::try_except(TryStmt& t) {
  loc_ = t.span;
  push_fblock(FB::TryExcept);
  visit_body(t.body);
  pop_fblock();
  visit_body(t.orelse);
  push_fblock(FB::ExceptionHandler);
  for (size_t i = 0; i < t.handlers.size(); ++i) {
    ExceptHandler& h = t.handlers[i];
    loc_ = h.span;
    if (!h.type && i + 1 < t.handlers.size()) st_.error("default 'except:' must be last", h.span);
    if (h.type) visit_expr(*h.type);
    if (!h.name.empty()) nameop(h.name, ExprContext::Store, h.name_scope, h.name_slot, h.name_hops);
    push_fblock(FB::HandlerCleanup);
    visit_body(h.body);
    pop_fblock();
  }
  pop_fblock();
}

void compile_walk(ResolverState& state) {
  CompileWalk(state).run();
}

}  // namespace pywalk::resolver_detail
