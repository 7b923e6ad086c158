// The resolver's driver: runs the three passes (resolver_internal.h) and
// turns positions into CPython's SyntaxErrors and SyntaxWarnings.
#include "pywalk/resolver.h"

#include <fmt/format.h>

#include "resolver_internal.h"

namespace pywalk {

namespace resolver_detail {

// The UTF-8 byte offset of code point `col` in line `line` (1-based), or
// `col` itself when the line is unknown.
static int byte_column(const Module& m, int line, int col) {
  if (line < 1 || static_cast<size_t>(line) > m.lines.size() || col < 0) return col;
  const std::string& text = m.lines[static_cast<size_t>(line - 1)];
  size_t i = 0;
  int seen = 0;
  for (; i < text.size() && seen < col; ++seen) {
    ++i;
    while (i < text.size() && (static_cast<unsigned char>(text[i]) & 0xC0) == 0x80) ++i;
  }
  return static_cast<int>(i) + (col - seen);  // past the end of the text: count on
}

void ResolverState::error(const std::string& msg, const Span& span) const {
  std::string text;
  if (span.line >= 1 && static_cast<size_t>(span.line) <= module.lines.size()) text = module.lines[span.line - 1];
  // Like CPython, symtable and compiler errors report UTF-8 byte offsets
  // (the parser's errors count characters).
  throw CompileError("SyntaxError", msg, module.filename, span.line, byte_column(module, span.line, span.col) + 1,
                     span.end_line, byte_column(module, span.end_line, span.end_col) + 1, text);
}

void ResolverState::warn(const std::string& msg, int line) {
  std::string out = fmt::format("{}:{}: SyntaxWarning: {}\n", module.filename, line, msg);
  // Like linecache, show the source line only for a real file.
  if (!module.filename.empty() && module.filename[0] != '<' && line >= 1 &&
      static_cast<size_t>(line) <= module.lines.size()) {
    const std::string& text = module.lines[static_cast<size_t>(line - 1)];
    size_t b = text.find_first_not_of(" \t\f\r\n\v");
    if (b != std::string::npos) {
      size_t e = text.find_last_not_of(" \t\f\r\n\v");
      out += "  " + text.substr(b, e - b + 1) + "\n";
    }
  }
  warnings.push_back(std::move(out));
}

void ResolverState::recursion_error() const {
  throw CompileError("RecursionError", "maximum recursion depth exceeded during compilation", module.filename, 0, 0, 0,
                     0, "");
}

std::string mangle(const std::string& private_name, const std::string& name) {
  if (private_name.empty() || name.size() < 2 || name[0] != '_' || name[1] != '_') return name;
  if (name[name.size() - 1] == '_' && name[name.size() - 2] == '_') return name;  // __dunder__
  if (name.find('.') != std::string::npos) return name;
  size_t skip = private_name.find_first_not_of('_');
  if (skip == std::string::npos) return name;  // the class name is all underscores
  return "_" + private_name.substr(skip) + name;
}

}  // namespace resolver_detail

void Resolver::resolve() {
  resolver_detail::ResolverState state(module_);
  try {
    resolver_detail::build_symtable(state);
    resolver_detail::analyze(state);
    resolver_detail::compile_walk(state);
  } catch (const CompileError&) {
    warnings_ = std::move(state.warnings);
    throw;
  }
  warnings_ = std::move(state.warnings);
}

}  // namespace pywalk
