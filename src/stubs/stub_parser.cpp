// TEMPORARY stub so the tree links while the parser is written. Delete when src/parser.cpp exists.
#include <cstdio>
#include <cstdlib>
#define STUB(name) do { std::fprintf(stderr, "pywalk: %s is not written yet\n", name); std::abort(); } while (0)
#include "pywalk/ast_dump.h"
#include "pywalk/parser.h"
namespace pywalk {
std::unique_ptr<Module> parse_source(std::string, std::string) { STUB("parse_source"); }
std::string dump_ast(const Module&) { STUB("dump_ast"); }
std::string dump_expr(const Expr&) { STUB("dump_expr"); }
const char* expr_kind_name(ExprKind) { STUB("expr_kind_name"); }
const char* stmt_kind_name(StmtKind) { STUB("stmt_kind_name"); }
const char* name_scope_name(NameScope) { STUB("name_scope_name"); }
}  // namespace pywalk
