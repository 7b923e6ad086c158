// Shared state of the resolver's passes (src/resolver*.cpp only).
//
// The resolver mirrors CPython 3.11 in three passes over one Module:
//
//  1. resolver_symtable.cpp, SymtableBuilder: Python/symtable.c's first
//     pass. It walks the AST in symtable order, creates one Block (and its
//     Scope) per module/def/lambda/class/comprehension, records each name's
//     DEF_* flags in first-seen order, and raises the visit-time errors.
//  2. resolver_analyze.cpp: symtable.c's analyze_block without its set
//     copies: names are classified top-down (an enclosing binding is found by
//     walking up the Blocks), free names flow bottom-up and turn enclosing
//     locals into cells; then qualnames, cellvars, freevars and each free
//     variable's Env slot and hop count.
//  3. resolver_compile*.cpp, CompileWalk: the order in which Python/compile.c
//     emits name operations, which fixes co_varnames (parameters, then plain
//     locals in first-use order) and the frame slots, and raises the
//     compiler's SyntaxErrors ('return' outside function, 'break' outside
//     loop, starred targets, repeated keywords...) in CPython's order, and
//     its SyntaxWarnings.
//
// Errors carry CPython's positions: like CPython, the symtable's and the
// compiler's offsets count UTF-8 bytes, not characters.
//
// Blocks are owned by the ResolverState; each Block borrows the Scope owned
// by its AST node. Everything is iterative or bounded by the nesting limit
// (kMaxDepth, CPython's "maximum recursion depth exceeded during
// compilation"), so deep input cannot overflow the C++ stack.
#pragma once

#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

#include "pywalk/ast.h"
#include "pywalk/diagnostics.h"

namespace pywalk::resolver_detail {

// CPython's symtable flags (Include/internal/pycore_symtable.h), so the
// flags can be compared with python3's symtable module.
enum : uint32_t {
  DEF_GLOBAL = 1,
  DEF_LOCAL = 2,
  DEF_PARAM = 4,
  DEF_NONLOCAL = 8,
  USE = 16,
  DEF_FREE = 32,
  DEF_FREE_CLASS = 64,
  DEF_IMPORT = 128,
  DEF_ANNOT = 256,
  DEF_COMP_ITER = 512,
  DEF_BOUND = DEF_LOCAL | DEF_PARAM | DEF_IMPORT,
};

// CPython's limit: 3 * the recursion limit of 1000, counted per statement
// and expression nesting level.
constexpr int kMaxDepth = 3000;

struct SlotRef {
  int32_t slot = -1;
  int32_t hops = 0;
};

struct Block {
  Scope* scope = nullptr;   // borrowed: owned by the AST node
  Block* parent = nullptr;  // borrowed: null for the module
  ScopeKind kind = ScopeKind::Module;
  // The AST node (exactly one is set, none for the module).
  FunctionDefStmt* def = nullptr;
  ClassDefStmt* cls = nullptr;
  LambdaExpr* lambda = nullptr;
  ComprehensionBase* comp = nullptr;
  std::string binding_name;      // def/class: the (mangled) name bound in the parent
  std::vector<Block*> children;  // borrowed, symtable order

  // pass 1
  std::unordered_map<std::string, int32_t> index;    // name -> index in scope->symbols
  std::unordered_map<std::string, Span> directives;  // global/nonlocal: first location per name
  std::vector<std::string> params;                   // CPython's ste_varnames
  int comp_iter_expr = 0;
  bool comp_iter_target = false;
  bool is_async = false;  // async def, or a comprehension with `async for`

  // pass 2
  bool needs_class_closure = false;
  std::vector<std::string> free_up;                     // names this block passes up as free
  std::unordered_map<std::string, int32_t> cell_index;  // name -> Env slot
  std::unordered_map<std::string, SlotRef> free_slot;   // every co_freevars name

  // pass 3
  std::unordered_map<std::string, int32_t> var_index;  // name -> frame slot

  bool function_block() const {
    return kind == ScopeKind::Function || kind == ScopeKind::Lambda || kind == ScopeKind::Comprehension;
  }
  Symbol* lookup(const std::string& name) {
    auto it = index.find(name);
    return it == index.end() ? nullptr : &scope->symbols[static_cast<size_t>(it->second)];
  }
  uint32_t flags_of(const std::string& name) {
    Symbol* s = lookup(name);
    return s ? s->flags : 0;
  }
};

struct ResolverState {
  explicit ResolverState(Module& m) : module(m) {}
  Module& module;
  std::vector<std::unique_ptr<Block>> blocks;         // preorder: parents before children
  std::unordered_map<const Scope*, Block*> by_scope;  // borrowed
  Block* top() const { return blocks.front().get(); }

  // Compile-time SyntaxWarnings, formatted as CPython's warnings module
  // prints them when compiling a program (every time, no deduplication).
  std::vector<std::string> warnings;

  // A SyntaxError at `span` (CPython's offsets are 1-based).
  [[noreturn]] void error(const std::string& msg, const Span& span) const;
  void warn(const std::string& msg, int line);
  [[noreturn]] void recursion_error() const;
};

// CPython's _Py_Mangle: `__x` inside class `C` becomes `_C__x`.
std::string mangle(const std::string& private_name, const std::string& name);

// Pass 1. Fills state.blocks.
void build_symtable(ResolverState& state);
// Pass 2.
void analyze(ResolverState& state);
// Pass 3.
void compile_walk(ResolverState& state);

}  // namespace pywalk::resolver_detail
