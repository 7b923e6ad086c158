// The one formatter for uncaught exceptions and syntax errors, following
// CPython 3.11's Python/traceback.c and Python/pythonrun.c.
#include "pywalk/traceback.h"

#include <fmt/format.h>

#include <algorithm>
#include <vector>

#include "pywalk/builtins_eval.h"
#include "pywalk/diagnostics.h"
#include "pywalk/errors.h"
#include "pywalk/objects/class.h"
#include "pywalk/objects/exception.h"
#include "pywalk/objects/list.h"
#include "pywalk/objects/str.h"
#include "pywalk/ops.h"
#include "pywalk/parser.h"

namespace pywalk {

namespace {

constexpr int kRecursiveCutoff = 3;

bool is_ws(char32_t c) { return c == ' ' || c == '\t' || c == '\f'; }

std::u32string decode(std::string_view s) {
  std::u32string out;
  size_t i = 0;
  while (i < s.size()) out.push_back(utf8_decode(s, i));
  return out;
}

std::string encode(std::u32string_view s) {
  std::string out;
  for (char32_t c : s) utf8_append(out, c);
  return out;
}

struct Anchors {
  long left_end = -1;     // relative to the segment start
  long right_start = -1;  // relative to the segment start
};

// CPython's extract_anchors_from_line: re-parse the failing segment and, for
// a binary operation or a subscript, find the operator / the brackets.
Anchors extract_anchors(const std::u32string& segment) {
  Anchors a;
  std::unique_ptr<Module> m;
  try {
    m = parse_source(encode(segment), "<segment>");
  } catch (...) {
    return a;
  }
  if (!m || m->body.size() != 1 || m->body[0]->kind != StmtKind::ExprStmt) return a;
  const Expr& e = *as<ExprStmt>(*m->body[0]).value;
  long len = static_cast<long>(segment.size());
  if (e.kind == ExprKind::BinOp) {
    const auto& b = as<BinOpExpr>(e);
    if (b.left->span.end_line != 1 || b.right->span.line != 1) return a;
    for (long i = b.left->span.end_col; i < b.right->span.col && i < len; ++i) {
      if (is_ws(segment[i])) continue;
      a.left_end = i;
      a.right_start = i + 1;
      if (i + 1 < b.right->span.col && !is_ws(segment[i + 1])) ++a.right_start;
      if (i + 1 < b.right->span.col && segment[i] == ')') continue;
      break;
    }
    return a;
  }
  if (e.kind == ExprKind::Subscript) {
    const auto& s = as<SubscriptExpr>(e);
    long left = s.value->span.end_col;
    long right = s.slice->span.end_col + 1;
    while (left < len && segment[left] != '[') ++left;
    while (right < len && segment[right] != ']') ++right;
    if (right < len) ++right;
    a.left_end = left;
    a.right_start = right;
  }
  return a;
}

void format_entry(std::string& out, const TracebackEntry& t) {
  out += fmt::format("  File \"{}\", line {}, in {}\n", *t.filename, t.span.line, t.name);
  // CPython reads source lines from the file (linecache): "<string>" and
  // "<stdin>" programs show none.
  if (t.filename->empty() || t.filename->front() == '<') return;
  if (!t.module || t.span.line < 1 || static_cast<size_t>(t.span.line) > t.module->lines.size()) return;
  std::u32string line = decode(t.module->lines[t.span.line - 1]);
  size_t first = 0;
  while (first < line.size() && is_ws(line[first])) ++first;
  // CPython prints the line without its indentation and newline but keeps
  // trailing whitespace (which also counts for eliding the carets).
  size_t full = line.size();
  while (full > first && (line[full - 1] == '\n' || line[full - 1] == '\r')) --full;
  size_t last = full;
  while (last > first && is_ws(line[last - 1])) --last;
  if (first == last) return;
  out += "    " + encode(std::u32string_view(line).substr(first, full - first)) + "\n";
  long start = t.span.col;
  long end = t.span.end_col;
  Anchors anchors;
  if (t.span.end_line == t.span.line) {
    if (end > static_cast<long>(line.size())) end = static_cast<long>(line.size());
    if (start < end) anchors = extract_anchors(line.substr(start, end - start));
  } else {
    end = static_cast<long>(last);
  }
  if (start < 0 || end <= start) return;
  bool has_secondary = anchors.left_end != -1 || anchors.right_start != -1;
  long stripped_len = static_cast<long>(full - first);
  if (end - start == stripped_len && !has_secondary) return;
  if (has_secondary) {
    anchors.left_end += start;
    anchors.right_start += start;
  }
  out += "    ";
  for (long offset = static_cast<long>(first) + 1; offset <= end; ++offset) {
    if (offset <= start) out += ' ';
    else if (has_secondary && anchors.left_end < offset && offset <= anchors.right_start) out += '^';
    else out += has_secondary ? '~' : '^';
  }
  out += '\n';
}

void format_one(std::string& out, const Value& exc_value) {
  auto* e = exc_value.as<ExceptionObject>();
  if (!e->traceback.empty()) {
    out += "Traceback (most recent call last):\n";
    const TracebackEntry* prev = nullptr;
    int count = 0;
    auto flush_repeats = [&]() {
      if (count > kRecursiveCutoff) {
        int more = count - kRecursiveCutoff;
        out += fmt::format("  [Previous line repeated {} more time{}]\n", more, more > 1 ? "s" : "");
      }
    };
    for (auto it = e->traceback.rbegin(); it != e->traceback.rend(); ++it) {
      const TracebackEntry& t = *it;
      if (prev && prev->filename == t.filename && prev->span.line == t.span.line && prev->name == t.name) {
        ++count;
      } else {
        flush_repeats();
        count = 1;
      }
      prev = &t;
      if (count <= kRecursiveCutoff) format_entry(out, t);
    }
    flush_repeats();
  }
  out += format_exception_only(exc_value);
}

// The chain, causes and contexts first; `seen` holds the exceptions printed
// or being printed, so a cyclic chain prints each exception once (as
// CPython's print_exception_recursive).
void format_chain(std::string& out, const Value& exc_value, std::vector<const Object*>& seen) {
  auto* e = exc_value.as<ExceptionObject>();
  seen.push_back(e);
  auto unseen = [&](const Value& v) {
    return is_exception(v) && std::find(seen.begin(), seen.end(), v.obj()) == seen.end();
  };
  if (is_exception(e->cause)) {
    if (unseen(e->cause)) {
      format_chain(out, e->cause, seen);
      out += "\nThe above exception was the direct cause of the following exception:\n\n";
    }
  } else if (!e->suppress_context && unseen(e->context)) {
    format_chain(out, e->context, seen);
    out += "\nDuring handling of the above exception, another exception occurred:\n\n";
  }
  format_one(out, exc_value);
}

// The lines of `__notes__` (BaseException.add_note) after the message line.
void format_notes(std::string& out, const Value& exc_value) {
  Value notes;
  try {
    notes = getattr_or_unbound(exc_value, intern("__notes__"));
  } catch (PyException&) {
    return;
  }
  if (notes.is_unbound()) return;
  auto text = [](const Value& v, bool as_repr, const char* failed) {
    try {
      return as_repr ? repr(v) : str(v);
    } catch (PyException&) {
      return std::string(failed);
    }
  };
  if (!is_list(notes) && !is_tuple(notes)) {
    out += text(notes, true, "<__notes__ repr() failed>") + "\n";
    return;
  }
  std::vector<Value> items = to_vector(notes);
  for (const Value& n : items) out += text(n, false, "<note str() failed>") + "\n";
}

}  // namespace

std::string format_exception_only(const Value& exc_value) {
  auto* e = exc_value.as<ExceptionObject>();
  std::string msg;
  try {
    msg = str(exc_value);
  } catch (PyException&) {
    msg = "<exception str() failed>";
  }
  // A class is named by its qualname, prefixed by its module unless that is
  // builtins or __main__ (pythonrun.c's print_exception).
  std::string out = e->type->name;
  if (e->type->heap) {
    out = str(type_qualname(e->type));
    Value m = type_module(e->type);
    std::string mod = is_str(m) ? as_str(m)->data : "<unknown>";
    if (mod != "builtins" && mod != "__main__") out = mod + "." + out;
  }
  std::string location;
  if (e->type->is_subtype_of(exc::SyntaxError)) syntax_error_display(exc_value, location, msg);  // builtins_eval.h
  out = location + out;
  if (!msg.empty()) out += ": " + msg;
  out += e->note;
  out += '\n';
  format_notes(out, exc_value);
  return out;
}

std::string format_exception(const Value& exception) {
  std::string out;
  std::vector<const Object*> seen;
  format_chain(out, exception, seen);
  return out;
}

std::string format_syntax_error(const CompileError& e) {
  // The compiler's RecursionError has no location: only its message line.
  if (e.type == "RecursionError") return e.type + ": " + e.msg + "\n";
  if (e.type == "MemoryError") return e.msg.empty() ? "MemoryError\n" : "MemoryError: " + e.msg + "\n";
  std::string out = fmt::format("  File \"{}\", line {}\n", e.filename, e.line);
  if (!e.text.empty()) {
    // As CPython's print_error_text: the text is measured in UTF-8 bytes and
    // the offsets used as they are (the parser gives CPython's, which are
    // byte offsets for a file).
    const std::string& text = e.text;
    long offset = e.offset - 1;
    long end_offset = e.end_offset > 0 ? e.end_offset - 1 : -1;
    size_t i = 0;
    while (i < text.size() && is_ws(static_cast<unsigned char>(text[i]))) {
      ++i;
      --offset;
      --end_offset;
    }
    std::string shown = text.substr(i);
    while (!shown.empty() && (shown.back() == '\n' || shown.back() == '\r')) shown.pop_back();
    long len = static_cast<long>(shown.size());
    if (offset > len) offset = len;
    out += "    " + shown + "\n";
    if (offset >= 0) {
      out += "    " + std::string(static_cast<size_t>(offset), ' ');
      // IndentationError and TabError show one caret whatever the range.
      bool indentation = e.type == "IndentationError" || e.type == "TabError";
      long reps = (!indentation && e.end_line == e.line && end_offset > offset) ? end_offset - offset : 1;
      if (e.end_line != e.line && e.end_line > 0) reps = len - offset > 0 ? len - offset : 1;
      out += std::string(static_cast<size_t>(reps), '^') + "\n";
    }
  }
  out += e.type + ": " + e.msg + "\n";
  return out;
}

}  // namespace pywalk
