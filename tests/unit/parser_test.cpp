// Parser and AST-dump tests. Every expectation under parser_cases/ was
// produced by CPython 3.11 (scripts/gen_parser_cases.py): AST dumps by
// ast.dump(indent=2) (with include_attributes for the spans, columns in code
// points), syntax errors by running each case as a script file, nesting
// limits by bisecting where CPython's parser gives up (MemoryError). The
// error cases include mutated snippets of the standard library
// (errors_mutations.cases: one token deleted, inserted or replaced).
#include "pywalk/parser.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <functional>
#include <sstream>
#include <string>
#include <vector>

#include "pywalk/ast_dump.h"
#include "pywalk/diagnostics.h"
#include "pywalk/pywalk.h"

namespace pywalk {
namespace {

namespace fs = std::filesystem;

fs::path cases_dir() {
  return fs::path(__FILE__).parent_path() / "parser_cases";
}

std::string read_file(const fs::path& p) {
  std::ifstream f(p, std::ios::binary);
  std::stringstream ss;
  ss << f.rdbuf();
  return ss.str();
}

std::vector<std::string> read_lines(const fs::path& p) {
  std::vector<std::string> out;
  std::stringstream ss(read_file(p));
  std::string line;
  while (std::getline(ss, line)) {
    if (!line.empty()) out.push_back(line);
  }
  return out;
}

std::string unescape(const std::string& s) {
  std::string out;
  for (size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '\\' && i + 1 < s.size()) {
      char n = s[++i];
      out += n == 'n' ? '\n' : n == 'r' ? '\r' : n == 't' ? '\t' : n;
    } else {
      out += s[i];
    }
  }
  return out;
}

std::string escape(const std::string& s) {
  std::string out;
  for (char c : s) {
    if (c == '\\')
      out += "\\\\";
    else if (c == '\n')
      out += "\\n";
    else if (c == '\r')
      out += "\\r";
    else if (c == '\t')
      out += "\\t";
    else
      out += c;
  }
  return out;
}

std::vector<std::string> split_tabs(const std::string& s) {
  std::vector<std::string> out;
  size_t start = 0;
  for (;;) {
    size_t t = s.find('\t', start);
    out.push_back(s.substr(start, t == std::string::npos ? std::string::npos : t - start));
    if (t == std::string::npos) break;
    start = t + 1;
  }
  return out;
}

// Deeply nested sources need the big stack pywalk itself runs on.
void on_big_stack(const std::function<void()>& fn) {
  run_on_big_stack([&]() {
    fn();
    return 0;
  });
}

// The result of parsing, in the layout of the .expected files.
std::string outcome(const std::string& src, const std::string& filename = "case.py") {
  std::string result;
  on_big_stack([&]() {
    try {
      parse_source(src, filename);
      result = "OK";
    } catch (const CompileError& e) {
      if (e.type == "MemoryError") {
        result = "MemoryError";
        return;
      }
      result = e.type + "\t" + escape(e.msg) + "\t" + std::to_string(e.line) + "\t" + std::to_string(e.offset) + "\t" +
               std::to_string(e.end_line) + "\t" + std::to_string(e.end_offset) + "\t" + escape(e.text);
    }
  });
  return result;
}

std::vector<fs::path> files_with_extension(const std::string& ext) {
  std::vector<fs::path> out;
  for (const auto& entry : fs::directory_iterator(cases_dir())) {
    if (entry.path().extension() == ext) out.push_back(entry.path());
  }
  std::sort(out.begin(), out.end());
  return out;
}

TEST(ParserAst, DumpsMatchCPython) {
  auto files = files_with_extension(".py");
  ASSERT_FALSE(files.empty());
  for (const fs::path& py : files) {
    SCOPED_TRACE(py.filename().string());
    std::string expected = read_file(fs::path(py).replace_extension(".ast"));
    auto module = parse_source(read_file(py), py.filename().string());
    EXPECT_EQ(dump_ast(*module) + "\n", expected);
  }
}

TEST(ParserSpans, PositionsMatchCPython) {
  for (const fs::path& py : files_with_extension(".py")) {
    SCOPED_TRACE(py.filename().string());
    std::string expected = read_file(fs::path(py).replace_extension(".pos"));
    auto module = parse_source(read_file(py), py.filename().string());
    EXPECT_EQ(dump_ast_with_positions(*module) + "\n", expected);
  }
}

TEST(ParserErrors, SyntaxErrorsMatchCPython) {
  auto files = files_with_extension(".cases");
  ASSERT_FALSE(files.empty());
  size_t total = 0;
  for (const fs::path& cases : files) {
    std::vector<std::string> sources = read_lines(cases);
    std::vector<std::string> expected = read_lines(fs::path(cases).replace_extension(".expected"));
    ASSERT_EQ(sources.size(), expected.size()) << cases;
    for (size_t i = 0; i < sources.size(); ++i) {
      std::string src = unescape(sources[i]);
      EXPECT_EQ(outcome(src), expected[i]) << cases.filename() << " case " << i + 1 << ": " << sources[i];
      ++total;
    }
  }
  EXPECT_GT(total, 300u);
}

// `python3 -c` (the file name "<string>") parses in CPython's string mode.
TEST(ParserErrors, StringModeMatchesCPython) {
  std::vector<std::string> sources = read_lines(cases_dir() / "string_mode.strcases");
  std::vector<std::string> expected = read_lines(cases_dir() / "string_mode.strexpected");
  ASSERT_EQ(sources.size(), expected.size());
  ASSERT_FALSE(sources.empty());
  for (size_t i = 0; i < sources.size(); ++i) {
    EXPECT_EQ(outcome(unescape(sources[i]), "<string>"), expected[i]) << sources[i];
  }
}

TEST(ParserDepth, NestingLimitIsCPythons) {
  std::vector<std::string> lines = read_lines(cases_dir() / "depth.expected");
  ASSERT_FALSE(lines.empty());
  for (const std::string& line : lines) {
    std::vector<std::string> f = split_tabs(line);
    ASSERT_EQ(f.size(), 5u) << line;
    std::string prefix = unescape(f[1]), unit = unescape(f[2]), suffix = unescape(f[3]);
    int n = std::stoi(f[4]);
    auto source = [&](int count) {
      std::string s = prefix;
      for (int i = 0; i < count; ++i) s += unit;
      return s + suffix;
    };
    EXPECT_EQ(outcome(source(n)), "OK") << f[0];
    EXPECT_EQ(outcome(source(n + 1)), "MemoryError") << f[0];
  }
}

TEST(ParserDepth, TooManyNestedParenthesesComesFromTheTokenizer) {
  std::string src = "x = " + std::string(1000, '[') + std::string(1000, ']');
  on_big_stack([&]() {
    try {
      parse_source(src, "f.py");
      ADD_FAILURE() << "expected a SyntaxError";
    } catch (const CompileError& e) {
      EXPECT_EQ(e.msg, "too many nested parentheses");
    }
  });
  // 200 levels are fine (CPython's tokenizer allows up to 200).
  EXPECT_EQ(outcome("x = " + std::string(200, '(') + "1" + std::string(200, ')')), "OK");
}

TEST(ParserDepth, LongFlatExpressionsParse) {
  std::string src = "x = a";
  for (int i = 0; i < 20000; ++i) src += " + a";
  EXPECT_EQ(outcome(src), "OK");
}

TEST(ParserModule, FieldsAreFilled) {
  auto m = parse_source("x = 1\r\ny = 'é'\n", "prog.py");
  EXPECT_EQ(m->filename, "prog.py");
  EXPECT_EQ(m->source, "x = 1\r\ny = 'é'\n");
  ASSERT_EQ(m->lines.size(), 2u);
  EXPECT_EQ(m->lines[0], "x = 1");
  EXPECT_EQ(m->lines[1], "y = 'é'");
  ASSERT_EQ(m->body.size(), 2u);
  // Columns count code points: the string ends at column 7, not at byte 8.
  EXPECT_EQ(m->body[1]->span.end_col, 7);
}

TEST(ParserModule, IncompleteInputIsFlagged) {
  auto incomplete = [](const std::string& src) {
    try {
      parse_source(src, "<stdin>");
    } catch (const CompileError& e) {
      return e.incomplete;
    }
    ADD_FAILURE() << "no error for " << src;
    return false;
  };
  EXPECT_TRUE(incomplete("if x:\n"));
  EXPECT_TRUE(incomplete("def f():\n"));
  EXPECT_TRUE(incomplete("@dec\n"));
  EXPECT_TRUE(incomplete("x = (1,\n"));
  EXPECT_TRUE(incomplete("x = '''abc\n"));
  EXPECT_TRUE(incomplete("for x in y:\n  if x:\n"));
  EXPECT_FALSE(incomplete("x = = 1\n"));
  EXPECT_FALSE(incomplete("x = 1 +\n"));
  EXPECT_FALSE(incomplete("x = (1 2)\n"));
  EXPECT_FALSE(incomplete("x = = 1\nfoo(\n"));
}

// pywalk has no AST node for these: the module does not build, and the
// error names the feature (CPython accepts them).
TEST(ParserModule, UnsupportedConstructsAreReported) {
  struct Case {
    const char* src;
    const char* msg;
    int line, offset;
  };
  const Case cases[] = {
      {"async def f():\n    await x\n", "pywalk does not support await expressions yet", 2, 5},
      {"async def f():\n    async with a: pass\n", "pywalk does not support async with", 2, 5},
      {"match x:\n    case 1: pass\n", "pywalk does not support the match statement", 1, 1},
      {"try:\n    pass\nexcept* E:\n    pass\n", "pywalk does not support except* yet", 1, 1},
  };
  for (const Case& c : cases) {
    try {
      parse_source(c.src, "f.py");
      ADD_FAILURE() << "no error for " << c.src;
    } catch (const CompileError& e) {
      EXPECT_EQ(e.type, "NotImplementedError") << c.src;
      EXPECT_EQ(e.msg, c.msg) << c.src;
      EXPECT_EQ(e.line, c.line) << c.src;
      EXPECT_EQ(e.offset, c.offset) << c.src;
    }
  }
  // `async def` and `async for` build (the interpreter reports them).
  auto m = parse_source("async def f():\n    async for x in y: pass\n", "f.py");
  ASSERT_EQ(m->body.size(), 1u);
  EXPECT_TRUE(as<FunctionDefStmt>(*m->body[0]).is_async);
  // A syntax error anywhere wins over an unsupported construct.
  try {
    parse_source("def g():\n    yield 1\nx = = 2\n", "f.py");
    ADD_FAILURE();
  } catch (const CompileError& e) {
    EXPECT_EQ(e.type, "SyntaxError");
    EXPECT_EQ(e.line, 3);
  }
}

TEST(ParserWarnings, TokenizerWarningsMatchCPython) {
  std::vector<std::string> sources = read_lines(cases_dir() / "warnings.warn");
  std::vector<std::string> expected = read_lines(cases_dir() / "warnings.warnings");
  ASSERT_EQ(sources.size(), expected.size());
  ASSERT_FALSE(sources.empty());
  for (size_t i = 0; i < sources.size(); ++i) {
    std::vector<std::string> warnings;
    try {
      parse_source(unescape(sources[i]), "case.py", &warnings);
    } catch (const CompileError&) {
    }
    std::string joined;
    for (const std::string& w : warnings) joined += w;
    EXPECT_EQ(escape(joined.empty() ? "none" : joined), expected[i]) << sources[i];
  }
}

TEST(ParserDump, ExpressionDump) {
  auto m = parse_source("a + 1\n", "f.py");
  EXPECT_EQ(dump_expr(*as<ExprStmt>(*m->body[0]).value),
            "BinOp(\n  left=Name(id='a', ctx=Load()),\n  op=Add(),\n  right=Constant(value=1))");
}

}  // namespace
}  // namespace pywalk
