// The resolver's first pass: CPython 3.11's symtable visit
// (Python/symtable.c, symtable_visit_*), in the same order, with the same
// DEF_* flags, the same name mangling and the same visit-time SyntaxErrors.
// See resolver_internal.h.
#include <fmt/format.h>

#include "resolver_internal.h"

namespace pywalk::resolver_detail {

namespace {

constexpr const char* kCompInClass = "assignment expression within a comprehension cannot be used in a class body";
constexpr const char* kCompIterExpr = "assignment expression cannot be used in a comprehension iterable expression";

class SymtableBuilder {
 public:
  explicit SymtableBuilder(ResolverState& st) : st_(st) {}

  void run() {
    Module& m = st_.module;
    m.scope = std::make_unique<Scope>();
    m.scope->kind = ScopeKind::Module;
    m.scope->name = "<module>";
    m.scope->qualname = "<module>";
    auto top = std::make_unique<Block>();
    top->scope = m.scope.get();
    top->kind = ScopeKind::Module;
    cur_ = top.get();
    stack_.push_back(cur_);
    st_.blocks.push_back(std::move(top));
    for (StmtPtr& s : m.body) visit_stmt(*s);
  }

 private:
  ResolverState& st_;
  Block* cur_ = nullptr;
  std::vector<Block*> stack_;
  std::string private_;  // CPython's st_private: the innermost enclosing class name
  int depth_ = 0;

  struct DepthGuard {
    SymtableBuilder* b;
    explicit DepthGuard(SymtableBuilder* b_) : b(b_) {
      if (++b->depth_ > kMaxDepth) b->st_.recursion_error();
    }
    ~DepthGuard() { --b->depth_; }
  };

  // ------------------------------------------------------------ blocks

  Block* enter_block(ScopeKind kind, const std::string& name, std::unique_ptr<Scope>& owner) {
    owner = std::make_unique<Scope>();
    owner->kind = kind;
    owner->name = name;
    auto b = std::make_unique<Block>();
    b->scope = owner.get();
    b->kind = kind;
    b->parent = cur_;
    b->comp_iter_expr = cur_->comp_iter_expr;
    cur_->children.push_back(b.get());
    cur_->scope->children.push_back(owner.get());
    cur_ = b.get();
    stack_.push_back(cur_);
    st_.by_scope.emplace(owner.get(), cur_);
    st_.blocks.push_back(std::move(b));
    return cur_;
  }

  void exit_block() {
    stack_.pop_back();
    cur_ = stack_.back();
  }

  // ------------------------------------------------------------ symbols

  static Symbol& find_or_add(Block* b, const std::string& mangled, bool& existed) {
    auto [it, inserted] = b->index.try_emplace(mangled, static_cast<int32_t>(b->scope->symbols.size()));
    existed = !inserted;
    if (inserted) {
      Symbol s;
      s.name = mangled;
      b->scope->symbols.push_back(std::move(s));
    }
    return b->scope->symbols[static_cast<size_t>(it->second)];
  }

  // symtable_add_def_helper. Returns the mangled name.
  std::string add_def(const std::string& name, uint32_t flag, const Span& loc, Block* b = nullptr) {
    if (!b) b = cur_;
    std::string mangled = mangle(private_, name);
    bool existed;
    Symbol& sym = find_or_add(b, mangled, existed);
    uint32_t val = flag;
    if (existed) {
      if ((flag & DEF_PARAM) && (sym.flags & DEF_PARAM))
        st_.error(fmt::format("duplicate argument '{}' in function definition", name), loc);
      val |= sym.flags;
    }
    if (b->comp_iter_target) {
      if (val & (DEF_GLOBAL | DEF_NONLOCAL))
        st_.error(fmt::format("comprehension inner loop cannot rebind assignment expression target '{}'", name), loc);
      val |= DEF_COMP_ITER;
    }
    sym.flags = val;
    if (flag & DEF_PARAM) {
      b->params.push_back(mangled);
    } else if (flag & DEF_GLOBAL) {
      Symbol& g = find_or_add(st_.top(), mangled, existed);
      g.flags |= flag;
    }
    return mangled;
  }

  uint32_t lookup(const std::string& name) { return cur_->flags_of(mangle(private_, name)); }

  void record_directive(Block* b, const std::string& name, const Span& loc) {
    b->directives.try_emplace(mangle(private_, name), loc);
  }

  // ------------------------------------------------------------ statements

  void visit_body(StmtList& body) {
    for (StmtPtr& s : body) visit_stmt(*s);
  }

  void visit_exprs(ExprList& list) {
    for (ExprPtr& e : list)
      if (e) visit_expr(*e);
  }

  void visit_stmt(Stmt& s) {
    DepthGuard guard(this);
    switch (s.kind) {
      case StmtKind::FunctionDef: {
        auto& f = as<FunctionDefStmt>(s);
        std::string bound = add_def(f.name, DEF_LOCAL, s.span);
        visit_exprs(f.args.defaults);
        visit_exprs(f.args.kw_defaults);
        visit_annotations(f.args, f.returns.get());
        visit_exprs(f.decorator_list);
        Block* b = enter_block(ScopeKind::Function, f.name, f.scope);
        b->def = &f;
        b->binding_name = bound;
        b->is_async = f.is_async;
        visit_arguments(f.args);
        visit_body(f.body);
        exit_block();
        f.name = bound;
        return;
      }
      case StmtKind::ClassDef: {
        auto& c = as<ClassDefStmt>(s);
        std::string bound = add_def(c.name, DEF_LOCAL, s.span);
        visit_exprs(c.bases);
        for (Keyword& k : c.keywords) visit_expr(*k.value);
        visit_exprs(c.decorator_list);
        Block* b = enter_block(ScopeKind::Class, c.name, c.scope);
        b->cls = &c;
        b->binding_name = bound;
        std::string saved = std::move(private_);
        private_ = c.name;
        visit_body(c.body);
        private_ = std::move(saved);
        exit_block();
        c.name = bound;
        return;
      }
      case StmtKind::Return: {
        auto& r = as<ReturnStmt>(s);
        if (r.value) visit_expr(*r.value);
        return;
      }
      case StmtKind::Delete:
        visit_exprs(as<DeleteStmt>(s).targets);
        return;
      case StmtKind::Assign: {
        auto& a = as<AssignStmt>(s);
        visit_exprs(a.targets);
        visit_expr(*a.value);
        return;
      }
      case StmtKind::AnnAssign:
        visit_ann_assign(as<AnnAssignStmt>(s));
        return;
      case StmtKind::AugAssign: {
        auto& a = as<AugAssignStmt>(s);
        visit_expr(*a.target);
        visit_expr(*a.value);
        return;
      }
      case StmtKind::For: {
        auto& f = as<ForStmt>(s);
        visit_expr(*f.target);
        visit_expr(*f.iter);
        visit_body(f.body);
        visit_body(f.orelse);
        return;
      }
      case StmtKind::While: {
        auto& w = as<WhileStmt>(s);
        visit_expr(*w.test);
        visit_body(w.body);
        visit_body(w.orelse);
        return;
      }
      case StmtKind::If: {
        auto& i = as<IfStmt>(s);
        visit_expr(*i.test);
        visit_body(i.body);
        visit_body(i.orelse);
        return;
      }
      case StmtKind::Raise: {
        auto& r = as<RaiseStmt>(s);
        if (r.exc) {
          visit_expr(*r.exc);
          if (r.cause) visit_expr(*r.cause);
        }
        return;
      }
      case StmtKind::Try: {
        auto& t = as<TryStmt>(s);
        visit_body(t.body);
        visit_body(t.orelse);
        for (ExceptHandler& h : t.handlers) {
          if (h.type) visit_expr(*h.type);
          if (!h.name.empty()) h.name = add_def(h.name, DEF_LOCAL, h.span);
          visit_body(h.body);
        }
        visit_body(t.finalbody);
        return;
      }
      case StmtKind::Assert: {
        auto& a = as<AssertStmt>(s);
        visit_expr(*a.test);
        if (a.msg) visit_expr(*a.msg);
        return;
      }
      case StmtKind::Import:
        for (Alias& a : as<ImportStmt>(s).names) visit_alias(a);
        return;
      case StmtKind::ImportFrom:
        for (Alias& a : as<ImportFromStmt>(s).names) visit_alias(a);
        return;
      case StmtKind::Global:
        visit_declaration(s, as<GlobalStmt>(s).names, true);
        return;
      case StmtKind::Nonlocal:
        visit_declaration(s, as<NonlocalStmt>(s).names, false);
        return;
      case StmtKind::ExprStmt:
        visit_expr(*as<ExprStmt>(s).value);
        return;
      case StmtKind::Pass:
      case StmtKind::Break:
      case StmtKind::Continue:
        return;
      case StmtKind::With: {
        auto& w = as<WithStmt>(s);
        for (WithItem& item : w.items) {
          visit_expr(*item.context_expr);
          if (item.optional_vars) visit_expr(*item.optional_vars);
        }
        visit_body(w.body);
        return;
      }
    }
  }

  void visit_declaration(Stmt& s, std::vector<std::string>& names, bool global) {
    for (std::string& name : names) {
      uint32_t cur = lookup(name);
      if (cur & (DEF_PARAM | DEF_LOCAL | USE | DEF_ANNOT)) {
        const char* what;
        if (cur & DEF_PARAM)
          what = global ? "name '{}' is parameter and global" : "name '{}' is parameter and nonlocal";
        else if (cur & USE)
          what = global ? "name '{}' is used prior to global declaration"
                        : "name '{}' is used prior to nonlocal declaration";
        else if (cur & DEF_ANNOT)
          what = global ? "annotated name '{}' can't be global" : "annotated name '{}' can't be nonlocal";
        else
          what = global ? "name '{}' is assigned to before global declaration"
                        : "name '{}' is assigned to before nonlocal declaration";
        st_.error(fmt::format(fmt::runtime(what), name), s.span);
      }
      std::string mangled = add_def(name, global ? DEF_GLOBAL : DEF_NONLOCAL, s.span);
      record_directive(cur_, name, s.span);
      name = mangled;
    }
  }

  void visit_ann_assign(AnnAssignStmt& a) {
    if (a.target->kind == ExprKind::Name) {
      auto& n = as<NameExpr>(*a.target);
      uint32_t cur = lookup(n.id);
      if ((cur & (DEF_GLOBAL | DEF_NONLOCAL)) && cur_ != st_.top() && a.simple)
        st_.error(fmt::format(fmt::runtime(cur & DEF_GLOBAL ? "annotated name '{}' can't be global"
                                                            : "annotated name '{}' can't be nonlocal"),
                              n.id),
                  a.span);
      if (a.simple)
        n.id = add_def(n.id, DEF_ANNOT | DEF_LOCAL, n.span);
      else if (a.value)
        n.id = add_def(n.id, DEF_LOCAL, n.span);
      else
        n.id = mangle(private_, n.id);
    } else {
      visit_expr(*a.target);
    }
    visit_expr(*a.annotation);
    if (a.value) visit_expr(*a.value);
  }

  void visit_alias(Alias& a) {
    const std::string& name = a.asname.empty() ? a.name : a.asname;
    if (name == "*") {
      if (cur_->kind != ScopeKind::Module) st_.error("import * only allowed at module level", a.span);
      return;
    }
    add_def(name.substr(0, name.find('.')), DEF_IMPORT, a.span);
  }

  void visit_arguments(Arguments& args) {
    for (Arg& a : args.posonlyargs) a.name = add_def(a.name, DEF_PARAM, a.span);
    for (Arg& a : args.args) a.name = add_def(a.name, DEF_PARAM, a.span);
    for (Arg& a : args.kwonlyargs) a.name = add_def(a.name, DEF_PARAM, a.span);
    if (args.vararg) args.vararg->name = add_def(args.vararg->name, DEF_PARAM, args.vararg->span);
    if (args.kwarg) args.kwarg->name = add_def(args.kwarg->name, DEF_PARAM, args.kwarg->span);
  }

  void visit_annotations(Arguments& args, Expr* returns) {
    auto each = [&](std::vector<Arg>& list) {
      for (Arg& a : list)
        if (a.annotation) visit_expr(*a.annotation);
    };
    each(args.posonlyargs);
    each(args.args);
    if (args.vararg && args.vararg->annotation) visit_expr(*args.vararg->annotation);
    if (args.kwarg && args.kwarg->annotation) visit_expr(*args.kwarg->annotation);
    each(args.kwonlyargs);
    if (returns) visit_expr(*returns);
  }

  // ------------------------------------------------------------ expressions

  void visit_expr(Expr& e) {
    DepthGuard guard(this);
    switch (e.kind) {
      case ExprKind::NamedExpr: {
        auto& n = as<NamedExprExpr>(e);
        if (cur_->comp_iter_expr > 0) st_.error(kCompIterExpr, e.span);
        if (cur_->kind == ScopeKind::Comprehension) extend_namedexpr_scope(as<NameExpr>(*n.target));
        visit_expr(*n.value);
        visit_expr(*n.target);
        return;
      }
      case ExprKind::BoolOp:
        visit_exprs(as<BoolOpExpr>(e).values);
        return;
      case ExprKind::BinOp: {
        auto& b = as<BinOpExpr>(e);
        visit_expr(*b.left);
        visit_expr(*b.right);
        return;
      }
      case ExprKind::UnaryOp:
        visit_expr(*as<UnaryOpExpr>(e).operand);
        return;
      case ExprKind::Lambda: {
        auto& l = as<LambdaExpr>(e);
        visit_exprs(l.args.defaults);
        visit_exprs(l.args.kw_defaults);
        Block* b = enter_block(ScopeKind::Lambda, "<lambda>", l.scope);
        b->lambda = &l;
        visit_arguments(l.args);
        visit_expr(*l.body);
        exit_block();
        return;
      }
      case ExprKind::Yield:
      case ExprKind::YieldFrom: {
        Expr* value = e.kind == ExprKind::Yield ? as<YieldExpr>(e).value.get() : as<YieldFromExpr>(e).value.get();
        if (value) visit_expr(*value);
        cur_->scope->is_generator = true;
        if (cur_->comp) {
          const ExprKind k = cur_->comp->kind;
          st_.error(k == ExprKind::ListComp  ? "'yield' inside list comprehension"
                    : k == ExprKind::SetComp ? "'yield' inside set comprehension"
                    : k == ExprKind::DictComp ? "'yield' inside dict comprehension"
                                              : "'yield' inside generator expression",
                    e.span);
        }
        return;
      }
      case ExprKind::IfExp: {
        auto& i = as<IfExpExpr>(e);
        visit_expr(*i.test);
        visit_expr(*i.body);
        visit_expr(*i.orelse);
        return;
      }
      case ExprKind::Dict: {
        auto& d = as<DictExpr>(e);
        visit_exprs(d.keys);
        visit_exprs(d.values);
        return;
      }
      case ExprKind::Set:
        visit_exprs(as<SetExpr>(e).elts);
        return;
      case ExprKind::ListComp: {
        auto& c = static_cast<ListCompExpr&>(e);
        visit_comprehension(c, "<listcomp>", *c.elt, nullptr);
        return;
      }
      case ExprKind::SetComp: {
        auto& c = static_cast<SetCompExpr&>(e);
        visit_comprehension(c, "<setcomp>", *c.elt, nullptr);
        return;
      }
      case ExprKind::GeneratorExp: {
        auto& c = static_cast<GeneratorExpExpr&>(e);
        visit_comprehension(c, "<genexpr>", *c.elt, nullptr);
        return;
      }
      case ExprKind::DictComp: {
        auto& c = static_cast<DictCompExpr&>(e);
        visit_comprehension(c, "<dictcomp>", *c.key, c.value.get());
        return;
      }
      case ExprKind::Compare: {
        auto& c = as<CompareExpr>(e);
        visit_expr(*c.left);
        visit_exprs(c.comparators);
        return;
      }
      case ExprKind::Call: {
        auto& c = as<CallExpr>(e);
        visit_expr(*c.func);
        visit_exprs(c.args);
        for (Keyword& k : c.keywords) visit_expr(*k.value);
        return;
      }
      case ExprKind::FormattedValue: {
        auto& f = as<FormattedValueExpr>(e);
        visit_expr(*f.value);
        if (f.format_spec) visit_expr(*f.format_spec);
        return;
      }
      case ExprKind::JoinedStr:
        visit_exprs(as<JoinedStrExpr>(e).values);
        return;
      case ExprKind::Constant:
        return;
      case ExprKind::Attribute:
        visit_expr(*as<AttributeExpr>(e).value);
        return;
      case ExprKind::Subscript: {
        auto& s = as<SubscriptExpr>(e);
        visit_expr(*s.value);
        visit_expr(*s.slice);
        return;
      }
      case ExprKind::Starred:
        visit_expr(*as<StarredExpr>(e).value);
        return;
      case ExprKind::Slice: {
        auto& s = as<SliceExpr>(e);
        if (s.lower) visit_expr(*s.lower);
        if (s.upper) visit_expr(*s.upper);
        if (s.step) visit_expr(*s.step);
        return;
      }
      case ExprKind::Name: {
        auto& n = as<NameExpr>(e);
        bool load = n.ctx == ExprContext::Load;
        std::string original = n.id;
        n.id = add_def(n.id, load ? USE : DEF_LOCAL, n.span);
        if (load && cur_->function_block() && original == "super") add_def("__class__", USE, n.span);
        return;
      }
      case ExprKind::List:
        visit_exprs(as<ListExpr>(e).elts);
        return;
      case ExprKind::Tuple:
        visit_exprs(as<TupleExpr>(e).elts);
        return;
    }
  }

  // symtable_extend_namedexpr_scope: a walrus in a comprehension binds in
  // the nearest enclosing function (or module) scope.
  void extend_namedexpr_scope(NameExpr& target) {
    const std::string& name = target.id;
    for (size_t i = stack_.size(); i-- > 0;) {
      Block* b = stack_[i];
      if (b->kind == ScopeKind::Comprehension) {
        if (b->flags_of(name) & DEF_COMP_ITER)
          st_.error(fmt::format("assignment expression cannot rebind comprehension iteration variable '{}'", name),
                    target.span);
        continue;
      }
      if (b->function_block()) {
        add_def(name, (b->flags_of(name) & DEF_GLOBAL) ? DEF_GLOBAL : DEF_NONLOCAL, target.span);
        record_directive(cur_, name, target.span);
        add_def(name, DEF_LOCAL, target.span, b);
        return;
      }
      if (b->kind == ScopeKind::Module) {
        add_def(name, DEF_GLOBAL, target.span);
        record_directive(cur_, name, target.span);
        add_def(name, DEF_GLOBAL, target.span, b);
        return;
      }
      st_.error(kCompInClass, target.span);  // a class body
    }
  }

  // symtable_handle_comprehension: the first iterable is evaluated in the
  // enclosing scope; the rest runs in the comprehension's own scope, whose
  // implicit parameter `.0` receives that iterator.
  void visit_comprehension(ComprehensionBase& e, const char* name, Expr& elt, Expr* value) {
    Comprehension& outermost = e.generators.front();
    ++cur_->comp_iter_expr;
    visit_expr(*outermost.iter);
    --cur_->comp_iter_expr;
    Block* b = enter_block(ScopeKind::Comprehension, name, e.scope);
    b->comp = &e;
    for (const Comprehension& g : e.generators) b->is_async = b->is_async || g.is_async;
    add_def(".0", DEF_PARAM, e.span);
    b->comp_iter_target = true;
    visit_expr(*outermost.target);
    b->comp_iter_target = false;
    visit_exprs(outermost.ifs);
    for (size_t i = 1; i < e.generators.size(); ++i) {
      Comprehension& g = e.generators[i];
      b->comp_iter_target = true;
      visit_expr(*g.target);
      b->comp_iter_target = false;
      ++b->comp_iter_expr;
      visit_expr(*g.iter);
      --b->comp_iter_expr;
      visit_exprs(g.ifs);
    }
    if (value) visit_expr(*value);
    visit_expr(elt);
    exit_block();
  }
};

}  // namespace

void build_symtable(ResolverState& state) {
  SymtableBuilder(state).run();
}

}  // namespace pywalk::resolver_detail
