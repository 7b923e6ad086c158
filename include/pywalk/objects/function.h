// FunctionObject, Env, CellObject, CodeObject: user functions and closures.
//
// Env is a closure environment: `slots` holds the variables of one call
// that inner functions capture (the scope's cellvars, in order), and
// `parent` the Env the function was defined in. A FunctionObject keeps the
// Env current when its `def` ran (`closure`), so a free variable is read
// `hops` parents up from the running frame's Env; an inner function that
// outlives its call keeps exactly the captured variables alive, not the
// whole frame. A call's plain locals never leave its frame slots.
//
// CellObject is what `__closure__` shows: a view of one Env slot (env,
// slot), so `cell_contents` always reads the live variable.
//
// CodeObject exposes the resolver's Scope as `__code__` (co_varnames ...);
// it borrows the AST, which lives as long as the interpreter.
#pragma once

#include <string>
#include <vector>

#include "pywalk/ast.h"
#include "pywalk/object.h"

namespace pywalk {

struct StrObject;

struct Env : Object {
  Env(Env* parent, size_t nslots);
  Ref<Env> parent;          // strong; null at the outermost function level
  std::vector<Value> slots;  // strong; Unbound = empty cell
  std::vector<Value> cells;  // strong: the CellObject shown for each slot, made on first use
  void traverse(GcVisitor& v) const override;
  void clear_refs() override;
};

struct CodeObject : Object {
  CodeObject(const Scope* scope, const std::string* filename, int first_line);
  const Scope* scope;            // borrowed (AST)
  const std::string* filename;   // borrowed (Module)
  int first_line;
};

struct FunctionObject : Object {
  FunctionObject();
  // What the body is: exactly one of def_node / lambda_node.
  const FunctionDefStmt* def_node = nullptr;  // borrowed (AST)
  const LambdaExpr* lambda_node = nullptr;    // borrowed (AST)
  const Scope* scope = nullptr;               // borrowed (AST)
  Ref<Env> closure;          // strong: the defining Env (may be null)
  Value globals;             // strong: the module's globals dict
  Value name;                // strong: __name__ (str)
  Value qualname;            // strong: __qualname__ (str)
  Value doc;                 // strong: __doc__
  Value module;              // strong: __module__
  std::vector<Value> defaults;     // strong: positional defaults (last len() params)
  std::vector<Value> kwdefaults;   // strong: one per kw-only param; Unbound = required
  Value dict;                // strong: __dict__ (created on first use), Unbound until then
  Value annotations;         // strong: dict, created lazily
  Value code;                // strong: CodeObject (shared by every function of one def)
  Value closure_cells;       // strong: the __closure__ tuple, built on first use
  const Module* source = nullptr;  // borrowed: the module whose AST holds the body (tracebacks)
  void traverse(GcVisitor& v) const override;
  void clear_refs() override;
};

struct CellObject : Object {
  CellObject(Ref<Env> env, int32_t slot);
  Ref<Env> env;  // strong
  int32_t slot;
  void traverse(GcVisitor& v) const override;
  void clear_refs() override;
};

inline bool is_function(const Value& v) { return v.is_obj() && v.obj()->type->id == TypeId::Function; }

std::string function_repr(const FunctionObject* f);
// Attribute access on functions, cells and code objects (ops.cpp calls these).
Value function_getattr(FunctionObject* f, StrObject* name);  // Unbound if missing
void function_setattr(FunctionObject* f, StrObject* name, const Value& v);
Value cell_getattr(CellObject* c, StrObject* name);
Value code_getattr(CodeObject* c, StrObject* name);

}  // namespace pywalk
