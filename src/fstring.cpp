// String literals and f-strings: CPython 3.11's _PyPegen_concatenate_strings
// and string_parser.c. Adjacent literals are joined; f-strings are split
// into literal parts and replacement fields inside the STRING token, and each
// field's expression is parsed by a sub-parser over "(" + expr + ")" whose
// tokens are shifted to their real place in the file, as CPython does
// (fstring_find_expr_location / fstring_compile_expr). Errors carry
// CPython's words and positions: most are reported at the token after the
// strings (RAISE_SYNTAX_ERROR); errors inside an expression are relative to
// the "(expr)" text and prefixed with "f-string: ".
#include <fmt/format.h>

#include <optional>

#include "pywalk/lexer.h"
#include "pywalk/parser_impl.h"
#include "pywalk/string_literal.h"

namespace pywalk::peg {

namespace {
int cp_count(std::string_view s) {
  int n = 0;
  for (unsigned char c : s) {
    if ((c & 0xC0) != 0x80) ++n;
  }
  return n;
}
bool is_space(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}
}  // namespace

// The state of one concatenation (FstringParser in CPython).
struct FStringParser {
  Parser& p;
  const PTok& first;
  const PTok& last;
  std::optional<std::string> last_str;
  bool fmode = false;
  std::vector<Expr*> exprs;
  bool u_kind;

  FStringParser(Parser& parser, const PTok& f, const PTok& l)
      : p(parser), first(f), last(l), u_kind(!f.text.empty() && f.text[0] == 'u') {}

  Span outer() const { return Span{first.line, first.col, last.end_line, last.end_col}; }

  Expr* make_str(std::string s, Span span) {
    auto* c = p.node<ConstantExpr>(span);
    c->const_kind = ConstKind::Str;
    c->text = std::move(s);
    c->kind_u = u_kind;
    return c;
  }

  void concat(std::string s) {
    if (s.empty()) return;
    if (!last_str) {
      last_str = std::move(s);
    } else {
      *last_str += s;
    }
  }

  std::string decode(std::string_view body, bool raw) {
    if (raw) return std::string(body);
    try {
      return decode_string_body(body, false);
    } catch (const StringDecodeError& e) {
      p.raise_syntax(e.message);
    }
  }

  // fstring_find_literal: returns 1 when a doubled brace ended the literal.
  int find_literal(const char*& str, const char* end, bool raw, int recurse_lvl, std::string& literal,
                   bool& have_literal) {
    const char* s = str;
    const char* literal_start = s;
    int result = 0;
    bool done_early = false;
    while (s < end) {
      char ch = *s++;
      if (!raw && ch == '\\' && s < end) {
        ch = *s++;
        if (ch == 'N') {
          if (s < end && *s++ == '{') {
            while (s < end && *s++ != '}') {
            }
            continue;
          }
          continue;
        }
      }
      if (ch == '{' || ch == '}') {
        if (recurse_lvl == 0) {
          if (s < end && *s == ch) {
            str = s + 1;
            result = 1;
            done_early = true;
            break;
          }
          if (ch == '}') {
            str = s - 1;
            p.raise_syntax("f-string: single '}' is not allowed");
          }
        }
        s--;
        break;
      }
    }
    if (!done_early) str = s;
    if (literal_start != s) {
      literal = decode(std::string_view(literal_start, static_cast<size_t>(s - literal_start)), raw);
      have_literal = true;
    }
    return result;
  }

  // fstring_find_expr_location: the column shift and line count of an expression.
  void expr_location(const PTok& t, const char* brace, int& lines, int& cols) {
    lines = 0;
    cols = 0;
    const char* parent = t.text.data();
    bool newline_after_brace = true;
    for (const char* s = brace + 1; *s != '}' && *s != '\n' && s < t.text.data() + t.text.size(); ++s) {
      if (*s != ' ' && *s != '\t' && *s != '\f') {
        newline_after_brace = false;
        break;
      }
    }
    if (!newline_after_brace) {
      const char* start = brace;
      while (start > parent && *start != '\n') --start;
      cols += cp_count(std::string_view(start, static_cast<size_t>(brace - start)));
      if (*start == '\n') cols -= 1;
    }
    for (const char* s = parent; s < brace; ++s) {
      if (*s == '\n') ++lines;
    }
  }

  // fstring_compile_expr
  Expr* compile_expr(const PTok& t, const char* expr_start, const char* expr_end) {
    const char* s = expr_start;
    for (; s != expr_end; ++s) {
      char c = *s;
      if (!(c == ' ' || c == '\t' || c == '\n' || c == '\f')) break;
    }
    if (s == expr_end) {
      if (*expr_end == '!' || *expr_end == ':' || *expr_end == '=') {
        p.raise_syntax(fmt::format("f-string: expression required before '{}'", *expr_end));
      }
      p.raise_syntax("f-string: empty expression not allowed");
    }
    int lines, cols;
    expr_location(t, expr_start - 1, lines, cols);
    std::string sub = "(" + std::string(expr_start, static_cast<size_t>(expr_end - expr_start)) + ")";
    int starting_lineno = t.line + lines;
    int starting_col = lines != 0 ? cols : t.col + cols;

    Lexer lexer(sub, "<fstring>");
    LexResult lexed = lexer.lex();
    auto map_line = [&](int sub_line) { return starting_lineno - 1 + sub_line; };
    std::vector<std::string> sub_lines;
    {
      std::string cur;
      for (char c : sub) {
        if (c == '\n') {
          sub_lines.push_back(cur);
          cur.clear();
        } else {
          cur += c;
        }
      }
      sub_lines.push_back(cur);
    }
    auto lex_error = [&](const CompileError& e) -> RaisedError {
      RaisedError r;
      r.type = e.type;
      r.msg = e.msg;
      r.line = map_line(e.line);
      r.offset = e.offset;
      r.end_line = map_line(e.end_line);
      r.end_offset = e.end_offset;
      return r;
    };
    if (lexed.error && lexed.error_kind == LexErrorKind::Overriding)
      throw with_text(lex_error(*lexed.error), sub_lines, lexed.error->line);
    std::vector<PTok> toks = prepare_tokens(lexed.tokens);
    for (PTok& k : toks) {
      bool shift = k.end_line == 1;
      k.line = map_line(k.line);
      k.end_line = map_line(k.end_line);
      if (shift) {
        if (k.col != -1) k.col += starting_col;
        if (k.end_col != -1) k.end_col += starting_col;
        k.cur_col += starting_col;
      }
    }
    Parser sub_parser(toks, lexed.error.has_value());
    Expr* result = nullptr;
    try {
      result = sub_parser.parse_fstring();
    } catch (RaisedError& e) {
      if (e.has_text) throw;  // already relative to a nested f-string's expression
      e.msg = "f-string: " + e.msg;
      e.offset -= starting_col;
      e.end_offset -= starting_col;
      // The sub-parser's tokenizer has no encoding: its columns stay in
      // bytes of the "(expr)" text, in every mode.
      RaisedError r = with_text(e, sub_lines, e.line - (starting_lineno - 1));
      r.offset = char_offset_to_bytes(r.text, r.offset);
      r.end_offset = char_offset_to_bytes(r.text, r.end_offset);
      throw r;
    } catch (const LexErrorReached&) {
      throw with_text(lex_error(*lexed.error), sub_lines, lexed.error->line);
    }
    ExprPtr owned = sub_parser.finish_expr(result);
    Expr* e = owned.release();
    adopt_subtree(p.expr_nodes_, p.stmt_nodes_, e);
    for (auto& [node, feature] : sub_parser.unsupported) p.unsupported[node] = feature;
    for (auto& [node, kind] : sub_parser.placeholder_kind) p.placeholder_kind[node] = kind;
    return e;
  }

  // Errors from a sub-parser carry the "(expr)" line as their text.
  static RaisedError with_text(RaisedError e, const std::vector<std::string>& sub_lines, int sub_line) {
    if (sub_line < 1 || sub_line > static_cast<int>(sub_lines.size())) sub_line = 1;
    e.text = sub_lines[sub_line - 1];
    e.has_text = true;
    return e;
  }

  // fstring_find_expr
  Expr* find_expr(const char*& str, const char* end, bool raw, int recurse_lvl, std::optional<std::string>& expr_text,
                  const PTok& t) {
    if (recurse_lvl >= 2) p.raise_syntax("f-string: expressions nested too deeply");
    str += 1;  // the '{'
    const char* expr_start = str;
    char quote_char = 0;
    int string_type = 0;
    std::vector<char> parenstack;
    for (; str < end; ++str) {
      char ch = *str;
      if (ch == '\\') p.raise_syntax("f-string expression part cannot include a backslash");
      if (quote_char) {
        if (ch == quote_char) {
          if (string_type == 3) {
            if (str + 2 < end && str[1] == ch && str[2] == ch) {
              str += 2;
              string_type = 0;
              quote_char = 0;
              continue;
            }
          } else {
            quote_char = 0;
            string_type = 0;
            continue;
          }
        }
      } else if (ch == '\'' || ch == '"') {
        if (str + 2 < end && str[1] == ch && str[2] == ch) {
          string_type = 3;
          str += 2;
        } else {
          string_type = 1;
        }
        quote_char = ch;
      } else if (ch == '[' || ch == '{' || ch == '(') {
        if (parenstack.size() >= 200) p.raise_syntax("f-string: too many nested parenthesis");
        parenstack.push_back(ch);
      } else if (ch == '#') {
        p.raise_syntax("f-string expression part cannot include '#'");
      } else if (parenstack.empty() && (ch == '!' || ch == ':' || ch == '}' || ch == '=' || ch == '>' || ch == '<')) {
        if (str + 1 < end) {
          char next = str[1];
          if ((ch == '!' && next == '=') || (ch == '=' && next == '=') || (ch == '<' && next == '=') ||
              (ch == '>' && next == '=')) {
            str += 1;
            continue;
          }
        }
        if (ch == '>' || ch == '<') continue;
        break;
      } else if (ch == ']' || ch == '}' || ch == ')') {
        if (parenstack.empty()) p.raise_syntax(fmt::format("f-string: unmatched '{}'", ch));
        char opening = parenstack.back();
        parenstack.pop_back();
        if (!((opening == '(' && ch == ')') || (opening == '[' && ch == ']') || (opening == '{' && ch == '}'))) {
          p.raise_syntax(
              fmt::format("f-string: closing parenthesis '{}' does not match opening parenthesis '{}'", ch, opening));
        }
      }
    }
    const char* expr_end = str;
    if (quote_char) p.raise_syntax("f-string: unterminated string");
    if (!parenstack.empty()) p.raise_syntax(fmt::format("f-string: unmatched '{}'", parenstack.back()));
    if (str >= end) p.raise_syntax("f-string: expecting '}'");

    Expr* simple_expression = compile_expr(t, expr_start, expr_end);

    if (*str == '=') {
      str += 1;
      while (is_space(*str)) str += 1;
      if (str >= end) p.raise_syntax("f-string: expecting '}'");
      expr_text = std::string(expr_start, static_cast<size_t>(str - expr_start));
    }
    int conversion = -1;
    if (*str == '!') {
      str += 1;
      if (str >= end) p.raise_syntax("f-string: expecting '}'");
      conversion = static_cast<unsigned char>(*str);
      str += 1;
      if (!(conversion == 's' || conversion == 'r' || conversion == 'a')) {
        p.raise_syntax("f-string: invalid conversion character: expected 's', 'r', or 'a'");
      }
    }
    if (str >= end) p.raise_syntax("f-string: expecting '}'");
    Expr* format_spec = nullptr;
    if (*str == ':') {
      str += 1;
      if (str >= end) p.raise_syntax("f-string: expecting '}'");
      format_spec = parse(str, end, raw, recurse_lvl + 1, t);
    }
    if (str >= end || *str != '}') p.raise_syntax("f-string: expecting '}'");
    str += 1;
    if (expr_text && !format_spec && conversion == -1) conversion = 'r';
    auto* fv = p.node<FormattedValueExpr>(outer());
    fv->value.reset(simple_expression);
    fv->conversion = conversion;
    fv->format_spec.reset(format_spec);
    return fv;
  }

  // _PyPegen_FstringParser_ConcatFstring
  void concat_fstring(const char*& str, const char* end, bool raw, int recurse_lvl, const PTok& t) {
    fmode = true;
    for (;;) {
      std::string literal;
      bool have_literal = false;
      std::optional<std::string> expr_text;
      Expr* expression = nullptr;
      int result = find_literal(str, end, raw, recurse_lvl, literal, have_literal);
      if (result == 0 && !(str >= end || *str == '}')) {
        expression = find_expr(str, end, raw, recurse_lvl, expr_text, t);
      }
      if (have_literal) concat(std::move(literal));
      if (expr_text) concat(std::move(*expr_text));
      if (result == 1) continue;
      if (!expression) break;
      if (last_str) {
        exprs.push_back(make_str(std::move(*last_str), outer()));
        last_str.reset();
      }
      exprs.push_back(expression);
    }
    if (recurse_lvl == 0 && str < end - 1) p.raise_syntax("f-string: unexpected end of string");
    if (recurse_lvl != 0 && (str >= end || *str != '}')) p.raise_syntax("f-string: expecting '}'");
  }

  // _PyPegen_FstringParser_Finish
  Expr* finish(Span span) {
    if (!fmode) {
      return make_str(last_str ? std::move(*last_str) : std::string(), span);
    }
    if (last_str) {
      exprs.push_back(make_str(std::move(*last_str), span));
      last_str.reset();
    }
    auto* j = p.node<JoinedStrExpr>(span);
    for (Expr* e : exprs) j->values.emplace_back(e);
    return j;
  }

  // fstring_parse: a nested format spec.
  Expr* parse(const char*& str, const char* end, bool raw, int recurse_lvl, const PTok& t) {
    FStringParser state(p, first, last);
    state.concat_fstring(str, end, raw, recurse_lvl, t);
    return state.finish(Span{t.line, t.col, t.end_line, t.end_col});
  }
};

Expr* Parser::concatenate_strings(int first_index, int last_index) {
  const PTok& first = toks_[first_index];
  const PTok& last = toks_[last_index];
  bool bytesmode = false;
  std::string bytes_str;
  FStringParser state(*this, first, last);
  for (int i = first_index; i <= last_index; ++i) {
    const PTok& t = toks_[i];
    StringParts parts = split_string_literal(t.text);
    bool this_bytes = parts.prefix.bytes;
    bool this_raw = parts.prefix.raw;
    std::optional<std::string> s;
    if (!parts.prefix.fstring) {
      if (this_bytes && !is_ascii_body(parts.body)) raise_at_tok(t, kBytesNonAsciiMessage);
      if (this_raw) {
        s = std::string(parts.body);
      } else {
        try {
          s = decode_string_body(parts.body, this_bytes);
        } catch (const StringDecodeError& e) {
          if (e.message == kBytesNonAsciiMessage) raise_at_tok(t, e.message);
          raise_syntax(e.message);
        }
      }
    }
    if (i != first_index && bytesmode != this_bytes) raise_syntax("cannot mix bytes and nonbytes literals");
    bytesmode = this_bytes;
    if (parts.prefix.fstring) {
      const char* str = parts.body.data();
      const char* end = str + parts.body.size();
      state.concat_fstring(str, end, this_raw, 0, t);
    } else if (bytesmode) {
      bytes_str += *s;
    } else {
      state.concat(std::move(*s));
    }
  }
  Span span{first.line, first.col, last.end_line, last.end_col};
  if (bytesmode) {
    auto* c = node<ConstantExpr>(span);
    c->const_kind = ConstKind::Bytes;
    c->text = std::move(bytes_str);
    return c;
  }
  return state.finish(span);
}

}  // namespace pywalk::peg
