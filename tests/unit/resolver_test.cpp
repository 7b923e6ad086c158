// The resolver (CPython's symtable pass) against CPython itself.
//
// ResolverCases: every tests/unit/resolver_cases/NAME.py is parsed and
// resolved; dump_scopes() and dump_code_info() (or the SyntaxError) must
// equal NAME.expected, which scripts/gen_resolver_cases.py writes from
// python3's symtable module, code objects and compile(). Each resolved
// program is also checked for internal consistency: every name on the AST
// is classified, and every slot and Env hop count lands on the right
// variable (resolver_test_util.h).
//
// ResolverBuilt: ASTs built by hand (no parser needed): closures through
// scopes with and without their own Env, comprehensions, errors, and scale
// (deep nesting, huge modules, CPython's compile-time recursion limit).

#include <fmt/format.h>
#include <gtest/gtest.h>

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "pywalk/diagnostics.h"
#include "pywalk/parser.h"
#include "pywalk/pywalk.h"
#include "pywalk/resolver.h"
#include "resolver_test_util.h"

namespace pywalk {
namespace {

namespace fs = std::filesystem;
using namespace resolver_test;

fs::path repo_root() {
  return fs::path(__FILE__).parent_path().parent_path().parent_path();
}
fs::path cases_dir() {
  return repo_root() / "tests" / "unit" / "resolver_cases";
}

std::string read_file(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

std::vector<std::string> case_names() {
  std::vector<std::string> names;
  for (const auto& entry : fs::directory_iterator(cases_dir()))
    if (entry.path().extension() == ".py") names.push_back(entry.path().stem().string());
  std::sort(names.begin(), names.end());
  return names;
}

// The text gen_resolver_cases.py writes, from pywalk.
std::string actual_for(Module& m) {
  Resolver r(m);
  std::string out;
  try {
    r.resolve();
  } catch (const CompileError& e) {
    out = fmt::format("== error\n{}: {}\nline {} offset {} end_line {} end_offset {}\n", e.type, e.msg, e.line,
                      e.offset, e.end_line, e.end_offset);
  }
  if (out.empty()) out = "== scopes\n" + dump_scopes(m) + "== code\n" + dump_code_info(m);
  std::string warnings;
  for (const std::string& w : r.warnings()) warnings += w;
  return warnings.empty() ? out : "== warnings\n" + warnings + out;
}

class ResolverCases : public ::testing::TestWithParam<std::string> {};

TEST_P(ResolverCases, MatchesCPython) {
  if (fs::exists(repo_root() / "src" / "stubs" / "stub_parser.cpp")) GTEST_SKIP() << "the parser is not written yet";
  const fs::path py = cases_dir() / (GetParam() + ".py");
  const std::string expected = read_file(cases_dir() / (GetParam() + ".expected"));
  ASSERT_FALSE(expected.empty()) << "run scripts/gen_resolver_cases.py";
  std::unique_ptr<Module> m = parse_source(read_file(py), py.filename().string());
  std::string actual = actual_for(*m);
  EXPECT_EQ(actual, expected);
  if (actual.rfind("== scopes", 0) == 0) check_consistency(*m);
}

INSTANTIATE_TEST_SUITE_P(ResolverFiles, ResolverCases, ::testing::ValuesIn(case_names()),
                         [](const ::testing::TestParamInfo<std::string>& info) { return info.param; });

// ---------------------------------------------------------------- by hand

const Symbol* symbol(const Scope& s, const std::string& name) {
  for (const Symbol& sym : s.symbols)
    if (sym.name == name) return &sym;
  return nullptr;
}

// def outer(a):
//     b = 1
//     def mid():
//         c = 2
//         def inner():
//             return a + b + c
//         return inner
//     return mid
TEST(ResolverBuilt, ClosureSlotsAndHops) {
  Build B;
  auto m = B.module();
  auto inner = B.def("inner", {}, B.ret(B.binop(B.binop(B.load("a"), B.load("b")), B.load("c"))));
  auto mid = B.def("mid", {}, B.assign(B.store("c"), B.num(2)), std::move(inner), B.ret(B.load("inner")));
  m->body.push_back(B.def("outer", {"a"}, B.assign(B.store("b"), B.num(1)), std::move(mid), B.ret(B.load("mid"))));
  Resolver(*m).resolve();
  check_consistency(*m);

  const Scope& outer = *m->scope->children.at(0);
  const Scope& mids = *outer.children.at(0);
  const Scope& inners = *mids.children.at(0);
  EXPECT_EQ(outer.qualname, "outer");
  EXPECT_EQ(mids.qualname, "outer.<locals>.mid");
  EXPECT_EQ(inners.qualname, "outer.<locals>.mid.<locals>.inner");
  EXPECT_EQ(outer.varnames, (std::vector<std::string>{"a", "mid"}));
  EXPECT_EQ(outer.cellvars, (std::vector<std::string>{"a", "b"}));
  EXPECT_EQ(outer.param_cells, (std::vector<std::pair<int32_t, int32_t>>{{0, 0}}));
  EXPECT_EQ(mids.cellvars, (std::vector<std::string>{"c"}));
  EXPECT_EQ(mids.freevars, (std::vector<std::string>{"a", "b"}));
  EXPECT_EQ(inners.freevars, (std::vector<std::string>{"a", "b", "c"}));
  // mid has its own Env (for c), so inner reaches outer's Env one hop up.
  EXPECT_EQ(symbol(inners, "c")->hops, 0);
  EXPECT_EQ(symbol(inners, "a")->hops, 1);
  EXPECT_EQ(symbol(inners, "b")->hops, 1);
  EXPECT_EQ(symbol(inners, "b")->slot, 1);
  // mid itself reads a and b from its own Env's parent.
  EXPECT_EQ(symbol(mids, "a")->hops, 1);
  EXPECT_EQ(symbol(outer, "a")->scope, NameScope::Cell);
  EXPECT_TRUE(inners.needs_closure);
  EXPECT_TRUE(outer.needs_closure);  // CPython's ste_child_free
}

// def f(xs):
//     return [x for x in xs if x]
TEST(ResolverBuilt, ComprehensionIsItsOwnScope) {
  Build B;
  auto m = B.module();
  std::vector<Comprehension> gens;
  gens.push_back(B.gen(B.store("x"), B.load("xs"), B.load("x")));
  m->body.push_back(B.def("f", {"xs"}, B.ret(B.listcomp(B.load("x"), std::move(gens)))));
  Resolver(*m).resolve();
  check_consistency(*m);
  const Scope& f = *m->scope->children.at(0);
  const Scope& comp = *f.children.at(0);
  EXPECT_EQ(comp.kind, ScopeKind::Comprehension);
  EXPECT_EQ(comp.qualname, "f.<locals>.<listcomp>");
  EXPECT_EQ(comp.varnames, (std::vector<std::string>{".0", "x"}));
  EXPECT_EQ(comp.argcount, 1);
  EXPECT_EQ(comp.num_locals, 2);
  EXPECT_EQ(symbol(f, "xs")->scope, NameScope::Local);
  EXPECT_EQ(symbol(comp, "xs"), nullptr);  // the first iterable belongs to f
}

TEST(ResolverBuilt, ModuleNamesAreNotSlots) {
  Build B;
  auto m = B.module();
  m->body.push_back(B.assign(B.store("x"), B.load("y")));
  Resolver(*m).resolve();
  const auto& a = as<AssignStmt>(*m->body[0]);
  const auto& x = as<NameExpr>(*a.targets[0]);
  const auto& y = as<NameExpr>(*a.value);
  EXPECT_EQ(x.scope, NameScope::Local);
  EXPECT_EQ(x.slot, -1);
  EXPECT_EQ(y.scope, NameScope::GlobalImplicit);
  EXPECT_EQ(dump_scopes(*m), "scope <module> (module)\n  x: LOCAL [local]\n  y: GLOBAL_IMPLICIT [use]\n");
}

void expect_error(Module& m, const std::string& msg, int line, int offset, int end_line, int end_offset) {
  try {
    Resolver(m).resolve();
    ADD_FAILURE() << "no error, expected " << msg;
  } catch (const CompileError& e) {
    EXPECT_EQ(e.type, "SyntaxError");
    EXPECT_EQ(e.msg, msg);
    EXPECT_EQ(e.line, line);
    EXPECT_EQ(e.offset, offset);
    EXPECT_EQ(e.end_line, end_line);
    EXPECT_EQ(e.end_offset, end_offset);
    EXPECT_EQ(e.text, m.lines.at(static_cast<size_t>(line - 1)));
  }
}

TEST(ResolverBuilt, NonlocalAtModuleLevel) {
  // python3: compile("nonlocal x", ...) -> line 1 offset 1 end_line 1 end_offset 11
  Build B;
  auto m = B.module({"nonlocal x"});
  auto s = std::make_unique<NonlocalStmt>(Span{1, 0, 1, 10});
  s->names = {"x"};
  m->body.push_back(std::move(s));
  expect_error(*m, "nonlocal declaration not allowed at module level", 1, 1, 1, 11);
}

TEST(ResolverBuilt, ReturnOutsideFunction) {
  // python3: compile("return 1", ...) -> line 1 offset 1 end_line 1 end_offset 9
  Build B;
  auto m = B.module({"return 1"});
  auto r = std::make_unique<ReturnStmt>(Span{1, 0, 1, 8});
  r->value = B.num(1);
  m->body.push_back(std::move(r));
  expect_error(*m, "'return' outside function", 1, 1, 1, 9);
}

TEST(ResolverBuilt, DuplicateArgument) {
  // python3: compile("def f(a, b, a): pass", ...) -> line 1 offset 13 end_line 1 end_offset 14
  Build B;
  auto m = B.module({"def f(a, b, a): pass"});
  auto f = B.def("f", {"a", "b", "a"}, StmtPtr(std::make_unique<PassStmt>(Span{1, 16, 1, 20})));
  as<FunctionDefStmt>(*f).args.args[2].span = Span{1, 12, 1, 13};
  m->body.push_back(std::move(f));
  expect_error(*m, "duplicate argument 'a' in function definition", 1, 13, 1, 14);
}

// 500 nested defs: the innermost reads the outermost parameter; every
// level in between passes it through (co_freevars) without an Env.
TEST(ResolverBuilt, DeepNestingIsLinearAndSafe) {
  Build B;
  auto m = B.module();
  const int depth = 500;
  StmtPtr cur = B.def("f" + std::to_string(depth), {}, B.ret(B.load("p")));
  for (int i = depth - 1; i >= 0; --i) {
    std::vector<std::string> params;
    if (i == 0) params.push_back("p");
    std::string inner = "f" + std::to_string(i + 1);
    cur = B.def("f" + std::to_string(i), params, std::move(cur), B.ret(B.load(inner)));
  }
  m->body.push_back(std::move(cur));
  Resolver(*m).resolve();
  check_consistency(*m);
  const Scope* s = m->scope->children.at(0);
  EXPECT_EQ(s->cellvars, (std::vector<std::string>{"p"}));
  for (int i = 0; i < depth; ++i) s = s->children.at(0);
  EXPECT_EQ(s->freevars, (std::vector<std::string>{"p"}));
  EXPECT_EQ(symbol(*s, "p")->hops, 0);
  EXPECT_EQ(s->qualname.substr(0, 20), "f0.<locals>.f1.<loca");
}

TEST(ResolverBuilt, HugeModuleIsFast) {
  Build B;
  auto m = B.module();
  const int n = 100000;
  for (int i = 0; i < n; ++i) {
    if (i % 2)
      m->body.push_back(B.assign(B.store("x" + std::to_string(i)), B.load("x" + std::to_string(i - 1))));
    else
      m->body.push_back(B.def("g" + std::to_string(i), {"a"}, B.ret(B.load("a"))));
  }
  auto start = std::chrono::steady_clock::now();
  Resolver(*m).resolve();
  double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  EXPECT_LT(secs, 20.0);  // about 1s in a debug build; quadratic work would take hours
  EXPECT_EQ(m->scope->children.size(), static_cast<size_t>(n / 2));
}

// python3 (a script run directly): `x = a+a+...+a` compiles with 2999
// operands and fails with 3000: "RecursionError: maximum recursion depth
// exceeded during compilation".
TEST(ResolverBuilt, CompileRecursionLimit) {
  // Like the real pipeline, on the big-stack thread (sanitizer builds have
  // larger frames than the main thread's 8 MiB allow for 3000 levels).
  run_on_big_stack([]() {
    for (int terms : {2999, 3000}) {
      Build B;
      auto m = B.module();
      ExprPtr e = B.load("a");
      for (int i = 1; i < terms; ++i) e = B.binop(std::move(e), B.load("a"));
      m->body.push_back(B.assign(B.store("x"), std::move(e)));
      if (terms == 2999) {
        EXPECT_NO_THROW(Resolver(*m).resolve());
        continue;
      }
      try {
        Resolver(*m).resolve();
        ADD_FAILURE() << "expected a RecursionError";
      } catch (const CompileError& err) {
        EXPECT_EQ(err.type, "RecursionError");
        EXPECT_EQ(err.msg, "maximum recursion depth exceeded during compilation");
      }
    }
    return 0;
  });
}

}  // namespace
}  // namespace pywalk
