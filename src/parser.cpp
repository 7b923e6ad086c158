// The parser's entry point (parse_source): lexing, the parser's token
// stream, and turning parse errors into CPython's SyntaxError attributes
// (which error wins against the lexer's, byte columns in file mode). The
// machinery is in parser_core.cpp, the grammar rules in parser_stmt.cpp,
// parser_compound.cpp, parser_expr.cpp, parser_atoms.cpp,
// parser_targets.cpp, parser_params.cpp and parser_invalid*.cpp, string
// literals and f-strings in fstring.cpp.
#include "pywalk/parser.h"

#include <fmt/format.h>

#include <algorithm>

#include "pywalk/lexer.h"
#include "pywalk/parser_impl.h"

namespace pywalk {
namespace peg {

namespace {

struct KeywordEntry {
  const char* text;
  Kw kw;
};
constexpr KeywordEntry kKeywords[] = {
    {"False", Kw::False_},
    {"None", Kw::None_},
    {"True", Kw::True_},
    {"and", Kw::And},
    {"as", Kw::As},
    {"assert", Kw::Assert},
    {"async", Kw::Async},
    {"await", Kw::Await},
    {"break", Kw::Break},
    {"class", Kw::Class},
    {"continue", Kw::Continue},
    {"def", Kw::Def},
    {"del", Kw::Del},
    {"elif", Kw::Elif},
    {"else", Kw::Else},
    {"except", Kw::Except},
    {"finally", Kw::Finally},
    {"for", Kw::For},
    {"from", Kw::From},
    {"global", Kw::Global},
    {"if", Kw::If},
    {"import", Kw::Import},
    {"in", Kw::In},
    {"is", Kw::Is},
    {"lambda", Kw::Lambda},
    {"nonlocal", Kw::Nonlocal},
    {"not", Kw::Not},
    {"or", Kw::Or},
    {"pass", Kw::Pass},
    {"raise", Kw::Raise},
    {"return", Kw::Return},
    {"try", Kw::Try},
    {"while", Kw::While},
    {"with", Kw::With},
    {"yield", Kw::Yield},
};

Kw keyword_of(std::string_view text) {
  for (const KeywordEntry& k : kKeywords) {
    if (text == k.text) return k.kw;
  }
  return Kw::NotKw;
}

bool is_open_bracket(TokenKind k) {
  return k == TokenKind::LPar || k == TokenKind::LSqb || k == TokenKind::LBrace;
}
bool is_close_bracket(TokenKind k) {
  return k == TokenKind::RPar || k == TokenKind::RSqb || k == TokenKind::RBrace;
}

}  // namespace

std::vector<PTok> prepare_tokens(const std::vector<Token>& tokens) {
  std::vector<PTok> out;
  out.reserve(tokens.size());
  int level = 0;
  for (const Token& t : tokens) {
    PTok p;
    p.kind = t.kind;
    p.text = t.text;
    p.line = t.span.line;
    p.col = t.span.col;
    p.end_line = t.span.end_line;
    p.end_col = t.span.end_col;
    if (t.kind == TokenKind::Name) p.kw = keyword_of(t.text);
    if (t.kind == TokenKind::Indent) {
      p.cur_col = t.span.end_col;
      p.col = p.end_col = -1;
    } else if (t.kind == TokenKind::Dedent || t.kind == TokenKind::EndMarker) {
      p.cur_col = t.span.col;
      p.col = p.end_col = -1;
    } else if (t.kind == TokenKind::Newline) {
      p.cur_col = t.span.end_col + 1;  // CPython's tokenizer stands past the '\n'
    } else {
      p.cur_col = t.span.end_col;
    }
    if (is_open_bracket(t.kind)) ++level;
    if (is_close_bracket(t.kind) && level > 0) --level;
    p.level = level;
    out.push_back(p);
  }
  return out;
}

// CPython 3.11 reading a file without an encoding declaration leaves its
// parser's error columns in UTF-8 bytes (it converts them to characters
// only when the tokenizer has an encoding); its traceback then draws the
// caret at that column. Offsets here are code points: turn them into what
// CPython reports.
int char_offset_to_bytes(const std::string& text, int offset) {
  if (offset <= 0) return offset;
  size_t i = 0;
  int chars = 0;
  while (chars < offset - 1 && i < text.size()) {
    unsigned char c = static_cast<unsigned char>(text[i]);
    i += c < 0x80 ? 1 : (c & 0xE0) == 0xC0 ? 2 : (c & 0xF0) == 0xE0 ? 3 : 4;
    ++chars;
  }
  return static_cast<int>(std::min(i, text.size())) + (offset - 1 - chars) + 1;
}

}  // namespace peg

// ---------------------------------------------------------------- entry point

namespace {

std::vector<std::string> split_lines(const std::string& src) {
  std::vector<std::string> lines;
  std::string cur;
  for (size_t i = 0; i < src.size(); ++i) {
    char c = src[i];
    if (c == '\n' || c == '\r') {
      lines.push_back(cur);
      cur.clear();
      if (c == '\r' && i + 1 < src.size() && src[i + 1] == '\n') ++i;
    } else {
      cur += c;
    }
  }
  if (!cur.empty()) lines.push_back(cur);
  return lines;
}

std::string line_text(const std::vector<std::string>& lines, int line) {
  if (line >= 1 && line <= static_cast<int>(lines.size())) return lines[line - 1];
  return std::string();
}

// A `# coding: ...` declaration in the first two lines, or a UTF-8 BOM.
bool has_encoding_declaration(const std::string& src, const std::vector<std::string>& lines) {
  if (src.size() >= 3 && static_cast<unsigned char>(src[0]) == 0xEF && static_cast<unsigned char>(src[1]) == 0xBB &&
      static_cast<unsigned char>(src[2]) == 0xBF)
    return true;  // (a BOM sets the tokenizer's encoding too)
  for (size_t i = 0; i < 2 && i < lines.size(); ++i) {
    const std::string& l = lines[i];
    size_t k = l.find_first_not_of(" \t\f");
    if (k == std::string::npos || l[k] != '#') continue;
    size_t c = l.find("coding", k);
    if (c != std::string::npos && c + 6 < l.size() && (l[c + 6] == ':' || l[c + 6] == '=')) return true;
  }
  return false;
}

// Code points in the first `nbytes` bytes of a UTF-8 text.
int chars_in_prefix(const std::string& text, int nbytes) {
  int chars = 0;
  for (int i = 0; i < nbytes && i < static_cast<int>(text.size()); ++i) {
    if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) ++chars;
  }
  return chars + std::max(0, nbytes - static_cast<int>(text.size()));
}

bool starts_with_bom(const std::string& s) {
  return s.size() >= 3 && static_cast<unsigned char>(s[0]) == 0xEF && static_cast<unsigned char>(s[1]) == 0xBB &&
         static_cast<unsigned char>(s[2]) == 0xBF;
}

// CPython reads the error's line back from a script file with fgets into a
// 1000-byte buffer: of a longer line it keeps the last 999-byte piece.
std::string file_line_as_cpython_reads_it(const std::string& line) {
  size_t with_newline = line.size() + 1;
  if (with_newline < 1000) return line;
  size_t start = (with_newline - 1) / 999 * 999;
  return start >= line.size() ? std::string() : line.substr(start);
}

CompileError to_compile_error(const peg::RaisedError& e, const std::string& filename,
                              const std::vector<std::string>& lines, bool incomplete, bool byte_offsets, bool bom) {
  std::string text = e.has_text ? e.text : line_text(lines, e.line);
  int offset = e.offset, end_offset = e.end_offset;
  if (byte_offsets && !e.has_text) {
    offset = peg::char_offset_to_bytes(text, offset);
    std::string end_text = e.end_line == e.line ? text : line_text(lines, e.end_line);
    end_offset = peg::char_offset_to_bytes(end_text, end_offset);
  } else if (!e.has_text && bom) {
    // CPython measures line 1 after the BOM in bytes, then converts that to
    // characters over the line with its BOM.
    std::string with_bom = "\xEF\xBB\xBF" + line_text(lines, 1);
    if (e.line == 1 && offset > 0) offset = chars_in_prefix(with_bom, peg::char_offset_to_bytes(text, offset));
    if (e.end_line == 1 && end_offset > 0)
      end_offset = chars_in_prefix(with_bom, peg::char_offset_to_bytes(line_text(lines, 1), end_offset));
  }
  // The text CPython shows is read back from the file (BOM included).
  if (!e.has_text && bom && e.line == 1) text = "\xEF\xBB\xBF" + text;
  if (!e.has_text && !filename.empty() && filename[0] != '<') text = file_line_as_cpython_reads_it(text);
  return CompileError(e.type, e.msg, filename, e.line, offset, e.end_line, end_offset, text, incomplete);
}

}  // namespace

std::unique_ptr<Module> parse_source(std::string source, std::string filename) {
  return parse_source(std::move(source), std::move(filename), nullptr);
}

std::unique_ptr<Module> parse_source(std::string source, std::string filename, std::vector<std::string>* warnings) {
  return parse_source_mode(std::move(source), std::move(filename), warnings, false);
}

std::unique_ptr<Module> parse_source_mode(std::string source, std::string filename, std::vector<std::string>* warnings,
                                          bool eval_mode) {
  auto module = std::make_unique<Module>();
  module->filename = filename;
  module->source = std::move(source);
  module->lines = split_lines(module->source);
  // Line 1 is kept without the BOM (tracebacks show it without, as linecache).
  bool bom = starts_with_bom(module->source);
  if (bom && !module->lines.empty()) module->lines[0].erase(0, 3);

  Lexer lexer(module->source, filename);
  LexResult lexed = lexer.lex();
  // CPython tokenizes the whole file (also after a syntax error), printing
  // each warning as its tokenizer meets it.
  if (warnings) {
    for (const LexWarning& w : lexed.warnings) {
      std::string out = fmt::format("{}:{}: SyntaxWarning: {}\n", filename, w.line, w.message);
      // Like linecache, the source line is shown only for a real file.
      if (!filename.empty() && filename[0] != '<') {
        std::string text = line_text(module->lines, w.line);
        size_t b = text.find_first_not_of(" \t\f\r\v");
        if (b != std::string::npos) {
          size_t e = text.find_last_not_of(" \t\f\r\v");
          out += "  " + text.substr(b, e - b + 1) + "\n";
        }
      }
      warnings->push_back(std::move(out));
    }
  }
  std::vector<peg::PTok> toks = peg::prepare_tokens(lexed.tokens);
  // `python3 -c` parses a string, not a file: at the end of the input its
  // tokenizer stands after the last line (the lexer gives a file's column 0).
  bool string_mode = filename == "<string>";
  if (string_mode && !lexed.error) {
    int last_line_chars = 0;
    if (!module->lines.empty()) {
      for (unsigned char c : module->lines.back()) {
        if ((c & 0xC0) != 0x80) ++last_line_chars;
      }
    }
    for (size_t i = toks.size(); i-- > 0;) {
      if (toks[i].kind != TokenKind::EndMarker && toks[i].kind != TokenKind::Dedent) break;
      toks[i].cur_col = last_line_chars + 1;
    }
  }
  peg::Parser parser(toks, lexed.error.has_value());
  try {
    peg::StmtSeq* body = eval_mode ? parser.parse_eval() : parser.parse_file();
    parser.finish_module(*module, body);
    return module;
  } catch (const peg::RaisedError& e) {
    // After a syntax error CPython tokenizes the rest of the file: the
    // errors its tokenizer raises itself replace the parser's; an unclosed
    // bracket replaces it when the parser stopped on a later line.
    if (lexed.error && !e.final_error) {
      if (lexed.error_kind == LexErrorKind::Overriding) throw *lexed.error;
      if (lexed.error_kind == LexErrorKind::UnclosedBracket && !toks.empty()) {
        int fill = std::max(parser.fill(), 1);
        int current_line = toks[std::min<size_t>(fill - 1, toks.size() - 1)].line;
        if (current_line > lexed.bracket_line) throw *lexed.error;
      }
    }
    throw to_compile_error(e, filename, module->lines, parser.reached_eof(),
                           !string_mode && !has_encoding_declaration(module->source, module->lines), bom);
  } catch (const peg::LexErrorReached&) {
    throw *lexed.error;
  } catch (const peg::DepthError&) {
    throw CompileError("MemoryError", "", filename, 0, 0, 0, 0, "");
  }
}

}  // namespace pywalk
