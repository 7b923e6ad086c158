// The Resolver: CPython's symtable pass over a parsed Module.
//
// It builds one Scope (ast.h) per module, def, lambda, class body and
// comprehension, classifies every name in CPython's words (LOCAL, CELL,
// FREE, GLOBAL_EXPLICIT, GLOBAL_IMPLICIT), and writes the answer on the
// nodes (NameExpr::scope/slot/hops, FunctionDefStmt::name_scope...), so the
// interpreter never looks up a local or enclosing name by string.
//
// Rules (Python/symtable.c): a name bound anywhere in a function is local
// to it unless declared global/nonlocal; a free name refers to the nearest
// enclosing *function* scope that binds it (class bodies are skipped:
// methods never see class attributes by bare name); a local that an inner
// scope captures becomes a CELL and lives in the call's Env; comprehensions
// are their own function scopes whose first iterable is evaluated outside.
// Module and class-body names are globals / the class namespace (by string).
//
// Scope errors are CompileError SyntaxErrors raised before anything runs,
// with CPython's words: "nonlocal declaration not allowed at module level",
// "no binding for nonlocal 'x' found", "name 'x' is assigned to before
// global declaration", "name 'x' is used prior to nonlocal declaration",
// "name 'x' is parameter and global", "'return' outside function",
// "'break' outside loop", "duplicate argument 'x' in function definition".
#pragma once

#include <string>

#include "pywalk/ast.h"

namespace pywalk {

class Resolver {
 public:
  explicit Resolver(Module& module) : module_(module) {}
  // Resolves the whole module. Throws CompileError.
  void resolve();

 private:
  Module& module_;
};

// Every scope, outermost first (children in source order), each with its
// symbols and their classification, as text (for --dump-scopes and tests).
std::string dump_scopes(const Module& module);

}  // namespace pywalk
