// Lexer and string-literal tests. Every expectation under lexer_cases/ was
// produced by CPython 3.11 (scripts/gen_lexer_cases.py): token dumps by
// `python3 -m tokenize`, errors by running the file, parser-stream
// positions by the syntax errors CPython reports at the token, decoded
// literals and their errors by compile()/eval().
#include "pywalk/lexer.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "pywalk/diagnostics.h"
#include "pywalk/string_literal.h"
#include "pywalk/token.h"

namespace pywalk {
namespace {

namespace fs = std::filesystem;

fs::path cases_dir() {
  return fs::path(__FILE__).parent_path() / "lexer_cases";
}

std::string read_file(const fs::path& p) {
  std::ifstream f(p, std::ios::binary);
  std::stringstream ss;
  ss << f.rdbuf();
  return ss.str();
}

std::vector<std::string> split_lines(const std::string& s) {
  std::vector<std::string> out;
  std::stringstream ss(s);
  std::string line;
  while (std::getline(ss, line)) out.push_back(line);
  return out;
}

std::vector<fs::path> files_with_ext(const fs::path& dir, const std::string& ext) {
  std::vector<fs::path> out;
  for (const auto& e : fs::directory_iterator(dir))
    if (e.path().extension() == ext) out.push_back(e.path());
  std::sort(out.begin(), out.end());
  return out;
}

std::string unhex(const std::string& hex) {
  std::string out;
  for (size_t i = 0; i + 1 < hex.size(); i += 2) out += static_cast<char>(std::stoi(hex.substr(i, 2), nullptr, 16));
  return out;
}

std::string to_hex(const std::string& s) {
  static const char* d = "0123456789abcdef";
  std::string out;
  for (unsigned char c : s) {
    out += d[c >> 4];
    out += d[c & 15];
  }
  return out;
}

// UTF-8 byte offset of code point column `col` in `line`.
int byte_col(std::string_view line, int col) {
  size_t i = 0;
  for (int k = 0; k < col && i < line.size(); ++k) {
    ++i;
    while (i < line.size() && (static_cast<unsigned char>(line[i]) & 0xC0) == 0x80) ++i;
  }
  return static_cast<int>(i);
}

std::string nth_line(const std::string& src, int line) {
  std::stringstream ss(src);
  std::string text;
  for (int i = 0; i < line && std::getline(ss, text);) ++i;
  if (!text.empty() && text.back() == '\r') text.pop_back();
  return text;
}

// ------------------------------------------------------------------ dumps

TEST(LexerDump, MatchesTokenizeModule) {
  std::vector<fs::path> sources = files_with_ext(cases_dir(), ".py");
  ASSERT_GE(sources.size(), 20u);
  for (const fs::path& py : sources) {
    SCOPED_TRACE(py.filename().string());
    std::string src = read_file(py);
    std::string expected = read_file(fs::path(py).replace_extension(".tokens"));
    ASSERT_FALSE(expected.empty());
    LexerOptions options;
    options.keep_trivia = true;
    Lexer lexer(src, py.string(), options);
    std::string got;
    try {
      got = dump_tokens(lexer.tokenize());
    } catch (const CompileError& e) {
      got = "CompileError: " + e.msg;
    }
    EXPECT_EQ(got, expected);
  }
}

TEST(LexerDump, ParserStreamHasNoTrivia) {
  std::string src = read_file(cases_dir() / "continuation.py");
  std::vector<Token> tokens = Lexer(src, "continuation.py").tokenize();
  std::string trivia_dump = read_file(cases_dir() / "continuation.tokens");
  size_t significant = 0;
  for (const std::string& line : split_lines(trivia_dump))
    if (line.find(" COMMENT ") == std::string::npos && line.find(" NL ") == std::string::npos) ++significant;
  EXPECT_EQ(tokens.size(), significant);
  for (const Token& t : tokens) EXPECT_TRUE(t.kind != TokenKind::Comment && t.kind != TokenKind::NL);
  EXPECT_EQ(tokens.back().kind, TokenKind::EndMarker);
}

TEST(LexerDump, CrlfIsNewlineForTheParser) {
  std::string src = read_file(cases_dir() / "crlf.py");
  for (const Token& t : Lexer(src, "crlf.py").tokenize()) EXPECT_EQ(t.text.find('\r'), std::string::npos) << t.text;
}

// ------------------------------------------------------------------ errors

// Errors that mean "the input ended too soon" (the REPL's contract).
const char* const kIncomplete[] = {
    "never_closed",
    "never_closed_nested",
    "never_closed_nonascii",
    "never_closed_no_newline",
    "never_closed_blank_lines",
    "coding_never_closed",
    "coding_not_first_lines",
    "bom_never_closed",
    "bom_never_closed_line2",
    "continuation_eof",
    "continuation_eof_no_newline",
    "continuation_eof_in_parens",
    "continuation_eof_line_start",
    "continuation_eof_only",
    "coding_continuation_eof",
    "unterminated_triple",
    "unterminated_triple_later",
    "unterminated_triple_no_newline",
    "unterminated_backslash_eof",
};

TEST(LexerErrors, MatchCPython) {
  std::vector<fs::path> sources = files_with_ext(cases_dir() / "errors", ".py");
  ASSERT_GE(sources.size(), 80u);
  for (const fs::path& py : sources) {
    std::string name = py.stem().string();
    SCOPED_TRACE(name);
    std::vector<std::string> exp = split_lines(read_file(fs::path(py).replace_extension(".err")));
    ASSERT_EQ(exp.size(), 8u);
    std::string msg = exp[1];
    if (size_t k = msg.find("{file}"); k != std::string::npos) msg.replace(k, 6, py.string());
    LexResult r = Lexer(read_file(py), py.string()).lex();
    ASSERT_TRUE(r.error.has_value());
    const CompileError& e = *r.error;
    EXPECT_EQ(e.type, exp[0]);
    EXPECT_EQ(e.msg, msg);
    EXPECT_EQ(e.line, std::stoi(exp[2]));
    EXPECT_EQ(e.offset, std::stoi(exp[3]));
    EXPECT_EQ(e.end_line, std::stoi(exp[4]));
    EXPECT_EQ(e.end_offset, std::stoi(exp[5]));
    EXPECT_EQ(e.text, exp[6]);
    EXPECT_EQ(e.filename, py.string());
    // CPython lets this error replace a parser error found earlier iff Overriding.
    EXPECT_EQ(r.error_kind == LexErrorKind::Overriding, exp[7] == "1");
    bool incomplete = std::find(std::begin(kIncomplete), std::end(kIncomplete), name) != std::end(kIncomplete);
    EXPECT_EQ(e.incomplete, incomplete);
    if (r.error_kind == LexErrorKind::UnclosedBracket) {
      EXPECT_EQ(r.bracket_line, e.line);
    }
    // tokenize() throws the same error.
    try {
      Lexer(read_file(py), py.string()).tokenize();
      ADD_FAILURE() << "no CompileError";
    } catch (const CompileError& thrown) {
      EXPECT_EQ(thrown.msg, e.msg);
    }
  }
}

TEST(LexerErrors, TokensBeforeTheError) {
  LexResult r = Lexer("x = 1\ny = 0b2\n", "t.py").lex();
  ASSERT_TRUE(r.error.has_value());
  ASSERT_EQ(r.tokens.size(), 6u);  // x = 1 NEWLINE y =
  EXPECT_EQ(r.tokens[3].kind, TokenKind::Newline);
  EXPECT_EQ(r.tokens[5].kind, TokenKind::Equal);
}

TEST(LexerErrors, StrayCharactersAreExclamationTokens) {
  // CPython 3.11 passes these to its parser, which rejects them ("invalid syntax").
  for (const char* text : {"!", "$", "?", "`", "<>"}) {
    std::vector<Token> tokens = Lexer(std::string("a ") + text + " b\n", "t.py").tokenize();
    ASSERT_GE(tokens.size(), 3u);
    EXPECT_EQ(tokens[1].kind, TokenKind::Exclamation) << text;
    EXPECT_EQ(tokens[1].text, text);
  }
}

// ------------------------------------------------------------------ parser-stream positions

TEST(LexerCMode, PositionsMatchCPythonErrors) {
  std::vector<fs::path> sources = files_with_ext(cases_dir() / "cmode", ".py");
  ASSERT_GE(sources.size(), 10u);
  for (const fs::path& py : sources) {
    SCOPED_TRACE(py.stem().string());
    std::string src = read_file(py);
    std::istringstream pos(read_file(fs::path(py).replace_extension(".pos")));
    std::string kind;
    int line, offset, end_line, end_offset;
    pos >> kind >> line >> offset >> end_line >> end_offset;
    std::vector<Token> tokens = Lexer(src, py.string()).tokenize();
    if (kind == "NEWLINE") {
      auto it = std::find_if(tokens.begin(), tokens.end(),
                             [&](const Token& t) { return t.kind == TokenKind::Newline && t.span.line == line; });
      ASSERT_NE(it, tokens.end());
      std::string text = nth_line(src, line);
      // No encoding declaration: CPython reports UTF-8 byte offsets + 1.
      EXPECT_EQ(byte_col(text, it->span.col) + 1, offset);
      EXPECT_EQ(it->span.end_line, end_line);
      EXPECT_EQ(byte_col(text, it->span.end_col) + 1, end_offset);
    } else if (kind == "INDENT") {
      auto it = std::find_if(tokens.begin(), tokens.end(), [](const Token& t) { return t.kind == TokenKind::Indent; });
      ASSERT_NE(it, tokens.end());
      EXPECT_EQ(it->span.line, line);
      EXPECT_EQ(it->span.end_col, offset);  // "unexpected indent" points after the indentation
    } else {
      ASSERT_EQ(kind, "ENDMARKER");
      EXPECT_EQ(tokens.back().kind, TokenKind::EndMarker);
      EXPECT_EQ(tokens.back().span.line, line);
      EXPECT_EQ(tokens.back().span.col, offset);
    }
  }
}

// ------------------------------------------------------------------ warnings

TEST(LexerWarnings, NumberFollowedByKeyword) {
  std::vector<std::string> lines = split_lines(read_file(cases_dir() / "warnings.txt"));
  ASSERT_GE(lines.size(), 10u);
  for (const std::string& line : lines) {
    std::vector<std::string> fields;
    std::stringstream ss(line);
    std::string f;
    while (std::getline(ss, f, '\t')) fields.push_back(f);
    std::string src = unhex(fields[0]);
    SCOPED_TRACE(src);
    std::vector<std::string> expected;
    for (size_t i = 1; i < fields.size(); ++i)
      if (fields[i].find("literal. Did you mean") == std::string::npos) expected.push_back(fields[i]);  // parser's
    LexResult r = Lexer(src, "w.py").lex();
    EXPECT_FALSE(r.error.has_value());
    std::vector<std::string> got;
    for (const LexWarning& w : r.warnings) {
      got.push_back(std::to_string(w.line) + ":" + w.message);
      ASSERT_LT(w.token_index, r.tokens.size());
      EXPECT_EQ(r.tokens[w.token_index].kind, TokenKind::Number);
    }
    EXPECT_EQ(got, expected);
  }
}

// ------------------------------------------------------------------ string literals

TEST(LexerStrings, DecodeMatchesCPython) {
  std::vector<std::string> lines = split_lines(read_file(cases_dir() / "strings.txt"));
  ASSERT_GE(lines.size(), 70u);
  for (const std::string& line : lines) {
    std::istringstream ss(line);
    std::string lit_hex, status;
    ss >> lit_hex >> status;
    std::string literal = unhex(lit_hex);
    SCOPED_TRACE(literal);
    StringParts parts = split_string_literal(literal);
    std::string got;
    bool failed = false;
    try {
      if (parts.prefix.bytes && !is_ascii_body(parts.body)) throw StringDecodeError{kBytesNonAsciiMessage};
      got = parts.prefix.raw ? std::string(parts.body) : decode_string_body(parts.body, parts.prefix.bytes);
    } catch (const StringDecodeError& e) {
      failed = true;
      got = e.message;
    }
    if (status == "OK") {
      std::string type, value_hex;
      ss >> type >> value_hex;
      EXPECT_FALSE(failed) << got;
      EXPECT_EQ(parts.prefix.bytes, type == "bytes");
      EXPECT_EQ(to_hex(got), value_hex);
    } else {
      std::string msg;
      std::getline(ss, msg);
      EXPECT_TRUE(failed);
      EXPECT_EQ(" " + got, msg);
    }
  }
}

TEST(LexerStrings, SplitPrefixesAndQuotes) {
  struct Case {
    const char* text;
    bool raw, bytes, fstring;
    size_t prefix_len, quote_len;
    const char* body;
  } cases[] = {
      {"'a'", false, false, false, 0, 1, "a"},     {"\"\"", false, false, false, 0, 1, ""},
      {"''''''", false, false, false, 0, 3, ""},   {"'''x''y'''", false, false, false, 0, 3, "x''y"},
      {"rb'\\d'", true, true, false, 2, 1, "\\d"}, {"BR\"x\"", true, true, false, 2, 1, "x"},
      {"Rf'{a}'", true, false, true, 2, 1, "{a}"}, {"f\"\"\"{x}\"\"\"", false, false, true, 1, 3, "{x}"},
      {"u'x'", false, false, false, 1, 1, "x"},    {"b''", false, true, false, 1, 1, ""},
  };
  for (const Case& c : cases) {
    StringParts p = split_string_literal(c.text);
    EXPECT_EQ(p.prefix.raw, c.raw) << c.text;
    EXPECT_EQ(p.prefix.bytes, c.bytes) << c.text;
    EXPECT_EQ(p.prefix.fstring, c.fstring) << c.text;
    EXPECT_EQ(p.prefix_len, c.prefix_len) << c.text;
    EXPECT_EQ(p.quote_len, c.quote_len) << c.text;
    EXPECT_EQ(p.body, c.body) << c.text;
  }
}

// ------------------------------------------------------------------ token names

TEST(LexerNames, KindNamesAreCPythons) {
  std::vector<std::string> lines = split_lines(read_file(cases_dir() / "token_names.txt"));
  ASSERT_GE(lines.size(), 50u);
  struct KindText {
    TokenKind kind;
    const char* text;
  };
  const KindText kinds[] = {
#define X(kind, name, text) {TokenKind::kind, text},
      PYWALK_TOKEN_KINDS(X)
#undef X
  };
  for (const std::string& line : lines) {
    std::istringstream ss(line);
    std::string text, name;
    ss >> text >> name;
    if (text == "(none)") {
      auto it = std::find_if(std::begin(kinds), std::end(kinds),
                             [&](const KindText& k) { return name == token_kind_name(k.kind); });
      ASSERT_NE(it, std::end(kinds)) << name;
      EXPECT_FALSE(is_operator(it->kind)) << name;
      continue;
    }
    auto it = std::find_if(std::begin(kinds), std::end(kinds), [&](const KindText& k) { return text == k.text; });
    ASSERT_NE(it, std::end(kinds)) << text;
    EXPECT_STREQ(token_kind_name(it->kind), name.c_str());
    EXPECT_TRUE(is_operator(it->kind)) << text;
    // And the lexer produces that kind for that text (brackets in pairs).
    std::string src = text == "(" || text == ")"   ? "()"
                      : text == "[" || text == "]" ? "[]"
                      : text == "{" || text == "}" ? "{}"
                                                   : text;
    std::vector<Token> tokens = Lexer(src, "t.py").tokenize();
    bool found = false;
    for (const Token& t : tokens) found |= t.kind == it->kind && t.text == text;
    EXPECT_TRUE(found) << text;
  }
}

// ------------------------------------------------------------------ robustness

double seconds_since(std::chrono::steady_clock::time_point t0) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
}

TEST(LexerPerf, HugeLineStringAndComment) {
  std::string src = "x = 1";
  for (int i = 0; i < 250000; ++i) src += " + 1";
  src += "\ns = '" + std::string(1 << 20, 'a') + "'\n# " + std::string(1 << 20, 'c') + "\n";
  src += "t = '" + std::string(1 << 18, 'a') + "\xc3\xa9" + "'\n";
  auto t0 = std::chrono::steady_clock::now();
  std::vector<Token> tokens = Lexer(src, "big.py").tokenize();
  EXPECT_LT(seconds_since(t0), 5.0);
  EXPECT_EQ(tokens.size(), 3u + 2 * 250000 + 1 + 4 + 4 + 1);
  EXPECT_EQ(tokens[tokens.size() - 3].span.end_col, 4 + 2 + (1 << 18) + 1);  // columns in code points
}

TEST(LexerPerf, ManyLinesAndDeepBrackets) {
  std::string src;
  for (int i = 0; i < 100000; ++i) src += "if x:\n    y = [1, (2, {3: 4})]\n";
  auto t0 = std::chrono::steady_clock::now();
  std::vector<Token> tokens = Lexer(src, "many.py").tokenize();
  EXPECT_LT(seconds_since(t0), 5.0);
  EXPECT_EQ(tokens.back().kind, TokenKind::EndMarker);

  // 100000 open brackets stop at CPython's limit, as 1000 do (errors/deep_brackets).
  std::vector<std::string> exp = split_lines(read_file(cases_dir() / "errors" / "deep_brackets.err"));
  ASSERT_EQ(exp.size(), 8u);
  LexResult r = Lexer(std::string(100000, '(') + "\n", "deep.py").lex();
  ASSERT_TRUE(r.error.has_value());
  EXPECT_EQ(r.error->msg, exp[1]);
  EXPECT_EQ(r.error->offset, std::stoi(exp[3]));
  EXPECT_EQ(r.tokens.size(), 200u);
  // And 100000 closing ones at the first.
  r = Lexer(std::string(100000, ')'), "deep.py").lex();
  ASSERT_TRUE(r.error.has_value());
  EXPECT_TRUE(r.tokens.empty());
}

TEST(LexerPerf, GarbageNeverCrashes) {
  // Every byte value at every position of a small program: an error or tokens, never a crash.
  const std::string base = "def f(a, b='x'):\n    return a + b  # c\n";
  for (size_t i = 0; i < base.size(); ++i) {
    for (int b = 0; b < 256; ++b) {
      std::string src = base;
      src[i] = static_cast<char>(b);
      LexResult r = Lexer(src, "g.py").lex();
      if (!r.error) {
        EXPECT_EQ(r.tokens.back().kind, TokenKind::EndMarker);
      }
      LexerOptions options;
      options.keep_trivia = true;
      Lexer(src, "g.py", options).lex();
    }
  }
}

}  // namespace
}  // namespace pywalk
