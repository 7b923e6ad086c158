// dump_ast(): the AST as text, byte-identical to CPython's
// `ast.dump(ast.parse(source), indent=2)` (include_attributes=False), so a
// unit test can compare the two. Node names and field order are CPython's.
#pragma once

#include <string>

#include "pywalk/ast.h"

namespace pywalk {

std::string dump_ast(const Module& module);
// The same with every node's position, as ast.dump(tree, indent=2,
// include_attributes=True) (columns in code points where CPython counts
// UTF-8 bytes).
std::string dump_ast_with_positions(const Module& module);
std::string dump_expr(const Expr& e);  // one expression, same format

}  // namespace pywalk
