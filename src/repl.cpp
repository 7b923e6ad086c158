// The interactive REPL (see repl.h): the session loop, running chunks,
// exit()/quit() and the display of expression values.
#include "pywalk/repl.h"

#include <pthread.h>

#include <csignal>
#include <cstdio>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "pywalk/call.h"
#include "pywalk/errors.h"
#include "pywalk/interpreter.h"
#include "pywalk/modules/native.h"
#include "pywalk/objects/builtin.h"
#include "pywalk/objects/dict.h"
#include "pywalk/objects/exception.h"
#include "pywalk/objects/list.h"
#include "pywalk/objects/str.h"
#include "pywalk/ops.h"
#include "pywalk/pywalk.h"
#include "pywalk/traceback.h"
#include "repl_internal.h"

namespace pywalk {

namespace {

using repl::ChunkReader;
using repl::LineInput;

// ------------------------------------------------------- exit() and quit()

// CPython's site.Quitter: `exit` shows how to leave, `exit()` leaves.
struct QuitterObject : Object {
  QuitterObject(TypeObject* t, std::string n) : Object(t), name(std::move(n)) {}
  std::string name;
};

Value& builtin_exit() {
  static Value v;
  return v;
}

TypeObject* quitter_type() {
  static TypeObject* t = [] {
    TypeObject* q = modules::make_native_type("_sitebuiltins.Quitter");
    q->repr_slot = [](const Value& self) {
      return "Use " + self.as<QuitterObject>()->name + "() or Ctrl-D (i.e. EOF) to exit";
    };
    q->call_slot = [](const Value&, CallArgs args) { return call(builtin_exit(), args); };
    return q;
  }();
  return t;
}

void install_quitters(DictObject* builtins) {
  builtin_exit() = builtins->get_str(intern("exit"));
  for (const char* name : {"exit", "quit"})
    builtins->set_str(intern(name), Value(new QuitterObject(quitter_type(), name)));
}

// ------------------------------------------------- echoing expression values

// sys.displayhook: an expression statement's value, unless None, is printed
// with repr() and kept in builtins._.
Value displayhook(const Value&, CallArgs args) {
  Value v = args.positional.empty() ? Value::none() : args.positional[0];
  if (v.is_none()) return Value::none();
  DictObject* b = Interpreter::current()->builtins();
  b->set_str(intern("_"), Value::none());
  std::string text = repr(v);
  write_stdout(text + "\n");
  b->set_str(intern("_"), v);
  return Value::none();
}

// Interpreter::run_interactive echoes the chunk's top-level expression
// statements; CPython's interactive mode also echoes those inside its
// loops, ifs, trys and withs (not inside functions or classes). Those
// become displayhook(expression), with the expression's position.
void echo_nested_expressions(StmtList& body, const Value& hook, bool top);

void echo_in(StmtList& body, const Value& hook) { echo_nested_expressions(body, hook, false); }

void echo_nested_expressions(StmtList& body, const Value& hook, bool top) {
  for (StmtPtr& s : body) {
    switch (s->kind) {
      case StmtKind::ExprStmt: {
        if (top) break;
        auto& stmt = as<ExprStmt>(*s);
        Span span = stmt.value->span;
        auto fn = std::make_unique<ConstantExpr>(span);
        fn->value = hook;
        auto call_expr = std::make_unique<CallExpr>(span);
        call_expr->func = std::move(fn);
        call_expr->args.push_back(std::move(stmt.value));
        stmt.value = std::move(call_expr);
        break;
      }
      case StmtKind::If:
        echo_in(as<IfStmt>(*s).body, hook);
        echo_in(as<IfStmt>(*s).orelse, hook);
        break;
      case StmtKind::While:
        echo_in(as<WhileStmt>(*s).body, hook);
        echo_in(as<WhileStmt>(*s).orelse, hook);
        break;
      case StmtKind::For:
        echo_in(as<ForStmt>(*s).body, hook);
        echo_in(as<ForStmt>(*s).orelse, hook);
        break;
      case StmtKind::Try: {
        auto& t = as<TryStmt>(*s);
        echo_in(t.body, hook);
        for (ExceptHandler& h : t.handlers) echo_in(h.body, hook);
        echo_in(t.orelse, hook);
        echo_in(t.finalbody, hook);
        break;
      }
      case StmtKind::With:
        echo_in(as<WithStmt>(*s).body, hook);
        break;
      case StmtKind::Assign:
      case StmtKind::AugAssign:
      case StmtKind::AnnAssign:
      case StmtKind::FunctionDef:
      case StmtKind::ClassDef:
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
        break;
    }
  }
}

// -------------------------------------------------------------- the session

class Session {
 public:
  explicit Session(const ReplOptions& options) : options_(options) {
    install_quitters(interpreter_.builtins());
    hook_ = make_builtin("displayhook", displayhook);
    repl::install_signal_handlers();
  }

  int run() {
    if (!options_.startup_filename.empty()) {
      // -i FILE: its errors are printed (SystemExit too, as CPython's -i),
      // then the session starts with its globals.
      if (auto status = run_source(options_.startup_source, options_.startup_filename, false)) return *status;
    }
    if (!options_.quiet && options_.startup_filename.empty())
      write_stderr(std::string("pywalk ") + kVersion + " (a Python 3.11 subset) on linux\n" +
                   "Type \"exit()\" or press Ctrl-D to leave; Tab completes names.\n");
    return loop();
  }

 private:
  int loop() {
    for (;;) {
      std::string line;
      LineInput::Result r = input_.read(chunk_.empty() ? ">>> " : "... ", line);
      ChunkReader::Verdict verdict;
      if (r == LineInput::Result::Interrupted) {
        input_.write_prompt_stream("\n");
        write_stderr("KeyboardInterrupt\n");
        chunk_.reset();
        continue;
      }
      if (r == LineInput::Result::Eof) {
        input_.write_prompt_stream("\n");
        if (chunk_.empty()) return 0;
        verdict = chunk_.at_eof();
      } else {
        verdict = chunk_.add(line);
      }
      switch (verdict) {
        case ChunkReader::Verdict::More:
          continue;
        case ChunkReader::Verdict::Nothing:
          break;
        case ChunkReader::Verdict::Error:
          write_stderr(format_syntax_error(chunk_.error()));
          break;
        case ChunkReader::Verdict::Run: {
          std::string source = chunk_.source();
          chunk_.reset();
          if (auto status = run_source(std::move(source), "<stdin>", true)) return *status;
          break;
        }
      }
      chunk_.reset();
    }
  }

  // Compiles and runs one chunk (or the -i file); an exit status when it
  // raised SystemExit (only at the prompt: the -i file's is printed).
  std::optional<int> run_source(std::string source, const std::string& filename, bool interactive) {
    std::unique_ptr<Module> module;
    try {
      module = compile_source(std::move(source), filename);
    } catch (const CompileError& e) {
      // At the prompt the parser has accepted the chunk: this is the
      // resolver's error, whose line CPython reads back from the file, so
      // for "<stdin>" it shows none.
      CompileError shown = e;
      if (interactive) shown.text.clear();
      write_stderr(format_syntax_error(shown));
      return std::nullopt;
    }
    if (interactive) echo_nested_expressions(module->body, hook_, true);
    modules_.push_back(std::move(module));
    repl::g_sigint = 0;
    Interpreter::clear_interrupt();
    std::optional<int> status;
    bool raised = true;
    try {
      if (interactive) {
        interpreter_.run_interactive(*modules_.back());
      } else {
        interpreter_.run_module(*modules_.back());
      }
      raised = false;
    } catch (PyException& e) {
      auto* ex = e.exc.as<ExceptionObject>();
      if (interactive && ex->type->is_subtype_of(exc::SystemExit)) {
        status = exit_status(ex);
      } else {
        write_stderr(format_exception(e.exc));
      }
    }
    std::fflush(stdout);
    // A Ctrl-C the program never reached a safe point for (a blocking call
    // that went on) is not lost silently.
    if (repl::g_sigint && !raised) write_stderr("KeyboardInterrupt\n");
    repl::g_sigint = 0;
    Interpreter::clear_interrupt();
    return status;
  }

  static int exit_status(ExceptionObject* ex) {
    const auto& args = ex->args.as<TupleObject>()->items;
    Value code = args.size() == 1 ? args[0] : args.empty() ? Value::none() : ex->args;
    if (code.is_none()) return 0;
    if (code.is_int()) return static_cast<int>(code.as_int());
    write_stderr(str(code) + "\n");
    return 1;
  }

  const ReplOptions& options_;
  Interpreter interpreter_;
  Value hook_;  // strong: the displayhook builtin
  LineInput input_;
  ChunkReader chunk_;
  // Every chunk run so far: its functions and classes point into its AST.
  std::vector<std::unique_ptr<Module>> modules_;
};

int repl_main(const ReplOptions& options) {
  init_runtime();
  Session session(options);
  return session.run();
}

}  // namespace

int run_repl_program(const ReplOptions& options) {
  // Only the REPL's thread takes Ctrl-C, Ctrl-Z and window resizes: it
  // unblocks them for itself; this thread only waits for it.
  sigset_t block, saved;
  sigemptyset(&block);
  sigaddset(&block, SIGINT);
  sigaddset(&block, SIGWINCH);
  sigaddset(&block, SIGTSTP);
  pthread_sigmask(SIG_BLOCK, &block, &saved);
  int status = run_on_big_stack([&]() { return repl_main(options); });
  pthread_sigmask(SIG_SETMASK, &saved, nullptr);
  return status;
}

}  // namespace pywalk
