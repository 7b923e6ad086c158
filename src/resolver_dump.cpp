// dump_scopes / dump_code_info: the resolver's output as text, in formats
// scripts/gen_resolver_cases.py reproduces from python3's own `symtable`
// module and code objects, so unit tests compare pywalk with CPython.
#include <fmt/format.h>

#include <algorithm>
#include <set>

#include "pywalk/resolver.h"

namespace pywalk {

namespace {

const char* kind_name(ScopeKind k) {
  switch (k) {
    case ScopeKind::Module:
      return "module";
    case ScopeKind::Function:
      return "function";
    case ScopeKind::Class:
      return "class";
    case ScopeKind::Comprehension:
      return "comprehension";
    case ScopeKind::Lambda:
      return "lambda";
  }
  return "?";
}

const char* scope_label(NameScope s) {
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

// CPython's DEF_* bits, lowest first.
constexpr const char* kFlagNames[] = {"global", "local",      "param",  "nonlocal", "use",
                                      "free",   "free_class", "import", "annot",    "comp_iter"};

std::string flag_list(uint32_t flags) {
  std::string out;
  for (size_t i = 0; i < std::size(kFlagNames); ++i) {
    if (!(flags & (1u << i))) continue;
    if (!out.empty()) out += ", ";
    out += kFlagNames[i];
  }
  return out;
}

std::string tuple_text(const std::vector<std::string>& names, size_t n) {
  std::string out = "(";
  for (size_t i = 0; i < n && i < names.size(); ++i) {
    if (i) out += ", ";
    out += names[i];
  }
  return out + ")";
}

bool function_like(ScopeKind k) {
  return k == ScopeKind::Function || k == ScopeKind::Lambda || k == ScopeKind::Comprehension;
}

size_t param_count(const Scope& s) {
  return static_cast<size_t>(s.argcount + s.kwonlyargcount + (s.has_varargs ? 1 : 0) + (s.has_varkw ? 1 : 0));
}

// Every scope with its depth, outermost first, children in symtable order.
template <class F>
void each_scope(const Module& module, F&& f) {
  if (!module.scope) return;
  std::vector<std::pair<const Scope*, int>> todo{{module.scope.get(), 0}};
  while (!todo.empty()) {
    auto [s, depth] = todo.back();
    todo.pop_back();
    f(*s, depth);
    for (size_t i = s->children.size(); i-- > 0;) todo.emplace_back(s->children[i], depth + 1);
  }
}

}  // namespace

std::string dump_scopes(const Module& module) {
  std::string out;
  each_scope(module, [&](const Scope& s, int depth) {
    std::string indent(static_cast<size_t>(depth) * 2, ' ');
    out += fmt::format("{}scope {} ({})\n", indent, s.name, kind_name(s.kind));
    if (function_like(s.kind)) out += fmt::format("{}  params: {}\n", indent, tuple_text(s.varnames, param_count(s)));
    std::vector<const Symbol*> symbols;
    for (const Symbol& sym : s.symbols) symbols.push_back(&sym);
    std::sort(symbols.begin(), symbols.end(), [](const Symbol* a, const Symbol* b) { return a->name < b->name; });
    for (const Symbol* sym : symbols)
      out += fmt::format("{}  {}: {} [{}]\n", indent, sym->name, scope_label(sym->scope), flag_list(sym->flags));
  });
  return out;
}

std::string dump_code_info(const Module& module) {
  std::set<std::string> lines;
  each_scope(module, [&](const Scope& s, int) {
    lines.insert(
        fmt::format("{}: varnames={} cellvars={} freevars={} argcount={} posonlyargcount={} "
                    "kwonlyargcount={} varargs={} varkw={} nlocals={}",
                    s.qualname, tuple_text(s.varnames, s.varnames.size()), tuple_text(s.cellvars, s.cellvars.size()),
                    tuple_text(s.freevars, s.freevars.size()), s.argcount, s.posonlyargcount, s.kwonlyargcount,
                    s.has_varargs ? 1 : 0, s.has_varkw ? 1 : 0, s.num_locals));
  });
  std::string out;
  for (const std::string& l : lines) out += l + "\n";
  return out;
}

}  // namespace pywalk
