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
// Module and class-body names are globals / the class namespace (by string):
// at module level a bound name is LOCAL with slot -1, as in CPython.
//
// What the interpreter can rely on:
//  * Scope::varnames is co_varnames: parameters (posonly, args, kwonly,
//    *args, **kwargs; `.0` for a comprehension), then the other plain locals
//    in the order CPython's compiler first emits them. A Local name's slot
//    is its index there; num_locals == varnames.size().
//  * Scope::cellvars is co_cellvars (captured parameters first, in
//    parameter order, then the rest sorted); a Cell name's slot is its index
//    there = its Env slot. Scope::param_cells lists (frame slot, Env slot)
//    of captured parameters. A class body whose methods use super() or
//    __class__ has the cell "__class__" (CPython's implicit class cell).
//  * Scope::freevars is co_freevars (sorted). A Free name is read `hops`
//    Env parents up from the frame's current Env, where a frame of a scope
//    with cellvars has its own Env (parent: the closure) and any other
//    frame's current Env is its closure, i.e. the defining frame's current
//    Env. Class bodies and comprehensions follow the same rule.
//  * Names inside a class body (and the scopes nested in it) are mangled in
//    place as CPython does (`__x` in class C is `_C__x`): NameExpr::id,
//    Arg::name, def/class names, except-handler names, global/nonlocal
//    names. Import aliases are not rewritten.
//
// Scope errors are CompileError SyntaxErrors raised before anything runs,
// in CPython's order (symtable errors first, then the compiler's) with its
// words and positions: "nonlocal declaration not allowed at module level",
// "no binding for nonlocal 'x' found", "name 'x' is assigned to before
// global declaration", "name 'x' is used prior to nonlocal declaration",
// "name 'x' is parameter and global", "'return' outside function",
// "'break' outside loop", "duplicate argument 'x' in function definition",
// "keyword argument repeated: x", "cannot assign to __debug__"... Nesting
// deeper than CPython's compiler allows (3000 statement/expression levels)
// is a CompileError of type "RecursionError", line 0 ("maximum recursion
// depth exceeded during compilation"; CPython prints only that line).
#pragma once

#include <string>
#include <vector>

#include "pywalk/ast.h"

namespace pywalk {

class Resolver {
 public:
  explicit Resolver(Module& module) : module_(module) {}
  // Resolves the whole module. Throws CompileError.
  void resolve();
  // The SyntaxWarnings CPython's compiler emits for this module (an `is`
  // comparison with a literal, `assert (x, msg)`, calling or subscripting
  // a literal...), in compile order, each already formatted as CPython
  // prints it to stderr before running the program:
  //     x.py:2: SyntaxWarning: "is" with a literal. Did you mean "=="?
  //       if x is 1:
  // Also filled when resolve() throws: CPython prints the warnings it met
  // before the error.
  const std::vector<std::string>& warnings() const { return warnings_; }

 private:
  Module& module_;
  std::vector<std::string> warnings_;
};

// Every scope, outermost first (children in CPython's symtable order), each
// with its parameters and its symbols sorted by name with their
// classification and symtable flags, as text (for --dump-scopes and tests):
//     scope <module> (module)
//       f: LOCAL [local]
//       scope f (function)
//         params: (a)
//         a: LOCAL [param, use]
// scripts/gen_resolver_cases.py prints the same from python3's symtable.
std::string dump_scopes(const Module& module);

// One line per scope, sorted: qualname, varnames, cellvars, freevars and
// argument counts, as python3's code objects show them (co_varnames...).
std::string dump_code_info(const Module& module);

}  // namespace pywalk
