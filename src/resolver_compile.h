// The resolver's third pass, CompileWalk (resolver_compile.cpp for
// statements, resolver_compile_expr.cpp for expressions): walks the AST in
// the order CPython 3.11's compiler (Python/compile.c) emits code, which
// fixes co_varnames and the frame slots, raises the compiler's
// SyntaxErrors in CPython's order, and writes every name's classification
// and slot onto the AST. See resolver_internal.h.
#pragma once

#include <string>
#include <vector>

#include "resolver_internal.h"

namespace pywalk::resolver_detail {

constexpr size_t kMaxBlocks = 20;  // CPython's CO_MAXBLOCKS

enum class FB : uint8_t {
  WhileLoop,
  ForLoop,
  TryExcept,
  FinallyTry,
  FinallyEnd,
  With,
  HandlerCleanup,
  PopValue,
  ExceptionHandler
};

struct FBlock {
  FB type;
  StmtList* finalbody = nullptr;  // FinallyTry
};

struct Unit {
  Block* block = nullptr;
  std::vector<FBlock> fblocks;
  std::string private_name;  // the enclosing class name, for mangling
  bool async_function = false;
};

class CompileWalk {
 public:
  explicit CompileWalk(ResolverState& st) : st_(st) {}
  void run();

 private:
  ResolverState& st_;
  Unit* u_ = nullptr;
  Span loc_;  // CPython's current location (c->u->u_lineno...)

  // Compiles a nested scope's body in its own unit (again each time CPython
  // compiles it again, e.g. in a `finally` body: the same varnames, but the
  // warnings again).
  template <class F>
  void in_unit(const Scope* scope, F&& body) {
    Block* b = block_of(scope);
    if (!b) return;
    Unit unit;
    unit.block = b;
    unit.private_name = b->kind == ScopeKind::Class ? b->scope->name : u_->private_name;
    unit.async_function = b->kind == ScopeKind::Function && b->def && b->def->is_async;
    Unit* saved = u_;
    Span saved_loc = loc_;
    u_ = &unit;
    body();
    u_ = saved;
    loc_ = saved_loc;
  }
  Block* block_of(const Scope* s) const;
  static void finish(Block* b);

  // names
  // compiler_nameop: classifies `name` in the current unit and, for a plain
  // local of a function, gives it its frame slot (registering it in
  // co_varnames on first use unless `register_local` is false).
  void nameop(const std::string& raw, ExprContext ctx, NameScope& scope, int32_t& slot, int32_t& hops,
              bool register_local = true);
  void name_expr(NameExpr& n, bool register_local = true);
  void check_debug_args(const Arguments& a);

  // blocks
  void push_fblock(FB type, StmtList* finalbody = nullptr);
  void pop_fblock() { u_->fblocks.pop_back(); }
  // compiler_unwind_fblock_stack: what a return/break/continue leaves.
  // `finally` bodies on the way are compiled right there. Returns whether a
  // loop was found (when looking for one).
  bool unwind(bool preserve_tos, bool want_loop);

  // statements (resolver_compile.cpp)
  void visit_body(StmtList& body);
  void visit_stmt(Stmt& s);
  void visit_defaults(Arguments& a);
  void visit_annotation(Expr* e);
  void visit_arg_annotations(Arguments& a, Expr* returns);
  void visit_aug_assign(AugAssignStmt& a);
  void visit_ann_assign(AnnAssignStmt& a);
  void visit_ann_subscript(Expr& e);
  void with_item(WithStmt& w, size_t pos);
  void try_finally(TryStmt& t);
  void try_except(TryStmt& t);

  // expressions (resolver_compile_expr.cpp)
  void visit_exprs(ExprList& list);
  void visit_expr(Expr& e);
  void visit_expr1(Expr& e);
  // Elements of a list/tuple/set display or call: a starred one is its value.
  void visit_elements(ExprList& elts);
  void visit_sequence(ExprList& elts, ExprContext ctx);
  void validate_keywords(std::vector<Keyword>& keywords);
  void call_helper(ExprList& args, std::vector<Keyword>& keywords);
  void visit_lambda(LambdaExpr& l);
  void visit_comprehension(ComprehensionBase& e, Expr& elt, Expr* value);

  // SyntaxWarnings (check_compare, check_caller, check_subscripter and
  // check_index, the tuple test of an assert)
  void check_compare(const CompareExpr& c);
  void check_caller(const Expr& func);
  void check_subscript(const SubscriptExpr& s);
  void check_assert(const AssertStmt& a);
};

}  // namespace pywalk::resolver_detail
