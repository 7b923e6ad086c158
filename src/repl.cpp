// The interactive REPL (see repl.h).
#include "pywalk/repl.h"

#include <editline/readline.h>
#include <sys/select.h>
#include <unistd.h>

#include <algorithm>
#include <csignal>
#include <functional>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "pywalk/diagnostics.h"
#include "pywalk/errors.h"
#include "pywalk/interpreter.h"
#include "pywalk/objects/builtin.h"
#include "pywalk/objects/dict.h"
#include "pywalk/objects/exception.h"
#include "pywalk/objects/list.h"
#include "pywalk/objects/str.h"
#include "pywalk/ops.h"
#include "pywalk/parser.h"
#include "pywalk/pywalk.h"
#include "pywalk/resolver.h"
#include "pywalk/suggestions.h"
#include "pywalk/traceback.h"

namespace pywalk {

namespace {

volatile sig_atomic_t got_sigint = 0;

void on_sigint(int) {
  got_sigint = 1;
  Interpreter::request_interrupt();
}

// ------------------------------------------------------------ line input

struct LineReader {
  bool tty = isatty(STDIN_FILENO) && isatty(STDOUT_FILENO);
  std::string history_path;
  std::optional<std::string> line;  // set by the callback
  bool done = false;

  static LineReader* self;

  static void on_line(char* text) {
    self->done = true;
    if (text) {
      self->line = std::string(text);
      std::free(text);
    } else {
      self->line.reset();  // EOF
    }
  }

  // Reads one line; nullopt on EOF; throws KeyboardInterrupt-ish marker via `interrupted`.
  std::optional<std::string> read(const char* prompt, bool& interrupted) {
    interrupted = false;
    if (!tty) {
      std::fputs(prompt, stderr);
      std::fflush(stderr);
      std::string s;
      int c;
      while ((c = std::fgetc(stdin)) != EOF && c != '\n') s.push_back(static_cast<char>(c));
      if (c == EOF && s.empty()) return std::nullopt;
      return s;
    }
    self = this;
    done = false;
    line.reset();
    got_sigint = 0;
    rl_callback_handler_install(prompt, on_line);
    while (!done) {
      fd_set fds;
      FD_ZERO(&fds);
      FD_SET(STDIN_FILENO, &fds);
      int r = select(STDIN_FILENO + 1, &fds, nullptr, nullptr, nullptr);
      if (got_sigint) {
        got_sigint = 0;
        Interpreter::clear_interrupt();
        rl_callback_handler_remove();
        std::fputs("\n", stdout);
        interrupted = true;
        return std::string();
      }
      if (r > 0) rl_callback_read_char();
    }
    rl_callback_handler_remove();
    if (line && !line->empty() && history_path != "-") add_history(line->c_str());
    return line;
  }
};
LineReader* LineReader::self = nullptr;

// --------------------------------------------------------------- completion

const char* const kKeywords[] = {"False", "None", "True", "and", "as", "assert", "break", "class", "continue",
                                 "def", "del", "elif", "else", "except", "finally", "for", "from", "global", "if",
                                 "import", "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise",
                                 "return", "try", "while", "with", "yield"};

std::vector<std::string> completion_matches_for(const std::string& text) {
  std::vector<std::string> out;
  Interpreter* in = Interpreter::current();
  if (!in) return out;
  auto callable_suffix = [](const Value& v) {
    TypeId t = type_of(v)->id;
    bool callable = t == TypeId::Function || t == TypeId::BuiltinFunction || t == TypeId::MethodDescriptor ||
                    t == TypeId::Type;
    return callable ? "(" : "";
  };
  size_t dot = text.rfind('.');
  if (dot == std::string::npos) {
    for (const char* k : kKeywords)
      if (std::strncmp(k, text.c_str(), text.size()) == 0) out.push_back(std::string(k) + " ");
    for (DictObject* d : {in->main_globals(), in->builtins()})
      for (const DictEntry& e : d->entries)
        if (!e.key.is_unbound() && is_str(e.key) && as_str(e.key)->view().starts_with(text))
          out.push_back(std::string(as_str(e.key)->view()) + callable_suffix(e.value));
    return out;
  }
  // name(.name)* before the last dot: walk it without calling anything.
  std::string expr = text.substr(0, dot), prefix = text.substr(dot + 1);
  Value obj;
  size_t start = 0;
  try {
    while (start <= expr.size()) {
      size_t end = expr.find('.', start);
      std::string part = expr.substr(start, end == std::string::npos ? std::string::npos : end - start);
      StrObject* name = intern(part);
      if (obj.is_unbound()) {
        obj = in->main_globals()->get_str(name);
        if (obj.is_unbound()) obj = in->builtins()->get_str(name);
      } else {
        obj = getattr_or_unbound(obj, name);
      }
      if (obj.is_unbound()) return out;
      if (end == std::string::npos) break;
      start = end + 1;
    }
    std::vector<std::string> names;
    for (TypeObject* t = type_of(obj); t; t = t->base)
      if (!t->dict.is_unbound()) {
        auto more = dict_key_names(as_dict(t->dict));
        names.insert(names.end(), more.begin(), more.end());
      }
    std::sort(names.begin(), names.end());
    names.erase(std::unique(names.begin(), names.end()), names.end());
    for (const std::string& n : names) {
      if (!n.starts_with(prefix)) continue;
      if (n.starts_with("_") && !prefix.starts_with("_")) continue;
      Value attr = getattr_or_unbound(obj, intern(n));
      out.push_back(expr + "." + n + callable_suffix(attr));
    }
  } catch (PyException&) {
  }
  return out;
}

std::vector<std::string> pending_matches;

char* completion_generator(const char*, int state) {
  if (static_cast<size_t>(state) >= pending_matches.size()) return nullptr;
  return strdup(pending_matches[state].c_str());
}

char** attempt_completion(const char* text, int, int) {
  rl_attempted_completion_over = 1;
  pending_matches = completion_matches_for(text);
  if (pending_matches.empty()) return nullptr;
  return rl_completion_matches(text, completion_generator);
}

// ------------------------------------------------------------------ helpers

Value exit_fn(const Value&, CallArgs args) {
  Value code = args.positional.empty() ? Value::none() : args.positional[0];
  throw PyException{make_exception_args(exc::SystemExit, make_tuple({code}))};
}

// Is the chunk complete? The parser decides: input that ended too soon
// asks for more lines; a compound statement (def, if, for...) also waits
// for the blank line that ends it, as CPython's REPL does.
enum class ChunkState { Complete, NeedMore, Error };

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

ChunkState judge(const std::string& source, bool last_line_blank, std::unique_ptr<Module>& out,
                 std::optional<CompileError>& error) {
  try {
    out = parse_source(source, "<stdin>");
  } catch (const CompileError& e) {
    if (e.incomplete && !last_line_blank) return ChunkState::NeedMore;
    error = e;
    return ChunkState::Error;
  }
  bool compound = false;
  for (const StmtPtr& s : out->body) compound = compound || is_compound(*s);
  if (compound && !last_line_blank) return ChunkState::NeedMore;
  return ChunkState::Complete;
}

int repl_main(const ReplOptions& options) {
  init_runtime();
  Interpreter interpreter;
  interpreter.builtins()->set_str(intern("exit"), make_builtin("exit", exit_fn));
  interpreter.builtins()->set_str(intern("quit"), make_builtin("quit", exit_fn));
  std::vector<std::unique_ptr<Module>> modules;  // kept: functions point into their ASTs

  struct sigaction sa {};
  sa.sa_handler = on_sigint;
  sigemptyset(&sa.sa_mask);
  sa.sa_flags = 0;  // no SA_RESTART: select() returns on Ctrl-C
  sigaction(SIGINT, &sa, nullptr);

  auto run_chunk = [&](std::unique_ptr<Module> module, bool interactive) -> std::optional<int> {
    try {
      Resolver(*module).resolve();
      modules.push_back(std::move(module));
      if (interactive) interpreter.run_interactive(*modules.back());
      else interpreter.run_module(*modules.back());
    } catch (const CompileError& e) {
      write_stderr(format_syntax_error(e));
    } catch (PyException& e) {
      auto* ex = e.exc.as<ExceptionObject>();
      if (ex->type->is_subtype_of(exc::SystemExit)) {
        const auto& args = ex->args.as<TupleObject>()->items;
        if (args.empty() || args[0].is_none()) return 0;
        if (args[0].is_int()) return static_cast<int>(args[0].as_int());
        write_stderr(str(args[0]) + "\n");
        return 1;
      }
      write_stderr(format_exception(e.exc));
    }
    std::fflush(stdout);
    return std::nullopt;
  };

  if (!options.startup_source.empty() || !options.startup_filename.empty()) {
    try {
      if (auto code = run_chunk(parse_source(options.startup_source, options.startup_filename), false)) return *code;
    } catch (const CompileError& e) {
      write_stderr(format_syntax_error(e));
    }
  }

  LineReader reader;
  const char* hist_env = std::getenv("PYWALK_HISTORY");
  if (hist_env) reader.history_path = *hist_env ? hist_env : "-";
  else if (const char* home = std::getenv("HOME")) reader.history_path = std::string(home) + "/.pywalk_history";
  else reader.history_path = "-";
  if (reader.tty) {
    rl_readline_name = "pywalk";
    rl_attempted_completion_function = attempt_completion;
    rl_basic_word_break_characters = const_cast<char*>(" \t\n`~!@#$%^&*()-=+[{]}\\|;:'\",<>/?");
    using_history();
    if (reader.history_path != "-") read_history(reader.history_path.c_str());
  }
  if (!options.quiet)
    write_stderr(std::string("pywalk ") + kVersion + " (a Python 3.11 subset)\n" +
                 "Type \"exit()\" or press Ctrl-D to leave.\n");

  int status = 0;
  for (;;) {
    std::string source;
    std::unique_ptr<Module> module;
    std::optional<CompileError> error;
    bool eof = false, cancelled = false;
    for (;;) {
      bool interrupted = false;
      auto line = reader.read(source.empty() ? ">>> " : "... ", interrupted);
      if (interrupted) {
        write_stderr("KeyboardInterrupt\n");
        cancelled = true;
        break;
      }
      if (!line) {
        eof = true;
        break;
      }
      bool blank = line->find_first_not_of(" \t") == std::string::npos;
      if (source.empty() && blank) continue;
      source += *line + "\n";
      ChunkState st = judge(source, blank, module, error);
      if (st == ChunkState::NeedMore) continue;
      break;
    }
    if (eof) {
      if (!source.empty()) {
        std::fputs("\n", stdout);
        continue;
      }
      std::fputs("\n", stdout);
      break;
    }
    if (cancelled) continue;
    if (error) {
      write_stderr(format_syntax_error(*error));
      continue;
    }
    if (!module) continue;
    Interpreter::clear_interrupt();
    if (auto code = run_chunk(std::move(module), true)) {
      status = *code;
      break;
    }
  }
  if (reader.tty && reader.history_path != "-") write_history(reader.history_path.c_str());
  std::fflush(stdout);
  return status;
}

}  // namespace

int run_repl_program(const ReplOptions& options) {
  return run_on_big_stack([&]() { return repl_main(options); });
}

}  // namespace pywalk
