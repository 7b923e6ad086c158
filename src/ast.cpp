// AST helpers shared by every pass: the names of node kinds and scopes.
// The dumper (dump_ast) is in ast_dump.cpp.
#include "pywalk/ast.h"

namespace pywalk {

const char* expr_kind_name(ExprKind k) {
  switch (k) {
#define X(name)        \
  case ExprKind::name: \
    return #name;
    PYWALK_EXPR_KINDS(X)
#undef X
  }
  return "?";
}

const char* stmt_kind_name(StmtKind k) {
  switch (k) {
    case StmtKind::ExprStmt:
      return "Expr";
#define X(name)        \
  case StmtKind::name: \
    return #name;
      X(Assign)
      X(AugAssign)
      X(AnnAssign)
      X(FunctionDef)
      X(ClassDef)
      X(Return)
      X(If)
      X(While)
      X(For)
      X(Break)
      X(Continue)
      X(Pass)
      X(Global)
      X(Nonlocal)
      X(Delete)
      X(Assert)
      X(Raise)
      X(Try)
      X(With)
      X(Import)
      X(ImportFrom)
#undef X
  }
  return "?";
}

const char* name_scope_name(NameScope s) {
  switch (s) {
    case NameScope::Unresolved:
      return "UNRESOLVED";
    case NameScope::Local:
      return "LOCAL";
    case NameScope::Cell:
      return "CELL";
    case NameScope::Free:
      return "FREE";
    case NameScope::GlobalExplicit:
      return "GLOBAL_EXPLICIT";
    case NameScope::GlobalImplicit:
      return "GLOBAL_IMPLICIT";
  }
  return "?";
}

}  // namespace pywalk
