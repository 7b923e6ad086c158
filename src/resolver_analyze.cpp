// The resolver's second pass: CPython 3.11's analyze_block/analyze_name/
// analyze_cells/update_symbols (Python/symtable.c), then qualnames,
// co_cellvars/co_freevars and the Env slot and hop count of every free name.
//
// CPython copies the sets of enclosing bindings into every block, which is
// quadratic for wide or deep programs. Here a name's enclosing binding is
// found by walking up the Blocks instead, stopping at the first enclosing
// function that mentions the name (its own classification already answers
// the question), and free names flow up in per-block lists. Blocks are in
// preorder, so "parents first" and "children first" are plain loops.
#include <fmt/format.h>

#include <algorithm>
#include <unordered_set>

#include "resolver_internal.h"

namespace pywalk::resolver_detail {

namespace {

// Is `name` bound by a function scope enclosing `b` (CPython: in `bound`)?
bool bound_above(Block* b, const std::string& name) {
  for (Block* a = b->parent; a; a = a->parent) {
    if (a->kind == ScopeKind::Module) return false;
    Symbol* sym = a->lookup(name);
    if (a->kind == ScopeKind::Class) {
      // Class bindings are invisible to nested scopes; `__class__` is the
      // implicit cell of a class body.
      if (name == "__class__") return true;
      if (sym && sym->scope == NameScope::Free) return true;
      if (sym && sym->scope == NameScope::GlobalImplicit) return false;
      continue;
    }
    if (sym) return sym->scope == NameScope::Local || sym->scope == NameScope::Cell || sym->scope == NameScope::Free;
  }
  return false;
}

[[noreturn]] void error_at_directive(const ResolverState& st, Block* b, const std::string& msg,
                                     const std::string& name) {
  auto it = b->directives.find(name);
  Span span = it != b->directives.end() ? it->second : Span{};
  st.error(msg, span);
}

// analyze_name for every symbol of one block, in first-seen order.
void analyze_names(const ResolverState& st, Block* b) {
  const bool module = b->kind == ScopeKind::Module;
  for (Symbol& sym : b->scope->symbols) {
    const uint32_t flags = sym.flags;
    sym.is_param = flags & DEF_PARAM;
    sym.is_assigned = flags & (DEF_LOCAL | DEF_IMPORT);
    sym.is_referenced = flags & USE;
    if (flags & DEF_GLOBAL) {
      if (flags & DEF_NONLOCAL)
        error_at_directive(st, b, fmt::format("name '{}' is nonlocal and global", sym.name), sym.name);
      sym.scope = NameScope::GlobalExplicit;
    } else if (flags & DEF_NONLOCAL) {
      if (module) error_at_directive(st, b, "nonlocal declaration not allowed at module level", sym.name);
      if (!bound_above(b, sym.name))
        error_at_directive(st, b, fmt::format("no binding for nonlocal '{}' found", sym.name), sym.name);
      sym.scope = NameScope::Free;
    } else if (flags & DEF_BOUND) {
      sym.scope = NameScope::Local;
    } else if (!module && bound_above(b, sym.name)) {
      sym.scope = NameScope::Free;
    } else {
      sym.scope = NameScope::GlobalImplicit;
    }
  }
}

// analyze_cells / drop_class_free / update_symbols for one block whose
// children are done: children's free names become cells here, or pass up.
void propagate_free(Block* b) {
  std::unordered_set<std::string> seen;
  std::vector<std::string> newfree;
  for (Block* c : b->children)
    for (const std::string& name : c->free_up)
      if (seen.insert(name).second) newfree.push_back(name);
  std::sort(newfree.begin(), newfree.end());

  std::vector<std::string> up;
  for (const Symbol& sym : b->scope->symbols)
    if (sym.scope == NameScope::Free) up.push_back(sym.name);
  std::unordered_set<std::string> up_set(up.begin(), up.end());

  for (const std::string& name : newfree) {
    Symbol* sym = b->lookup(name);
    if (b->function_block() && sym && sym->scope == NameScope::Local) {
      sym->scope = NameScope::Cell;
      continue;
    }
    if (b->kind == ScopeKind::Class && name == "__class__") {
      b->needs_class_closure = true;
      continue;
    }
    if (sym) {
      if (b->kind == ScopeKind::Class && (sym->flags & (DEF_BOUND | DEF_GLOBAL))) sym->flags |= DEF_FREE_CLASS;
    } else {
      // A free variable passing through: record it here too (co_freevars).
      Symbol s;
      s.name = name;
      s.scope = NameScope::Free;
      b->index.emplace(name, static_cast<int32_t>(b->scope->symbols.size()));
      b->scope->symbols.push_back(std::move(s));
    }
    if (up_set.insert(name).second) up.push_back(name);
  }
  b->free_up = std::move(up);
}

std::string qualname_of(Block* b) {
  Block* p = b->parent;
  const std::string& name = b->scope->name;
  if (!p) return "<module>";
  if (p->kind == ScopeKind::Module) return name;
  if (b->kind == ScopeKind::Function || b->kind == ScopeKind::Class) {
    Symbol* sym = p->lookup(b->binding_name);
    if (sym && sym->scope == NameScope::GlobalExplicit) return name;
  }
  if (p->kind == ScopeKind::Function || p->kind == ScopeKind::Lambda) return p->scope->qualname + ".<locals>." + name;
  return p->scope->qualname + "." + name;
}

void fill_arguments(Scope* s, const Arguments& a) {
  s->posonlyargcount = static_cast<int32_t>(a.posonlyargs.size());
  s->argcount = static_cast<int32_t>(a.posonlyargs.size() + a.args.size());
  s->kwonlyargcount = static_cast<int32_t>(a.kwonlyargs.size());
  s->has_varargs = a.vararg != nullptr;
  s->has_varkw = a.kwarg != nullptr;
}

// Qualname, argument counts, cellvars, freevars and Env slots of one block
// whose parent is done.
void lay_out(Block* b) {
  Scope* s = b->scope;
  s->qualname = qualname_of(b);
  if (b->def) fill_arguments(s, b->def->args);
  if (b->lambda) fill_arguments(s, b->lambda->args);
  if (b->comp) s->argcount = 1;

  if (b->function_block()) {
    for (size_t i = 0; i < b->params.size(); ++i) {
      const std::string& p = b->params[i];
      s->varnames.push_back(p);
      b->var_index.emplace(p, static_cast<int32_t>(i));
      Symbol* sym = b->lookup(p);
      if (sym->scope == NameScope::Cell && !b->cell_index.count(p)) {
        b->cell_index.emplace(p, static_cast<int32_t>(s->cellvars.size()));
        s->param_cells.emplace_back(static_cast<int32_t>(i), static_cast<int32_t>(s->cellvars.size()));
        s->cellvars.push_back(p);
      }
    }
    std::vector<std::string> cells;
    for (const Symbol& sym : s->symbols)
      if (sym.scope == NameScope::Cell && !b->cell_index.count(sym.name)) cells.push_back(sym.name);
    std::sort(cells.begin(), cells.end());
    for (std::string& name : cells) {
      b->cell_index.emplace(name, static_cast<int32_t>(s->cellvars.size()));
      s->cellvars.push_back(std::move(name));
    }
  } else if (b->needs_class_closure) {
    b->cell_index.emplace("__class__", 0);
    s->cellvars.push_back("__class__");
  }

  for (const Symbol& sym : s->symbols)
    if (sym.scope == NameScope::Free || (sym.flags & DEF_FREE_CLASS)) s->freevars.push_back(sym.name);
  std::sort(s->freevars.begin(), s->freevars.end());

  // A frame of this scope reads free names from its own Env when it has
  // cells (that Env's parent is the closure), else from the closure, which
  // is the defining frame's current Env.
  const int32_t own = s->cellvars.empty() ? 0 : 1;
  Block* p = b->parent;
  for (const std::string& name : s->freevars) {
    SlotRef ref;
    if (p) {
      auto cell = p->cell_index.find(name);
      if (cell != p->cell_index.end()) {
        ref.slot = cell->second;
        ref.hops = own;
      } else {
        auto up = p->free_slot.find(name);
        if (up != p->free_slot.end()) ref = SlotRef{up->second.slot, up->second.hops + own};
      }
    }
    b->free_slot.emplace(name, ref);
  }
  for (Symbol& sym : s->symbols) {
    if (sym.scope == NameScope::Cell) {
      sym.slot = b->cell_index[sym.name];
      sym.hops = 0;
    } else if (sym.scope == NameScope::Free) {
      const SlotRef& ref = b->free_slot[sym.name];
      sym.slot = ref.slot;
      sym.hops = ref.hops;
    }
  }
}

}  // namespace

void analyze(ResolverState& st) {
  for (auto& b : st.blocks) analyze_names(st, b.get());
  for (size_t i = st.blocks.size(); i-- > 0;) propagate_free(st.blocks[i].get());
  for (auto& b : st.blocks) lay_out(b.get());
  for (size_t i = st.blocks.size(); i-- > 0;) {
    Block* b = st.blocks[i].get();
    bool needs = !b->scope->freevars.empty();
    for (Block* c : b->children) needs = needs || c->scope->needs_closure;
    b->scope->needs_closure = needs && b->kind != ScopeKind::Module;
  }
}

}  // namespace pywalk::resolver_detail
