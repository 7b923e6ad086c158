// Internals of the parser (parser.h): a PEG parser that follows CPython
// 3.11's Grammar/python.gram rule by rule, so that it accepts the same
// programs and reports the same syntax errors at the same places.
//
// How CPython's pegen works, and what is mirrored here:
// * Tokens are fetched lazily; `fill` is one past the furthest token any
//   rule (or lookahead) looked at. A generic "invalid syntax" points at the
//   furthest token of the first pass.
// * Two passes: the first without the `invalid_*` rules; if it fails, a
//   second one with them, whose first raised error wins. Errors raised in
//   the first pass (forced tokens `&&':'`, f-string and literal errors) are
//   final.
// * Memoised rules and left-recursive rules (implemented here as loops with
//   the same token accesses) keep the parse linear.
// * `level` counts nested rule calls exactly as CPython's generated code
//   (one per rule function, two for a left-recursive rule, one per helper
//   loop/group where CPython has one); past 6000 the parse fails with
//   MemoryError, as CPython's MAXSTACK.
//
// Nodes: rules build ast.h nodes and link them through their unique_ptr
// fields, but during the parse the parser's arena owns every node (a
// memoised result may be linked from several candidate parents, all but one
// abandoned). When the parse succeeds, finish_module() keeps the nodes
// reachable from the module body (owned by their parents from then on); every
// other node has its child pointers released, then is deleted. Intermediate
// results that are not nodes (argument lists, keyword pairs, ...) are `Raw*`
// structs owned by the same arena and holding raw pointers only.
//
// Positions: tokens carry CPython's C-tokenizer positions (the lexer's
// parser stream): lines 1-based, columns 0-based in code points.
//
// Files: parser.cpp (entry point, which error wins), parser_core.cpp
// (machinery), parser_finish.cpp (handing over the tree), parser_stmt.cpp,
// parser_compound.cpp, parser_expr.cpp, parser_atoms.cpp,
// parser_targets.cpp, parser_params.cpp (grammar rules),
// parser_invalid*.cpp (invalid_* rules), parser_actions.cpp (node-building
// helpers), fstring.cpp (strings and f-strings).
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "pywalk/ast.h"
#include "pywalk/diagnostics.h"
#include "pywalk/token.h"

namespace pywalk::peg {

// Hard keywords of Python 3.11 (NAME tokens with this text are not NAMEs).
enum class Kw : int8_t {
  NotKw = -1,
  False_,
  None_,
  True_,
  And,
  As,
  Assert,
  Async,
  Await,
  Break,
  Class,
  Continue,
  Def,
  Del,
  Elif,
  Else,
  Except,
  Finally,
  For,
  From,
  Global,
  If,
  Import,
  In,
  Is,
  Lambda,
  Nonlocal,
  Not,
  Or,
  Pass,
  Raise,
  Return,
  Try,
  While,
  With,
  Yield,
};

struct PTok {
  TokenKind kind = TokenKind::EndMarker;
  Kw kw = Kw::NotKw;
  std::string_view text;
  int line = 0, col = 0, end_line = 0, end_col = 0;  // col -1: CPython gives none (INDENT, DEDENT, ENDMARKER)
  int cur_col = 0;  // where CPython's tokenizer stands after this token (for col -1 tokens)
  int level = 0;    // bracket depth after this token
};

// A syntax error raised while parsing (converted to CompileError by the driver).
struct RaisedError {
  std::string type;  // SyntaxError / IndentationError
  std::string msg;
  int line = 0, offset = 0, end_line = 0, end_offset = 0;  // CPython's SyntaxError attributes (1-based)
  std::string text;          // the source line, when not the file's line `line` (f-string sub-parser)
  bool has_text = false;     // set once an f-string sub-parser adjusted the error (then final)
  bool final_error = false;  // not replaced by a tokenizer error later in the file
};
// The nesting limit was passed (CPython: MemoryError).
struct DepthError {};
// The lexer's error, reached by the parser (rethrown as is).
struct LexErrorReached {};

// ---------------------------------------------------------------- raw results

struct ArenaItem {
  virtual ~ArenaItem() = default;
};

using ExprSeq = std::vector<Expr*>;
using StmtSeq = std::vector<Stmt*>;

struct RawArg : ArenaItem {
  std::string name;
  Expr* annotation = nullptr;
  Span span;
};
struct NameDefaultPair : ArenaItem {
  RawArg* arg = nullptr;
  Expr* value = nullptr;  // may be null (param_maybe_default)
};
struct SlashWithDefault : ArenaItem {
  std::vector<RawArg*> plain_names;
  std::vector<NameDefaultPair*> names_with_defaults;
};
struct StarEtc : ArenaItem {
  RawArg* vararg = nullptr;
  std::vector<NameDefaultPair*>* kwonlyargs = nullptr;
  RawArg* kwarg = nullptr;
};
struct RawArguments : ArenaItem {
  std::vector<RawArg*> posonlyargs, args, kwonlyargs;
  ExprSeq defaults, kw_defaults;  // kw_defaults entries may be null
  RawArg* vararg = nullptr;
  RawArg* kwarg = nullptr;
};
struct RawKeyword : ArenaItem {
  std::string arg;  // empty for **
  Expr* value = nullptr;
  Span span;
};
struct KeywordOrStarred : ArenaItem {
  ArenaItem* keyword = nullptr;  // RawKeyword when is_keyword
  Expr* starred = nullptr;       // otherwise
  bool is_keyword = false;
};
// CPython's dummy Call node from the `args` rule.
struct CallArgs : ArenaItem {
  ExprSeq args;
  std::vector<RawKeyword*> keywords;
  Span span;
};
struct CmpopExprPair : ArenaItem {
  CmpOpKind op = CmpOpKind::Eq;
  Expr* expr = nullptr;
};
struct KeyValuePair : ArenaItem {
  Expr* key = nullptr;  // null for **
  Expr* value = nullptr;
};
struct RawComp : ArenaItem {
  Expr* target = nullptr;
  Expr* iter = nullptr;
  ExprSeq ifs;
  bool is_async = false;
};
struct RawWithItem : ArenaItem {
  Expr* context_expr = nullptr;
  Expr* optional_vars = nullptr;
};
struct RawHandler : ArenaItem {
  Expr* type = nullptr;
  std::string name;
  StmtSeq* body = nullptr;
  Span span;
};
struct RawAlias : ArenaItem {
  std::string name, asname;
  Span span;
};
template <class T>
struct ArenaBox : ArenaItem {
  T value;
};

enum class TargetsType { Star, Del, For };

// Rule ids for the memo tables.
enum class R : uint16_t {
  simple_stmt,
  block,
  star_target,
  target_with_star_atom,
  del_target,
  t_primary,
  primary,
  expression,
  star_expression,
  disjunction,
  conjunction,
  inversion,
  bitwise_or,
  bitwise_xor,
  bitwise_and,
  shift_expr,
  sum,
  term,
  factor,
  await_primary,
  strings,
  arguments,
  invalid_named_expression,
  atom_group,
  dotted_name,
  import_from_targets,
};

class Parser {
 public:
  // `toks` ends with ENDMARKER, or with the tokens before a lexer error
  // (`lex_error_at_end`): fetching past them raises LexErrorReached.
  Parser(const std::vector<PTok>& toks, bool lex_error_at_end);
  ~Parser();
  Parser(const Parser&) = delete;
  Parser& operator=(const Parser&) = delete;

  // Runs the two passes. Returns the body (file) or the expression
  // (f-string); throws RaisedError, DepthError, LexErrorReached.
  StmtSeq* parse_file();
  Expr* parse_fstring();
  // eval() mode (`eval: expressions NEWLINE* ENDMARKER`): a body of one expression statement.
  StmtSeq* parse_eval();
  // Moves the reachable nodes into the module body and frees the rest.
  void finish_module(Module& m, StmtSeq* body);
  ExprPtr finish_expr(Expr* e);
  // The furthest token of the first pass reached the end of the input.
  bool reached_eof() const { return eof_reached_; }
  int fill() const { return fill_; }

  // The first unsupported construct (yield, await, ...) of the final tree.
  std::unordered_map<const void*, std::string> unsupported;
  std::unordered_map<const Expr*, const char*> placeholder_kind;  // "yield expression", "await expression"

 private:
  friend struct FStringParser;
  // ------------------------------------------------------------ machinery
  const std::vector<PTok>& toks_;
  bool lex_error_at_end_;
  int mark_ = 0;
  int fill_ = 0;
  int level_ = 0;
  bool call_invalid_rules_ = false;
  bool second_pass_ = false;
  bool eof_reached_ = false;
  int eof_start_ = 0;  // index of the trailing DEDENTs/ENDMARKER

  struct MemoEntry {
    R rule;
    int end;
    void* result;
  };
  std::vector<std::vector<MemoEntry>> memo_;
  std::vector<Expr*> expr_nodes_;
  std::vector<Stmt*> stmt_nodes_;
  std::vector<std::unique_ptr<ArenaItem>> arena_;

  struct Level {
    Parser& p;
    explicit Level(Parser& parser) : p(parser) {
      if (p.level_++ == kMaxStack) throw DepthError{};
    }
    ~Level() { p.level_--; }
  };
  static constexpr int kMaxStack = 6000;

  void reset_for_second_pass();
  const PTok& peek();  // fetches toks_[mark_]
  const PTok& peek_at(int i);
  const PTok* expect(TokenKind k);
  const PTok* expect_kw(Kw k);
  const PTok* expect_forced(TokenKind k, const char* text);
  const PTok* name_tok();  // NAME that is not a keyword
  const PTok* soft_keyword(std::string_view text);
  bool is_soft_keyword_tok(const PTok& t) const;
  Expr* name_expr();  // NAME as a NameExpr (Load)
  bool lookahead_kind(TokenKind k);
  bool lookahead_kw(Kw k);
  const PTok& last_nonwhitespace_token();
  Span extra(int start_mark);
  Span tok_span(const PTok& t) const { return Span{t.line, t.col, t.end_line, t.end_col}; }

  template <class T>
  bool memo_get(R rule, T*& out) {
    peek();  // CPython's _PyPegen_is_memoized fetches the token at mark
    for (const MemoEntry& e : memo_[mark_]) {
      if (e.rule == rule) {
        out = static_cast<T*>(e.result);
        mark_ = e.end;
        return true;
      }
    }
    return false;
  }
  void memo_put(int at, R rule, void* result) { memo_[at].push_back(MemoEntry{rule, mark_, result}); }
  void memo_update(int at, R rule, void* result);

 public:
  template <class T>
  T* node(Span s) {
    T* n = new T(s);
    if constexpr (std::is_base_of_v<Expr, T>)
      expr_nodes_.push_back(n);
    else
      stmt_nodes_.push_back(n);
    return n;
  }
  template <class T>
  T* item() {
    auto owned = std::make_unique<T>();
    T* raw = owned.get();
    arena_.push_back(std::move(owned));
    return raw;
  }
  ExprSeq* seq() { return &item<ArenaBox<ExprSeq>>()->value; }
  StmtSeq* stmt_seq() { return &item<ArenaBox<StmtSeq>>()->value; }

  // ------------------------------------------------------------ errors
  [[noreturn]] void raise_known(const char* type, int line, int col, int end_line, int end_col, std::string msg);
  [[noreturn]] void raise_at(const Span& s, std::string msg) {
    raise_known("SyntaxError", s.line, s.col, s.end_line, s.end_col, std::move(msg));
  }
  [[noreturn]] void raise_range(const Span& a, const Span& b, std::string msg) {
    raise_known("SyntaxError", a.line, a.col, b.end_line, b.end_col, std::move(msg));
  }
  [[noreturn]] void raise_starting_from(const Span& a, std::string msg);
  [[noreturn]] void raise_at_tok(const PTok& t, std::string msg) {
    raise_known("SyntaxError", t.line, t.col, t.end_line, t.end_col, std::move(msg));
  }
  // RAISE_SYNTAX_ERROR / RAISE_INDENTATION_ERROR: at the last fetched token.
  [[noreturn]] void raise_error(const char* type, std::string msg);
  [[noreturn]] void raise_syntax(std::string msg) { raise_error("SyntaxError", std::move(msg)); }
  [[noreturn]] void raise_indent(std::string msg) { raise_error("IndentationError", std::move(msg)); }
  [[noreturn]] void raise_invalid_target(TargetsType type, Expr* e);
  bool invalid_target_error(TargetsType type, Expr* e);  // raises if e holds an invalid target
  [[noreturn]] void raise_generic_failure(int last_token_index);

  const char* expr_name(const Expr* e) const;
  static Expr* get_invalid_target(Expr* e, TargetsType type);

 private:
  // ------------------------------------------------------------ actions
  Expr* set_expr_context(Expr* e, ExprContext ctx);
  Expr* number_token();
  Expr* concatenate_strings(int first, int last);
  RawArguments* make_arguments(std::vector<RawArg*>* slash_without_default, SlashWithDefault* slash_with_default,
                               std::vector<RawArg*>* plain_names, std::vector<NameDefaultPair*>* names_with_default,
                               StarEtc* star_etc);
  RawArguments* empty_arguments();
  CallArgs* collect_call_seqs(ExprSeq* a, std::vector<KeywordOrStarred*>* b, Span s);
  Expr* make_call(Expr* func, CallArgs* args, Span s);
  Expr* make_genexp_call(Expr* func, Expr* genexp, Span s);
  Arguments build_arguments(RawArguments* a);
  Expr* placeholder(const PTok& at, Span s, const char* kind, std::string feature);
  Stmt* placeholder_stmt(Span s, std::string feature);
  bool is_legacy_stmt(Expr* e) const;
  void nonparen_genexp_in_call(CallArgs* a, std::vector<RawComp*>* comps);
  [[noreturn]] void arguments_parsing_error(CallArgs* a);

  // ------------------------------------------------------------ rules: statements
  StmtSeq* file_rule();
  StmtSeq* eval_rule();
  StmtSeq* statements_rule();
  StmtSeq* statement_rule();
  StmtSeq* simple_stmts_rule();
  Stmt* simple_stmt_rule();
  Stmt* simple_stmt_raw();
  Stmt* compound_stmt_rule();
  Stmt* assignment_rule();
  Expr* annotated_rhs_rule();
  bool augassign_rule(BinOpKind& op);
  Stmt* return_stmt_rule();
  Stmt* raise_stmt_rule();
  Stmt* global_stmt_rule();
  Stmt* nonlocal_stmt_rule();
  Stmt* del_stmt_rule();
  Stmt* yield_stmt_rule();
  Stmt* assert_stmt_rule();
  Stmt* import_stmt_rule();
  Stmt* import_name_rule();
  Stmt* import_from_rule();
  std::vector<RawAlias*>* import_from_targets_rule();
  std::vector<RawAlias*>* import_from_as_names_rule();
  RawAlias* import_from_as_name_rule();
  std::vector<RawAlias*>* dotted_as_names_rule();
  RawAlias* dotted_as_name_rule();
  Expr* dotted_name_rule();
  StmtSeq* block_rule();
  StmtSeq* block_raw();
  ExprSeq* decorators_rule();
  Stmt* class_def_rule();
  Stmt* class_def_raw_rule();
  Stmt* function_def_rule();
  Stmt* function_def_raw_rule();
  RawArguments* params_rule();
  RawArguments* parameters_rule();
  std::vector<RawArg*>* slash_no_default_rule();
  SlashWithDefault* slash_with_default_rule();
  StarEtc* star_etc_rule();
  RawArg* kwds_rule();
  RawArg* param_no_default_rule();
  RawArg* param_no_default_star_annotation_rule();
  NameDefaultPair* param_with_default_rule();
  NameDefaultPair* param_maybe_default_rule();
  RawArg* param_rule();
  RawArg* param_star_annotation_rule();
  Expr* annotation_rule();
  Expr* star_annotation_rule();
  Expr* default_rule();
  Stmt* if_stmt_rule();
  Stmt* elif_stmt_rule();
  StmtSeq* else_block_rule();
  Stmt* while_stmt_rule();
  Stmt* for_stmt_rule();
  Stmt* with_stmt_rule();
  RawWithItem* with_item_rule();
  Stmt* try_stmt_rule();
  RawHandler* except_block_rule();
  RawHandler* except_star_block_rule();
  StmtSeq* finally_block_rule();
  Stmt* match_stmt_rule();

  // ------------------------------------------------------------ rules: expressions
  Expr* expressions_rule();
  Expr* expression_rule();
  Expr* expression_raw();
  Expr* yield_expr_rule();
  Expr* star_expressions_rule();
  Expr* star_expression_rule();
  ExprSeq* star_named_expressions_rule();
  Expr* star_named_expression_rule();
  Expr* assignment_expression_rule();
  Expr* named_expression_rule();
  Expr* disjunction_rule();
  Expr* conjunction_rule();
  Expr* inversion_rule();
  Expr* comparison_rule();
  CmpopExprPair* compare_op_bitwise_or_pair_rule();
  Expr* bitwise_or_rule();
  Expr* bitwise_xor_rule();
  Expr* bitwise_and_rule();
  Expr* shift_expr_rule();
  Expr* sum_rule();
  Expr* term_rule();
  Expr* factor_rule();
  Expr* power_rule();
  Expr* await_primary_rule();
  Expr* primary_rule();
  Expr* slices_rule();
  Expr* slice_rule();
  Expr* atom_rule();
  Expr* group_rule();
  Expr* lambdef_rule();
  RawArguments* lambda_params_rule();
  RawArguments* lambda_parameters_rule();
  std::vector<RawArg*>* lambda_slash_no_default_rule();
  SlashWithDefault* lambda_slash_with_default_rule();
  StarEtc* lambda_star_etc_rule();
  RawArg* lambda_kwds_rule();
  RawArg* lambda_param_no_default_rule();
  NameDefaultPair* lambda_param_with_default_rule();
  NameDefaultPair* lambda_param_maybe_default_rule();
  RawArg* lambda_param_rule();
  Expr* strings_rule();
  Expr* list_rule();
  Expr* tuple_rule();
  Expr* set_rule();
  Expr* dict_rule();
  std::vector<KeyValuePair*>* double_starred_kvpairs_rule();
  KeyValuePair* double_starred_kvpair_rule();
  KeyValuePair* kvpair_rule();
  std::vector<RawComp*>* for_if_clauses_rule();
  RawComp* for_if_clause_rule();
  Expr* listcomp_rule();
  Expr* setcomp_rule();
  Expr* genexp_rule();
  Expr* dictcomp_rule();
  CallArgs* arguments_rule();
  CallArgs* args_rule();
  std::vector<KeywordOrStarred*>* kwargs_rule();
  Expr* starred_expression_rule();
  KeywordOrStarred* kwarg_or_starred_rule();
  KeywordOrStarred* kwarg_or_double_starred_rule();
  Expr* star_targets_rule();
  ExprSeq* star_targets_list_seq_rule();
  ExprSeq* star_targets_tuple_seq_rule();
  Expr* star_target_rule();
  Expr* target_with_star_atom_rule();
  Expr* star_atom_rule();
  Expr* single_target_rule();
  Expr* single_subscript_attribute_target_rule();
  Expr* t_primary_rule();
  bool t_lookahead();
  ExprSeq* del_targets_rule();
  Expr* del_target_rule();
  Expr* del_t_atom_rule();
  Expr* expression_without_invalid_rule();

  // ------------------------------------------------------------ invalid rules
  void invalid_arguments_rule();
  void invalid_kwarg_rule();
  void invalid_legacy_expression_rule();
  void invalid_expression_rule();
  void invalid_named_expression_rule();
  void invalid_assignment_rule();
  Expr* invalid_ann_assign_target_rule();
  void invalid_del_stmt_rule();
  void invalid_block_rule();
  void invalid_comprehension_rule();
  void invalid_dict_comprehension_rule();
  void invalid_parameters_rule();
  void invalid_parameters_helper_rule(bool& ok);
  void invalid_default_rule();
  void invalid_star_etc_rule();
  void invalid_kwds_rule();
  void invalid_lambda_parameters_rule();
  void invalid_lambda_parameters_helper_rule(bool& ok);
  void invalid_lambda_star_etc_rule();
  void invalid_lambda_kwds_rule();
  void invalid_with_item_rule();
  void invalid_for_target_rule();
  void invalid_group_rule();
  void invalid_import_from_targets_rule();
  void invalid_with_stmt_rule();
  void invalid_with_stmt_indent_rule();
  void invalid_try_stmt_rule();
  void invalid_except_stmt_rule();
  void invalid_finally_stmt_rule();
  void invalid_except_stmt_indent_rule();
  void invalid_except_star_stmt_indent_rule();
  void invalid_match_stmt_rule();
  void invalid_if_stmt_rule();
  void invalid_elif_stmt_rule();
  void invalid_else_stmt_rule();
  void invalid_while_stmt_rule();
  void invalid_for_stmt_rule();
  void invalid_def_raw_rule();
  void invalid_class_def_raw_rule();
  void invalid_double_starred_kvpairs_rule();
  void invalid_kvpair_rule();
};

// The prologue and the exit of a memoised rule returning Expr*: a memo hit
// returns at once (moving the mark); every exit stores the result, failures
// reset the mark. Use inside Parser methods.
#define MEMO_PROLOGUE(RULE, T)                              \
  Level level_guard_(*this);                                \
  T* memo_result_;                                          \
  if (memo_get(R::RULE, memo_result_)) return memo_result_; \
  const int start_ = mark_

#define MEMO_RETURN(RULE, VALUE)   \
  do {                             \
    Expr* v_ = (VALUE);            \
    if (!v_) mark_ = start_;       \
    memo_put(start_, R::RULE, v_); \
    return v_;                     \
  } while (0)

// Detaches (releases without deleting) every child pointer of a node.
void release_children(Expr* e);
void release_children(Stmt* s);
// Registers every node of a tree (from an f-string sub-parser) in an arena.
void adopt_subtree(std::vector<Expr*>& into_exprs, std::vector<Stmt*>& into_stmts, Expr* root);
// The lexer's parser-stream tokens as the parser sees them (keywords,
// bracket levels, CPython's positions for INDENT/DEDENT/ENDMARKER).
std::vector<PTok> prepare_tokens(const std::vector<Token>& tokens);
// A 1-based code-point column of a UTF-8 line as CPython's byte column
// (offsets <= 0 unchanged; past the end, one byte per column).
int char_offset_to_bytes(const std::string& text, int offset);

}  // namespace pywalk::peg
