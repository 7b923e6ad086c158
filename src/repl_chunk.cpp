// Deciding when an interactive chunk is complete (see repl_internal.h).
//
// CPython 3.11 reads a statement at the prompt with its tokenizer in
// interactive mode and its parser's single-statement rule; this reproduces
// the outcome with the file-mode parser (parse_source) on the lines so far:
//   * an empty line ends a compound statement (a line of spaces does not);
//     inside brackets or a triple-quoted string it is just part of them;
//   * after a whole compound statement, a line at column 0 that does not
//     continue it (else, elif, except, finally) is "invalid syntax" right
//     away, at its first token;
//   * errors found at that empty line, or at end of input, are reported on
//     the line the interactive tokenizer was on.
#include <string>

#include "pywalk/lexer.h"
#include "pywalk/parser.h"
#include "repl_internal.h"

namespace pywalk::repl {

namespace {

bool is_compound(const Stmt& s) {
  switch (s.kind) {
    case StmtKind::FunctionDef:
    case StmtKind::ClassDef:
    case StmtKind::If:
    case StmtKind::While:
    case StmtKind::For:
    case StmtKind::Try:
    case StmtKind::With:
      return true;
    case StmtKind::ExprStmt:
    case StmtKind::Assign:
    case StmtKind::AugAssign:
    case StmtKind::AnnAssign:
    case StmtKind::Return:
    case StmtKind::Break:
    case StmtKind::Continue:
    case StmtKind::Pass:
    case StmtKind::Global:
    case StmtKind::Nonlocal:
    case StmtKind::Delete:
    case StmtKind::Assert:
    case StmtKind::Raise:
    case StmtKind::Import:
    case StmtKind::ImportFrom:
      return false;
  }
  return false;
}

// The interactive tokenizer counts columns in characters, as the parser
// does in string mode (its name for `-c`); errors are renamed "<stdin>".
constexpr const char* kParseName = "<string>";

size_t char_count(const std::string& s) {
  size_t n = 0;
  for (unsigned char c : s) n += (c & 0xC0) != 0x80;
  return n;
}

// Is the end of `source` inside brackets or a string (so that an empty
// line does not end the statement)?
bool inside_brackets_or_string(const LexResult& r) {
  return r.error && r.error->incomplete && r.error_kind != LexErrorKind::WhenReached;
}

// Inside brackets, CPython's parser still reports an error as soon as a
// token it has read cannot go on, where the file-mode parser would rather
// say "'(' was never closed" at the end. Closing the brackets on a new line
// shows it: an error before that line is the one CPython reports now.
std::optional<CompileError> error_inside_brackets(const std::string& source, const LexResult& r, int lines) {
  if (!r.error || r.error_kind != LexErrorKind::UnclosedBracket) return std::nullopt;
  std::string closers;
  for (const Token& t : r.tokens) {
    if (t.kind == TokenKind::LPar) {
      closers += ')';
    } else if (t.kind == TokenKind::LSqb) {
      closers += ']';
    } else if (t.kind == TokenKind::LBrace) {
      closers += '}';
    } else if ((t.kind == TokenKind::RPar || t.kind == TokenKind::RSqb || t.kind == TokenKind::RBrace) &&
               !closers.empty()) {
      closers.pop_back();
    }
  }
  if (closers.empty()) return std::nullopt;
  std::string closed = source + std::string(closers.rbegin(), closers.rend()) + "\n";
  try {
    parse_source(closed, kParseName);
  } catch (const CompileError& e) {
    if (!e.incomplete && e.line <= lines && e.end_line <= lines) return e;
  }
  return std::nullopt;
}

// `line`, typed after a whole compound statement, starts another statement:
// the parser's single-statement rule says "invalid syntax" at its first token.
std::optional<CompileError> new_statement_error(const std::string& line, int lineno) {
  char c = line[0];
  if (c == ' ' || c == '\t' || c == '\f' || c == '#' || c == '\\') return std::nullopt;
  LexResult r = Lexer(line + "\n", "<stdin>").lex();
  if (r.tokens.empty()) return std::nullopt;  // a tokenizer error: the parser reports it
  const Token& t = r.tokens[0];
  if (t.kind == TokenKind::Name &&
      (t.text == "else" || t.text == "elif" || t.text == "except" || t.text == "finally"))
    return std::nullopt;
  int offset = t.span.col + 1;
  int end_offset = t.span.end_line == t.span.line ? t.span.end_col + 1 : offset + 1;
  return CompileError("SyntaxError", "invalid syntax", "<stdin>", lineno, offset, lineno, end_offset, line);
}

}  // namespace

std::string ChunkReader::source() const {
  std::string s;
  for (const std::string& l : lines_) s += l + "\n";
  return s;
}

void ChunkReader::reset() {
  lines_.clear();
  block_done_ = false;
  module_.reset();
  error_.reset();
}

ChunkReader::Verdict ChunkReader::add(const std::string& line) {
  module_.reset();
  error_.reset();
  int lineno = static_cast<int>(lines_.size()) + 1;
  if (block_done_ && !line.empty()) {
    error_ = new_statement_error(line, lineno);
    if (error_) {
      lines_.push_back(line);
      return Verdict::Error;
    }
  }
  lines_.push_back(line);
  return parse(line.empty(), false);
}

ChunkReader::Verdict ChunkReader::at_eof() {
  module_.reset();
  error_.reset();
  return parse(true, true);
}

ChunkReader::Verdict ChunkReader::parse(bool terminated, bool at_eof) {
  std::string src = source();
  block_done_ = false;
  try {
    module_ = parse_source(src, kParseName);
  } catch (const CompileError& raised) {
    CompileError e = raised;
    e.filename = "<stdin>";
    int last = static_cast<int>(lines_.size());
    if (e.incomplete && !at_eof) {
      LexResult lexed = Lexer(src, "<stdin>").lex();
      if ((error_ = error_inside_brackets(src, lexed, last))) {
        error_->filename = "<stdin>";
        return Verdict::Error;
      }
      if (!terminated || inside_brackets_or_string(lexed)) return Verdict::More;
    }
    error_ = e;
    if (at_eof && e.line == last && e.offset == 0 && !e.text.empty()) {
      error_->offset = static_cast<int>(char_count(e.text)) + 1;  // after the end of the last line
      error_->end_offset = 0;
    } else if (e.text.empty() && e.line >= last && last > 0) {
      // The file-mode parser puts an error at the end of the input after
      // the last line; the interactive tokenizer is still on that line:
      // the empty line that ended the statement, or at EOF the last line
      // typed, after its end.
      const std::string& text = lines_[last - 1];
      error_->line = error_->end_line = last;
      if (text.empty()) {
        error_->text = "\n";
        error_->offset = 1;
        error_->end_offset = 0;
      } else {
        error_->text = text;
        error_->offset = static_cast<int>(char_count(text)) + 1;
        error_->end_offset = 0;
      }
    }
    return Verdict::Error;
  }
  if (module_->body.empty()) return Verdict::Nothing;
  bool compound = false;
  for (const StmtPtr& s : module_->body) compound = compound || is_compound(*s);
  if (compound && !terminated) {
    block_done_ = true;
    module_.reset();
    return Verdict::More;
  }
  return Verdict::Run;
}

}  // namespace pywalk::repl
