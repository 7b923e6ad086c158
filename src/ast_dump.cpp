// The AST dumper: dump_ast() prints exactly what CPython 3.11's
// `ast.dump(tree, indent=2)` prints (optionally with include_attributes).
// The tree is first turned into a generic (class name, fields) form, then
// laid out with the algorithm of Lib/ast.py's dump(): a node is written on
// one line when it has at most three fields and all of them are "simple"
// (reprs, empty lists, nodes without fields); optional fields holding None
// are left out. Constants are shown as Python reprs (str_repr of
// objects/str.h, float_repr of num/float_format.h).
#include "pywalk/ast_dump.h"

#include <fmt/format.h>

#include <memory>
#include <string>
#include <vector>

#include "pywalk/ast.h"
#include "pywalk/num/float_format.h"
#include "pywalk/objects/str.h"

namespace pywalk {

namespace {

std::string ast_bytes_repr(std::string_view bytes) {
  bool has_single = false, has_double = false;
  for (char c : bytes) {
    if (c == '\'') has_single = true;
    if (c == '"') has_double = true;
  }
  char quote = (has_single && !has_double) ? '"' : '\'';
  std::string out = "b";
  out += quote;
  for (char ch : bytes) {
    unsigned char c = static_cast<unsigned char>(ch);
    if (c == static_cast<unsigned char>(quote) || c == '\\') {
      out += '\\';
      out += static_cast<char>(c);
    } else if (c == '\t') {
      out += "\\t";
    } else if (c == '\n') {
      out += "\\n";
    } else if (c == '\r') {
      out += "\\r";
    } else if (c < 0x20 || c >= 0x7F) {
      out += fmt::format("\\x{:02x}", static_cast<unsigned>(c));
    } else {
      out += static_cast<char>(c);
    }
  }
  out += quote;
  return out;
}

std::string constant_repr(const ConstantExpr& c) {
  switch (c.const_kind) {
    case ConstKind::None:
      return "None";
    case ConstKind::True:
      return "True";
    case ConstKind::False:
      return "False";
    case ConstKind::Ellipsis:
      return "Ellipsis";
    case ConstKind::Int:
      return std::to_string(c.int_value);
    case ConstKind::BigInt:
      return c.text;
    case ConstKind::Float:
      return num::float_repr(c.float_value);
    case ConstKind::Imaginary: {
      num::FloatFormatOptions o;
      o.code = 'r';
      return num::format_double(c.float_value, o) + "j";
    }
    case ConstKind::Str:
      return str_repr(c.text);
    case ConstKind::Bytes:
      return ast_bytes_repr(c.text);
  }
  return "None";
}

// ---------------------------------------------------------------- generic form

struct DNode;
struct DValue {
  enum Kind { Leaf, Node, List, Omit } kind = Omit;
  std::string leaf;
  std::unique_ptr<DNode> node;
  std::vector<DValue> list;
};
struct DNode {
  std::string name;
  std::vector<std::pair<const char*, DValue>> fields;
};

DValue leaf(std::string s) {
  DValue v;
  v.kind = DValue::Leaf;
  v.leaf = std::move(s);
  return v;
}
DValue omit() {
  return DValue{};
}
DValue nodev(std::unique_ptr<DNode> n) {
  DValue v;
  v.kind = DValue::Node;
  v.node = std::move(n);
  return v;
}
DValue simple_node(const char* name) {
  auto n = std::make_unique<DNode>();
  n->name = name;
  return nodev(std::move(n));
}
DValue empty_list() {
  DValue v;
  v.kind = DValue::List;
  return v;
}

const char* binop_name(BinOpKind k) {
  switch (k) {
    case BinOpKind::Add:
      return "Add";
    case BinOpKind::Sub:
      return "Sub";
    case BinOpKind::Mult:
      return "Mult";
    case BinOpKind::MatMult:
      return "MatMult";
    case BinOpKind::Div:
      return "Div";
    case BinOpKind::FloorDiv:
      return "FloorDiv";
    case BinOpKind::Mod:
      return "Mod";
    case BinOpKind::Pow:
      return "Pow";
    case BinOpKind::LShift:
      return "LShift";
    case BinOpKind::RShift:
      return "RShift";
    case BinOpKind::BitOr:
      return "BitOr";
    case BinOpKind::BitXor:
      return "BitXor";
    case BinOpKind::BitAnd:
      return "BitAnd";
  }
  return "?";
}
const char* unary_name(UnaryOpKind k) {
  switch (k) {
    case UnaryOpKind::Not:
      return "Not";
    case UnaryOpKind::Invert:
      return "Invert";
    case UnaryOpKind::UAdd:
      return "UAdd";
    case UnaryOpKind::USub:
      return "USub";
  }
  return "?";
}
const char* cmp_name(CmpOpKind k) {
  switch (k) {
    case CmpOpKind::Eq:
      return "Eq";
    case CmpOpKind::NotEq:
      return "NotEq";
    case CmpOpKind::Lt:
      return "Lt";
    case CmpOpKind::LtE:
      return "LtE";
    case CmpOpKind::Gt:
      return "Gt";
    case CmpOpKind::GtE:
      return "GtE";
    case CmpOpKind::Is:
      return "Is";
    case CmpOpKind::IsNot:
      return "IsNot";
    case CmpOpKind::In:
      return "In";
    case CmpOpKind::NotIn:
      return "NotIn";
  }
  return "?";
}
const char* ctx_name(ExprContext c) {
  switch (c) {
    case ExprContext::Load:
      return "Load";
    case ExprContext::Store:
      return "Store";
    case ExprContext::Del:
      return "Del";
  }
  return "?";
}

struct Builder {
  bool attributes;

  void add_span(DNode& n, const Span& s) {
    if (!attributes) return;
    n.fields.emplace_back("lineno", leaf(std::to_string(s.line)));
    n.fields.emplace_back("col_offset", leaf(std::to_string(s.col)));
    n.fields.emplace_back("end_lineno", leaf(std::to_string(s.end_line)));
    n.fields.emplace_back("end_col_offset", leaf(std::to_string(s.end_col)));
  }

  DValue opt(const ExprPtr& e) { return e ? expr(*e) : omit(); }
  DValue exprs(const ExprList& l) {
    DValue v = empty_list();
    for (const ExprPtr& e : l) v.list.push_back(e ? expr(*e) : leaf("None"));
    return v;
  }
  DValue stmts(const StmtList& l) {
    DValue v = empty_list();
    for (const StmtPtr& s : l) v.list.push_back(stmt(*s));
    return v;
  }
  DValue str(const std::string& s) { return leaf(str_repr(s)); }

  DValue arg(const Arg& a) {
    auto n = std::make_unique<DNode>();
    n->name = "arg";
    n->fields.emplace_back("arg", str(a.name));
    n->fields.emplace_back("annotation", opt(a.annotation));
    add_span(*n, a.span);
    return nodev(std::move(n));
  }
  DValue args(const std::vector<Arg>& l) {
    DValue v = empty_list();
    for (const Arg& a : l) v.list.push_back(arg(a));
    return v;
  }
  DValue arguments(const Arguments& a) {
    auto n = std::make_unique<DNode>();
    n->name = "arguments";
    n->fields.emplace_back("posonlyargs", args(a.posonlyargs));
    n->fields.emplace_back("args", args(a.args));
    n->fields.emplace_back("vararg", a.vararg ? arg(*a.vararg) : omit());
    n->fields.emplace_back("kwonlyargs", args(a.kwonlyargs));
    n->fields.emplace_back("kw_defaults", exprs(a.kw_defaults));
    n->fields.emplace_back("kwarg", a.kwarg ? arg(*a.kwarg) : omit());
    n->fields.emplace_back("defaults", exprs(a.defaults));
    return nodev(std::move(n));
  }
  DValue keywords(const std::vector<Keyword>& l) {
    DValue v = empty_list();
    for (const Keyword& k : l) {
      auto n = std::make_unique<DNode>();
      n->name = "keyword";
      n->fields.emplace_back("arg", k.arg.empty() ? omit() : str(k.arg));
      n->fields.emplace_back("value", expr(*k.value));
      add_span(*n, k.span);
      v.list.push_back(nodev(std::move(n)));
    }
    return v;
  }
  DValue generators(const std::vector<Comprehension>& l) {
    DValue v = empty_list();
    for (const Comprehension& c : l) {
      auto n = std::make_unique<DNode>();
      n->name = "comprehension";
      n->fields.emplace_back("target", expr(*c.target));
      n->fields.emplace_back("iter", expr(*c.iter));
      n->fields.emplace_back("ifs", exprs(c.ifs));
      n->fields.emplace_back("is_async", leaf(c.is_async ? "1" : "0"));
      v.list.push_back(nodev(std::move(n)));
    }
    return v;
  }
  DValue aliases(const std::vector<Alias>& l) {
    DValue v = empty_list();
    for (const Alias& a : l) {
      auto n = std::make_unique<DNode>();
      n->name = "alias";
      n->fields.emplace_back("name", str(a.name));
      n->fields.emplace_back("asname", a.asname.empty() ? omit() : str(a.asname));
      add_span(*n, a.span);
      v.list.push_back(nodev(std::move(n)));
    }
    return v;
  }
  DValue names(const std::vector<std::string>& l) {
    DValue v = empty_list();
    for (const std::string& s : l) v.list.push_back(str(s));
    return v;
  }

  DValue expr(const Expr& e) {
    auto n = std::make_unique<DNode>();
    auto& f = n->fields;
    switch (e.kind) {
      case ExprKind::Constant: {
        const auto& c = as<ConstantExpr>(e);
        n->name = "Constant";
        f.emplace_back("value", leaf(constant_repr(c)));
        f.emplace_back("kind", c.kind_u ? str("u") : omit());
        break;
      }
      case ExprKind::Name: {
        const auto& x = as<NameExpr>(e);
        n->name = "Name";
        f.emplace_back("id", str(x.id));
        f.emplace_back("ctx", simple_node(ctx_name(x.ctx)));
        break;
      }
      case ExprKind::BinOp: {
        const auto& x = as<BinOpExpr>(e);
        n->name = "BinOp";
        f.emplace_back("left", expr(*x.left));
        f.emplace_back("op", simple_node(binop_name(x.op)));
        f.emplace_back("right", expr(*x.right));
        break;
      }
      case ExprKind::UnaryOp: {
        const auto& x = as<UnaryOpExpr>(e);
        n->name = "UnaryOp";
        f.emplace_back("op", simple_node(unary_name(x.op)));
        f.emplace_back("operand", expr(*x.operand));
        break;
      }
      case ExprKind::BoolOp: {
        const auto& x = as<BoolOpExpr>(e);
        n->name = "BoolOp";
        f.emplace_back("op", simple_node(x.op == BoolOpKind::And ? "And" : "Or"));
        f.emplace_back("values", exprs(x.values));
        break;
      }
      case ExprKind::Compare: {
        const auto& x = as<CompareExpr>(e);
        n->name = "Compare";
        f.emplace_back("left", expr(*x.left));
        DValue ops = empty_list();
        for (CmpOpKind k : x.ops) ops.list.push_back(simple_node(cmp_name(k)));
        f.emplace_back("ops", std::move(ops));
        f.emplace_back("comparators", exprs(x.comparators));
        break;
      }
      case ExprKind::IfExp: {
        const auto& x = as<IfExpExpr>(e);
        n->name = "IfExp";
        f.emplace_back("test", expr(*x.test));
        f.emplace_back("body", expr(*x.body));
        f.emplace_back("orelse", expr(*x.orelse));
        break;
      }
      case ExprKind::NamedExpr: {
        const auto& x = as<NamedExprExpr>(e);
        n->name = "NamedExpr";
        f.emplace_back("target", expr(*x.target));
        f.emplace_back("value", expr(*x.value));
        break;
      }
      case ExprKind::Call: {
        const auto& x = as<CallExpr>(e);
        n->name = "Call";
        f.emplace_back("func", expr(*x.func));
        f.emplace_back("args", exprs(x.args));
        f.emplace_back("keywords", keywords(x.keywords));
        break;
      }
      case ExprKind::Attribute: {
        const auto& x = as<AttributeExpr>(e);
        n->name = "Attribute";
        f.emplace_back("value", expr(*x.value));
        f.emplace_back("attr", str(x.attr));
        f.emplace_back("ctx", simple_node(ctx_name(x.ctx)));
        break;
      }
      case ExprKind::Subscript: {
        const auto& x = as<SubscriptExpr>(e);
        n->name = "Subscript";
        f.emplace_back("value", expr(*x.value));
        f.emplace_back("slice", expr(*x.slice));
        f.emplace_back("ctx", simple_node(ctx_name(x.ctx)));
        break;
      }
      case ExprKind::Slice: {
        const auto& x = as<SliceExpr>(e);
        n->name = "Slice";
        f.emplace_back("lower", opt(x.lower));
        f.emplace_back("upper", opt(x.upper));
        f.emplace_back("step", opt(x.step));
        break;
      }
      case ExprKind::Starred: {
        const auto& x = as<StarredExpr>(e);
        n->name = "Starred";
        f.emplace_back("value", expr(*x.value));
        f.emplace_back("ctx", simple_node(ctx_name(x.ctx)));
        break;
      }
      case ExprKind::Tuple: {
        const auto& x = as<TupleExpr>(e);
        n->name = "Tuple";
        f.emplace_back("elts", exprs(x.elts));
        f.emplace_back("ctx", simple_node(ctx_name(x.ctx)));
        break;
      }
      case ExprKind::List: {
        const auto& x = as<ListExpr>(e);
        n->name = "List";
        f.emplace_back("elts", exprs(x.elts));
        f.emplace_back("ctx", simple_node(ctx_name(x.ctx)));
        break;
      }
      case ExprKind::Set: {
        n->name = "Set";
        f.emplace_back("elts", exprs(as<SetExpr>(e).elts));
        break;
      }
      case ExprKind::Dict: {
        const auto& x = as<DictExpr>(e);
        n->name = "Dict";
        f.emplace_back("keys", exprs(x.keys));
        f.emplace_back("values", exprs(x.values));
        break;
      }
      case ExprKind::ListComp: {
        const auto& x = as<ListCompExpr>(e);
        n->name = "ListComp";
        f.emplace_back("elt", expr(*x.elt));
        f.emplace_back("generators", generators(x.generators));
        break;
      }
      case ExprKind::SetComp: {
        const auto& x = as<SetCompExpr>(e);
        n->name = "SetComp";
        f.emplace_back("elt", expr(*x.elt));
        f.emplace_back("generators", generators(x.generators));
        break;
      }
      case ExprKind::GeneratorExp: {
        const auto& x = as<GeneratorExpExpr>(e);
        n->name = "GeneratorExp";
        f.emplace_back("elt", expr(*x.elt));
        f.emplace_back("generators", generators(x.generators));
        break;
      }
      case ExprKind::DictComp: {
        const auto& x = as<DictCompExpr>(e);
        n->name = "DictComp";
        f.emplace_back("key", expr(*x.key));
        f.emplace_back("value", expr(*x.value));
        f.emplace_back("generators", generators(x.generators));
        break;
      }
      case ExprKind::Lambda: {
        const auto& x = as<LambdaExpr>(e);
        n->name = "Lambda";
        f.emplace_back("args", arguments(x.args));
        f.emplace_back("body", expr(*x.body));
        break;
      }
      case ExprKind::Yield:
        n->name = "Yield";
        f.emplace_back("value", opt(as<YieldExpr>(e).value));
        break;
      case ExprKind::YieldFrom:
        n->name = "YieldFrom";
        f.emplace_back("value", expr(*as<YieldFromExpr>(e).value));
        break;
      case ExprKind::JoinedStr: {
        n->name = "JoinedStr";
        f.emplace_back("values", exprs(as<JoinedStrExpr>(e).values));
        break;
      }
      case ExprKind::FormattedValue: {
        const auto& x = as<FormattedValueExpr>(e);
        n->name = "FormattedValue";
        f.emplace_back("value", expr(*x.value));
        f.emplace_back("conversion", leaf(std::to_string(x.conversion)));
        f.emplace_back("format_spec", opt(x.format_spec));
        break;
      }
    }
    add_span(*n, e.span);
    return nodev(std::move(n));
  }

  DValue stmt(const Stmt& s) {
    auto n = std::make_unique<DNode>();
    auto& f = n->fields;
    switch (s.kind) {
      case StmtKind::ExprStmt:
        n->name = "Expr";
        f.emplace_back("value", expr(*as<ExprStmt>(s).value));
        break;
      case StmtKind::Assign: {
        const auto& x = as<AssignStmt>(s);
        n->name = "Assign";
        f.emplace_back("targets", exprs(x.targets));
        f.emplace_back("value", expr(*x.value));
        break;
      }
      case StmtKind::AugAssign: {
        const auto& x = as<AugAssignStmt>(s);
        n->name = "AugAssign";
        f.emplace_back("target", expr(*x.target));
        f.emplace_back("op", simple_node(binop_name(x.op)));
        f.emplace_back("value", expr(*x.value));
        break;
      }
      case StmtKind::AnnAssign: {
        const auto& x = as<AnnAssignStmt>(s);
        n->name = "AnnAssign";
        f.emplace_back("target", expr(*x.target));
        f.emplace_back("annotation", expr(*x.annotation));
        f.emplace_back("value", opt(x.value));
        f.emplace_back("simple", leaf(x.simple ? "1" : "0"));
        break;
      }
      case StmtKind::FunctionDef: {
        const auto& x = as<FunctionDefStmt>(s);
        n->name = x.is_async ? "AsyncFunctionDef" : "FunctionDef";
        f.emplace_back("name", str(x.name));
        f.emplace_back("args", arguments(x.args));
        f.emplace_back("body", stmts(x.body));
        f.emplace_back("decorator_list", exprs(x.decorator_list));
        f.emplace_back("returns", opt(x.returns));
        break;
      }
      case StmtKind::ClassDef: {
        const auto& x = as<ClassDefStmt>(s);
        n->name = "ClassDef";
        f.emplace_back("name", str(x.name));
        f.emplace_back("bases", exprs(x.bases));
        f.emplace_back("keywords", keywords(x.keywords));
        f.emplace_back("body", stmts(x.body));
        f.emplace_back("decorator_list", exprs(x.decorator_list));
        break;
      }
      case StmtKind::Return:
        n->name = "Return";
        f.emplace_back("value", opt(as<ReturnStmt>(s).value));
        break;
      case StmtKind::If: {
        const auto& x = as<IfStmt>(s);
        n->name = "If";
        f.emplace_back("test", expr(*x.test));
        f.emplace_back("body", stmts(x.body));
        f.emplace_back("orelse", stmts(x.orelse));
        break;
      }
      case StmtKind::While: {
        const auto& x = as<WhileStmt>(s);
        n->name = "While";
        f.emplace_back("test", expr(*x.test));
        f.emplace_back("body", stmts(x.body));
        f.emplace_back("orelse", stmts(x.orelse));
        break;
      }
      case StmtKind::For: {
        const auto& x = as<ForStmt>(s);
        n->name = x.is_async ? "AsyncFor" : "For";
        f.emplace_back("target", expr(*x.target));
        f.emplace_back("iter", expr(*x.iter));
        f.emplace_back("body", stmts(x.body));
        f.emplace_back("orelse", stmts(x.orelse));
        break;
      }
      case StmtKind::Break:
        n->name = "Break";
        break;
      case StmtKind::Continue:
        n->name = "Continue";
        break;
      case StmtKind::Pass:
        n->name = "Pass";
        break;
      case StmtKind::Global:
        n->name = "Global";
        f.emplace_back("names", names(as<GlobalStmt>(s).names));
        break;
      case StmtKind::Nonlocal:
        n->name = "Nonlocal";
        f.emplace_back("names", names(as<NonlocalStmt>(s).names));
        break;
      case StmtKind::Delete:
        n->name = "Delete";
        f.emplace_back("targets", exprs(as<DeleteStmt>(s).targets));
        break;
      case StmtKind::Assert: {
        const auto& x = as<AssertStmt>(s);
        n->name = "Assert";
        f.emplace_back("test", expr(*x.test));
        f.emplace_back("msg", opt(x.msg));
        break;
      }
      case StmtKind::Raise: {
        const auto& x = as<RaiseStmt>(s);
        n->name = "Raise";
        f.emplace_back("exc", opt(x.exc));
        f.emplace_back("cause", opt(x.cause));
        break;
      }
      case StmtKind::Try: {
        const auto& x = as<TryStmt>(s);
        n->name = "Try";
        f.emplace_back("body", stmts(x.body));
        DValue handlers = empty_list();
        for (const ExceptHandler& h : x.handlers) {
          auto hn = std::make_unique<DNode>();
          hn->name = "ExceptHandler";
          hn->fields.emplace_back("type", opt(h.type));
          hn->fields.emplace_back("name", h.name.empty() ? omit() : str(h.name));
          hn->fields.emplace_back("body", stmts(h.body));
          add_span(*hn, h.span);
          handlers.list.push_back(nodev(std::move(hn)));
        }
        f.emplace_back("handlers", std::move(handlers));
        f.emplace_back("orelse", stmts(x.orelse));
        f.emplace_back("finalbody", stmts(x.finalbody));
        break;
      }
      case StmtKind::With: {
        const auto& x = as<WithStmt>(s);
        n->name = "With";
        DValue items = empty_list();
        for (const WithItem& w : x.items) {
          auto wn = std::make_unique<DNode>();
          wn->name = "withitem";
          wn->fields.emplace_back("context_expr", expr(*w.context_expr));
          wn->fields.emplace_back("optional_vars", opt(w.optional_vars));
          items.list.push_back(nodev(std::move(wn)));
        }
        f.emplace_back("items", std::move(items));
        f.emplace_back("body", stmts(x.body));
        break;
      }
      case StmtKind::Import:
        n->name = "Import";
        f.emplace_back("names", aliases(as<ImportStmt>(s).names));
        break;
      case StmtKind::ImportFrom: {
        const auto& x = as<ImportFromStmt>(s);
        n->name = "ImportFrom";
        f.emplace_back("module", x.module.empty() ? omit() : str(x.module));
        f.emplace_back("names", aliases(x.names));
        f.emplace_back("level", leaf(std::to_string(x.level)));
        break;
      }
    }
    add_span(*n, s.span);
    return nodev(std::move(n));
  }
};

// Lib/ast.py dump()._format with indent="  ", writing into `out` (linear in
// the output size). A value is "simple" when it is a repr, an empty list or a
// node without fields; a node whose fields are all simple and at most three
// is written on one line.
bool is_simple(const DValue& v) {
  switch (v.kind) {
    case DValue::Leaf:
      return true;
    case DValue::List:
      return v.list.empty();
    case DValue::Node:
      for (const auto& f : v.node->fields) {
        if (f.second.kind != DValue::Omit) return false;
      }
      return true;
    case DValue::Omit:
      return true;
  }
  return true;
}

void format(const DValue& v, int level, std::string& out) {
  level += 1;
  auto newline = [&]() {
    out += '\n';
    out.append(static_cast<size_t>(2 * level), ' ');
  };
  switch (v.kind) {
    case DValue::Node: {
      const DNode& n = *v.node;
      size_t nargs = 0;
      bool allsimple = true;
      for (const auto& f : n.fields) {
        if (f.second.kind == DValue::Omit) continue;
        ++nargs;
        allsimple = allsimple && is_simple(f.second);
      }
      out += n.name;
      out += '(';
      bool inline_form = allsimple && nargs <= 3;
      bool first = true;
      for (const auto& [name, value] : n.fields) {
        if (value.kind == DValue::Omit) continue;
        if (inline_form) {
          if (!first) out += ", ";
        } else {
          if (!first) out += ',';
          newline();
        }
        first = false;
        out += name;
        out += '=';
        format(value, level, out);
      }
      out += ')';
      return;
    }
    case DValue::List: {
      if (v.list.empty()) {
        out += "[]";
        return;
      }
      out += '[';
      for (size_t i = 0; i < v.list.size(); ++i) {
        if (i) out += ',';
        newline();
        format(v.list[i], level, out);
      }
      out += ']';
      return;
    }
    case DValue::Leaf:
      out += v.leaf;
      return;
    case DValue::Omit:
      out += "None";
      return;
  }
}

std::string format_value(const DValue& v) {
  std::string out;
  format(v, 0, out);
  return out;
}

DValue module_value(const Module& m, bool attributes) {
  Builder b{attributes};
  auto n = std::make_unique<DNode>();
  n->name = "Module";
  n->fields.emplace_back("body", b.stmts(m.body));
  n->fields.emplace_back("type_ignores", empty_list());
  return nodev(std::move(n));
}

}  // namespace

std::string dump_ast(const Module& module) {
  return format_value(module_value(module, false));
}

std::string dump_ast_with_positions(const Module& module) {
  return format_value(module_value(module, true));
}

std::string dump_expr(const Expr& e) {
  Builder b{false};
  return format_value(b.expr(e));
}

}  // namespace pywalk
