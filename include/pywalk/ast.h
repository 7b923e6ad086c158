// The abstract syntax tree.
//
// Plain node structs with a `kind`, owning their children through
// unique_ptr. Expressions and statements are two families, each listed once
// in an X-macro below; every pass (dumper, resolver, interpreter) is a class
// with a `switch` on the kind and no `default:`, compiled with
// -Werror=switch, so adding a node kind breaks the build until every pass
// handles it.
//
// Every node carries a Span: 1-based lines, 0-based columns counted in code
// points (not bytes), end exclusive, exactly the ranges CPython's ast gives
// (lineno, col_offset, end_lineno, end_col_offset), measured in characters.
// Tracebacks draw their position markers from these spans.
//
// The parser fills the syntax; the Resolver fills the fields marked
// "resolver" (name classification and slots, scope tables); the interpreter
// only reads them. The Constant node's `value` is materialised by the
// interpreter on first evaluation.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "pywalk/value.h"

namespace pywalk {

struct Span {
  int32_t line = 0;      // 1-based
  int32_t col = 0;       // 0-based, code points
  int32_t end_line = 0;  // 1-based
  int32_t end_col = 0;   // 0-based, code points, exclusive
};

#define PYWALK_EXPR_KINDS(X) \
  X(Constant)                \
  X(Name)                    \
  X(BinOp)                   \
  X(UnaryOp)                 \
  X(BoolOp)                  \
  X(Compare)                 \
  X(IfExp)                   \
  X(NamedExpr)               \
  X(Call)                    \
  X(Attribute)               \
  X(Subscript)               \
  X(Slice)                   \
  X(Starred)                 \
  X(Tuple)                   \
  X(List)                    \
  X(Set)                     \
  X(Dict)                    \
  X(ListComp)                \
  X(SetComp)                 \
  X(DictComp)                \
  X(GeneratorExp)            \
  X(Lambda)                  \
  X(Yield)                   \
  X(YieldFrom)               \
  X(JoinedStr)               \
  X(FormattedValue)

#define PYWALK_STMT_KINDS(X) \
  X(ExprStmt)                \
  X(Assign)                  \
  X(AugAssign)               \
  X(AnnAssign)               \
  X(FunctionDef)             \
  X(ClassDef)                \
  X(Return)                  \
  X(If)                      \
  X(While)                   \
  X(For)                     \
  X(Break)                   \
  X(Continue)                \
  X(Pass)                    \
  X(Global)                  \
  X(Nonlocal)                \
  X(Delete)                  \
  X(Assert)                  \
  X(Raise)                   \
  X(Try)                     \
  X(With)                    \
  X(Import)                  \
  X(ImportFrom)

enum class ExprKind : uint8_t {
#define X(name) name,
  PYWALK_EXPR_KINDS(X)
#undef X
};

enum class StmtKind : uint8_t {
#define X(name) name,
  PYWALK_STMT_KINDS(X)
#undef X
};

const char* expr_kind_name(ExprKind k);
const char* stmt_kind_name(StmtKind k);

enum class BinOpKind : uint8_t { Add, Sub, Mult, MatMult, Div, FloorDiv, Mod, Pow, LShift, RShift, BitOr, BitXor, BitAnd };
enum class UnaryOpKind : uint8_t { Not, Invert, UAdd, USub };
enum class BoolOpKind : uint8_t { And, Or };
enum class CmpOpKind : uint8_t { Eq, NotEq, Lt, LtE, Gt, GtE, Is, IsNot, In, NotIn };
enum class ExprContext : uint8_t { Load, Store, Del };

// How a name is bound, in CPython symtable's words.
enum class NameScope : uint8_t {
  Unresolved,      // not yet seen by the resolver
  Local,           // function local in a frame slot; in a class body: the class namespace
  Cell,            // local of this scope captured by an inner scope: own Env slot
  Free,            // local of an enclosing function scope: Env slot `hops` up
  GlobalExplicit,  // declared `global`
  GlobalImplicit,  // not bound anywhere enclosing: module globals, then builtins
};
const char* name_scope_name(NameScope s);

struct Scope;  // resolver output, below
struct Object;
struct Expr;
struct Stmt;
using ExprPtr = std::unique_ptr<Expr>;
using StmtPtr = std::unique_ptr<Stmt>;
using ExprList = std::vector<ExprPtr>;
using StmtList = std::vector<StmtPtr>;

struct Expr {
  explicit Expr(ExprKind k, Span s) : kind(k), span(s) {}
  virtual ~Expr() = default;
  ExprKind kind;
  Span span;
};

struct Stmt {
  explicit Stmt(StmtKind k, Span s) : kind(k), span(s) {}
  virtual ~Stmt() = default;
  StmtKind kind;
  Span span;
};

template <ExprKind K>
struct ExprOf : Expr {
  static constexpr ExprKind kKind = K;
  explicit ExprOf(Span s) : Expr(K, s) {}
};
template <StmtKind K>
struct StmtOf : Stmt {
  static constexpr StmtKind kKind = K;
  explicit StmtOf(Span s) : Stmt(K, s) {}
};

// Checked downcasts (the kind is asserted in debug builds).
template <class T>
T& as(Expr& e) { return static_cast<T&>(e); }
template <class T>
const T& as(const Expr& e) { return static_cast<const T&>(e); }
template <class T>
T& as(Stmt& s) { return static_cast<T&>(s); }
template <class T>
const T& as(const Stmt& s) { return static_cast<const T&>(s); }

// ---------------------------------------------------------------- expressions

enum class ConstKind : uint8_t { None, True, False, Ellipsis, Int, BigInt, Float, Imaginary, Str, Bytes };

struct ConstantExpr : ExprOf<ExprKind::Constant> {
  using ExprOf::ExprOf;
  ConstKind const_kind = ConstKind::None;
  int64_t int_value = 0;     // Int
  double float_value = 0.0;  // Float, Imaginary (the imaginary part)
  std::string text;          // BigInt: decimal digits (no sign, no underscores); Str: UTF-8; Bytes: raw bytes
  bool kind_u = false;       // Str whose first literal had a lowercase 'u' prefix (ast's Constant.kind == 'u')
  mutable Value value;       // interpreter: materialised constant (strong ref)
};

struct NameExpr : ExprOf<ExprKind::Name> {
  using ExprOf::ExprOf;
  std::string id;
  ExprContext ctx = ExprContext::Load;
  // resolver:
  NameScope scope = NameScope::Unresolved;
  int32_t slot = -1;  // Local: frame slot; Cell/Free: Env slot
  int32_t hops = 0;   // Free: how many Env parents up from the frame's current Env
  mutable Object* interned = nullptr;  // interpreter: interned name string (borrowed, immortal)
  // interpreter: where a global/builtin read found the name last time, valid
  // while the dicts' versions are unchanged (no hashing on the hot path).
  mutable const Object* cache_globals = nullptr;  // borrowed, compared only
  mutable uint64_t cache_globals_version = 0;
  mutable uint64_t cache_builtins_version = 0;
  mutable int64_t cache_index = -1;
  mutable bool cache_in_builtins = false;
};

struct BinOpExpr : ExprOf<ExprKind::BinOp> {
  using ExprOf::ExprOf;
  ExprPtr left;
  BinOpKind op = BinOpKind::Add;
  ExprPtr right;
};

struct UnaryOpExpr : ExprOf<ExprKind::UnaryOp> {
  using ExprOf::ExprOf;
  UnaryOpKind op = UnaryOpKind::Not;
  ExprPtr operand;
};

struct BoolOpExpr : ExprOf<ExprKind::BoolOp> {
  using ExprOf::ExprOf;
  BoolOpKind op = BoolOpKind::And;
  ExprList values;  // two or more
};

struct CompareExpr : ExprOf<ExprKind::Compare> {
  using ExprOf::ExprOf;
  ExprPtr left;
  std::vector<CmpOpKind> ops;
  ExprList comparators;  // same length as ops
};

struct IfExpExpr : ExprOf<ExprKind::IfExp> {
  using ExprOf::ExprOf;
  ExprPtr test, body, orelse;
};

struct NamedExprExpr : ExprOf<ExprKind::NamedExpr> {
  using ExprOf::ExprOf;
  ExprPtr target;  // NameExpr, ctx Store
  ExprPtr value;
};

struct Keyword {
  std::string arg;  // empty for **mapping
  ExprPtr value;
  Span span;
  mutable Object* interned = nullptr;  // interpreter: interned arg string (borrowed, immortal)
};

struct CallExpr : ExprOf<ExprKind::Call> {
  using ExprOf::ExprOf;
  ExprPtr func;
  ExprList args;  // a StarredExpr element is *iterable
  std::vector<Keyword> keywords;
};

struct AttributeExpr : ExprOf<ExprKind::Attribute> {
  using ExprOf::ExprOf;
  ExprPtr value;
  std::string attr;
  ExprContext ctx = ExprContext::Load;
  mutable Object* interned = nullptr;  // interpreter: interned attr string (borrowed, immortal)
};

struct SubscriptExpr : ExprOf<ExprKind::Subscript> {
  using ExprOf::ExprOf;
  ExprPtr value;
  ExprPtr slice;  // an expression, a SliceExpr, or a TupleExpr (possibly of slices)
  ExprContext ctx = ExprContext::Load;
};

struct SliceExpr : ExprOf<ExprKind::Slice> {
  using ExprOf::ExprOf;
  ExprPtr lower, upper, step;  // each may be null
};

struct StarredExpr : ExprOf<ExprKind::Starred> {
  using ExprOf::ExprOf;
  ExprPtr value;
  ExprContext ctx = ExprContext::Load;
};

struct TupleExpr : ExprOf<ExprKind::Tuple> {
  using ExprOf::ExprOf;
  ExprList elts;
  ExprContext ctx = ExprContext::Load;
};

struct ListExpr : ExprOf<ExprKind::List> {
  using ExprOf::ExprOf;
  ExprList elts;
  ExprContext ctx = ExprContext::Load;
};

struct SetExpr : ExprOf<ExprKind::Set> {
  using ExprOf::ExprOf;
  ExprList elts;
};

struct DictExpr : ExprOf<ExprKind::Dict> {
  using ExprOf::ExprOf;
  ExprList keys;  // a null key means `**values[i]`
  ExprList values;
};

struct Comprehension {
  ExprPtr target;
  ExprPtr iter;
  ExprList ifs;
  bool is_async = false;
};

// List/Set/Dict/GeneratorExp share the comprehension machinery and each is
// its own function scope, as in CPython: the first `iter` is evaluated in
// the enclosing scope, everything else inside.
struct ComprehensionBase : Expr {
  using Expr::Expr;
  std::vector<Comprehension> generators;
  std::unique_ptr<Scope> scope;  // resolver
};

struct ListCompExpr : ComprehensionBase {
  static constexpr ExprKind kKind = ExprKind::ListComp;
  explicit ListCompExpr(Span s) : ComprehensionBase(kKind, s) {}
  ExprPtr elt;
};
struct SetCompExpr : ComprehensionBase {
  static constexpr ExprKind kKind = ExprKind::SetComp;
  explicit SetCompExpr(Span s) : ComprehensionBase(kKind, s) {}
  ExprPtr elt;
};
struct GeneratorExpExpr : ComprehensionBase {
  static constexpr ExprKind kKind = ExprKind::GeneratorExp;
  explicit GeneratorExpExpr(Span s) : ComprehensionBase(kKind, s) {}
  ExprPtr elt;
};
struct DictCompExpr : ComprehensionBase {
  static constexpr ExprKind kKind = ExprKind::DictComp;
  explicit DictCompExpr(Span s) : ComprehensionBase(kKind, s) {}
  ExprPtr key, value;
};

struct Arg {
  std::string name;
  ExprPtr annotation;  // may be null
  Span span;
};

struct Arguments {
  std::vector<Arg> posonlyargs;
  std::vector<Arg> args;
  ExprList defaults;  // for the last len(defaults) of posonlyargs+args
  std::unique_ptr<Arg> vararg;  // *args, may be null
  std::vector<Arg> kwonlyargs;
  ExprList kw_defaults;  // same length as kwonlyargs; null entry = required
  std::unique_ptr<Arg> kwarg;  // **kwargs, may be null
};

struct LambdaExpr : ExprOf<ExprKind::Lambda> {
  using ExprOf::ExprOf;
  Arguments args;
  ExprPtr body;
  std::unique_ptr<Scope> scope;  // resolver
};

// `yield [value]` (value may be null) and `yield from value`: they make the
// enclosing function a generator (Scope::is_generator).
// `in_handler` (resolver): the yield is inside a try/with/except/finally of
// its function, so closing the generator there may run Python code.
struct YieldExpr : ExprOf<ExprKind::Yield> {
  using ExprOf::ExprOf;
  ExprPtr value;  // may be null
  bool in_handler = false;
};

struct YieldFromExpr : ExprOf<ExprKind::YieldFrom> {
  using ExprOf::ExprOf;
  ExprPtr value;
  bool in_handler = false;
};

// f-string: values are ConstantExpr (Str) and FormattedValueExpr parts.
struct JoinedStrExpr : ExprOf<ExprKind::JoinedStr> {
  using ExprOf::ExprOf;
  ExprList values;
};

struct FormattedValueExpr : ExprOf<ExprKind::FormattedValue> {
  using ExprOf::ExprOf;
  ExprPtr value;
  int conversion = -1;  // -1 none, or 's', 'r', 'a'
  ExprPtr format_spec;  // a JoinedStrExpr, or null
};

// ----------------------------------------------------------------- statements

struct ExprStmt : StmtOf<StmtKind::ExprStmt> {
  using StmtOf::StmtOf;
  ExprPtr value;
};

struct AssignStmt : StmtOf<StmtKind::Assign> {
  using StmtOf::StmtOf;
  ExprList targets;  // `a = b = value` has two targets, assigned left to right
  ExprPtr value;
};

struct AugAssignStmt : StmtOf<StmtKind::AugAssign> {
  using StmtOf::StmtOf;
  ExprPtr target;  // Name, Attribute or Subscript
  BinOpKind op = BinOpKind::Add;
  ExprPtr value;
};

struct AnnAssignStmt : StmtOf<StmtKind::AnnAssign> {
  using StmtOf::StmtOf;
  ExprPtr target;
  ExprPtr annotation;
  ExprPtr value;  // may be null
  bool simple = true;
};

struct FunctionDefStmt : StmtOf<StmtKind::FunctionDef> {
  using StmtOf::StmtOf;
  std::string name;
  Arguments args;
  StmtList body;
  ExprList decorator_list;
  ExprPtr returns;  // may be null
  bool is_async = false;
  std::unique_ptr<Scope> scope;  // resolver
  // resolver: where the function's name is bound in the enclosing scope
  NameScope name_scope = NameScope::Unresolved;
  int32_t name_slot = -1;
  int32_t name_hops = 0;
};

struct ClassDefStmt : StmtOf<StmtKind::ClassDef> {
  using StmtOf::StmtOf;
  std::string name;
  ExprList bases;
  std::vector<Keyword> keywords;
  StmtList body;
  ExprList decorator_list;
  std::unique_ptr<Scope> scope;  // resolver
  NameScope name_scope = NameScope::Unresolved;
  int32_t name_slot = -1;
  int32_t name_hops = 0;
};

struct ReturnStmt : StmtOf<StmtKind::Return> {
  using StmtOf::StmtOf;
  ExprPtr value;  // may be null
};

struct IfStmt : StmtOf<StmtKind::If> {
  using StmtOf::StmtOf;
  ExprPtr test;
  StmtList body, orelse;  // `elif` is a nested IfStmt alone in orelse
};

struct WhileStmt : StmtOf<StmtKind::While> {
  using StmtOf::StmtOf;
  ExprPtr test;
  StmtList body, orelse;
};

struct ForStmt : StmtOf<StmtKind::For> {
  using StmtOf::StmtOf;
  ExprPtr target, iter;
  StmtList body, orelse;
  bool is_async = false;
};

struct BreakStmt : StmtOf<StmtKind::Break> { using StmtOf::StmtOf; };
struct ContinueStmt : StmtOf<StmtKind::Continue> { using StmtOf::StmtOf; };
struct PassStmt : StmtOf<StmtKind::Pass> { using StmtOf::StmtOf; };

struct GlobalStmt : StmtOf<StmtKind::Global> {
  using StmtOf::StmtOf;
  std::vector<std::string> names;
};

struct NonlocalStmt : StmtOf<StmtKind::Nonlocal> {
  using StmtOf::StmtOf;
  std::vector<std::string> names;
};

struct DeleteStmt : StmtOf<StmtKind::Delete> {
  using StmtOf::StmtOf;
  ExprList targets;
};

struct AssertStmt : StmtOf<StmtKind::Assert> {
  using StmtOf::StmtOf;
  ExprPtr test;
  ExprPtr msg;  // may be null
};

struct RaiseStmt : StmtOf<StmtKind::Raise> {
  using StmtOf::StmtOf;
  ExprPtr exc;    // may be null (bare raise)
  ExprPtr cause;  // may be null
};

struct ExceptHandler {
  ExprPtr type;      // may be null (bare except)
  std::string name;  // empty when no `as`
  StmtList body;
  Span span;
  // resolver: binding of `name`
  NameScope name_scope = NameScope::Unresolved;
  int32_t name_slot = -1;
  int32_t name_hops = 0;
};

struct TryStmt : StmtOf<StmtKind::Try> {
  using StmtOf::StmtOf;
  StmtList body;
  std::vector<ExceptHandler> handlers;
  StmtList orelse, finalbody;
};

struct WithItem {
  ExprPtr context_expr;
  ExprPtr optional_vars;  // may be null
};

struct WithStmt : StmtOf<StmtKind::With> {
  using StmtOf::StmtOf;
  std::vector<WithItem> items;
  StmtList body;
};

struct Alias {
  std::string name;    // dotted for `import a.b`
  std::string asname;  // may be empty
  Span span;
  // resolver: binding of the bound name
  NameScope name_scope = NameScope::Unresolved;
  int32_t name_slot = -1;
  int32_t name_hops = 0;
};

struct ImportStmt : StmtOf<StmtKind::Import> {
  using StmtOf::StmtOf;
  std::vector<Alias> names;
};

struct ImportFromStmt : StmtOf<StmtKind::ImportFrom> {
  using StmtOf::StmtOf;
  std::string module;  // may be empty for `from . import x`
  std::vector<Alias> names;  // a single "*" for star import
  int level = 0;
};

// ------------------------------------------------------------ resolver output

enum class ScopeKind : uint8_t { Module, Function, Class, Comprehension, Lambda };

// One symbol of a scope, in CPython symtable's classification.
struct Symbol {
  std::string name;
  NameScope scope = NameScope::Unresolved;
  int32_t slot = -1;  // Local: frame slot; Cell/Free: Env slot (for Free: in the defining scope's Env)
  int32_t hops = 0;   // Free: Env parents up from a frame of this scope, as on NameExpr
  bool is_param = false;
  bool is_assigned = false;  // bound in this scope
  bool is_referenced = false;
  uint32_t flags = 0;  // CPython symtable's DEF_* bits (DEF_LOCAL=2, USE=16...), as python3's symtable shows them
};

// The resolver's table for one function-like scope (module, def, lambda,
// class body, comprehension). Frames of this scope have `num_locals` slots;
// if `cellvars` is non-empty a call also creates an Env with
// `cellvars.size()` slots whose parent is the function's defining Env.
struct Scope {
  ScopeKind kind = ScopeKind::Module;
  std::string name;      // function name, "<lambda>", "<listcomp>", class name, "<module>"
  std::string qualname;  // CPython's __qualname__: "outer.<locals>.inner", "C.method"
  std::vector<Symbol> symbols;  // every name the scope mentions, in first-seen order
  int32_t num_locals = 0;
  std::vector<std::string> varnames;  // co_varnames: params first, then other plain locals, CPython's order
  std::vector<std::string> cellvars;  // co_cellvars (index = Env slot)
  std::vector<std::string> freevars;  // co_freevars
  // Parameters that are captured: at call entry copy frame slot .first to Env slot .second.
  std::vector<std::pair<int32_t, int32_t>> param_cells;
  int32_t argcount = 0, posonlyargcount = 0, kwonlyargcount = 0;
  bool has_varargs = false, has_varkw = false;
  // Where the scope needs its defining Env: true for every function-like
  // scope that has free variables or contains scopes that do.
  bool needs_closure = false;
  // The body contains `yield` or `yield from`: calling the function makes a
  // generator (objects/generator.h) instead of running the body.
  bool is_generator = false;
  std::vector<Scope*> children;  // borrowed: owned by the child nodes
  // interpreter: the scope's CodeObject, made when its first function is
  // (so every function of one def shares it, as in CPython). Strong ref.
  mutable Value code_object;
};

// A parsed file: the module body plus what tracebacks and errors need.
struct Module {
  std::string filename;  // as given on the command line ("<stdin>", "<string>")
  std::string source;    // the whole source text, UTF-8
  std::vector<std::string> lines;  // source split into lines, without newlines
  StmtList body;
  std::unique_ptr<Scope> scope;  // resolver
};

}  // namespace pywalk
