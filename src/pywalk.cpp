// The pipeline (see pywalk.h).
#include "pywalk/pywalk.h"

#include <pthread.h>

#include <csignal>
#include <cstdio>
#include <functional>

#include "pywalk/ast_dump.h"
#include "pywalk/diagnostics.h"
#include "pywalk/errors.h"
#include "pywalk/interpreter.h"
#include "pywalk/lexer.h"
#include "pywalk/num/bigint.h"
#include "pywalk/objects/dict.h"
#include "pywalk/objects/exception.h"
#include "pywalk/objects/int.h"
#include "pywalk/objects/list.h"
#include "pywalk/objects/module.h"
#include "pywalk/objects/str.h"
#include "pywalk/ops.h"
#include "pywalk/parser.h"
#include "pywalk/resolver.h"
#include "pywalk/traceback.h"

namespace pywalk {

void write_stdout(std::string_view s) { std::fwrite(s.data(), 1, s.size(), stdout); }

void write_stderr(std::string_view s) {
  std::fflush(stdout);
  std::fwrite(s.data(), 1, s.size(), stderr);
  std::fflush(stderr);
}

void init_runtime() {
  static bool done = false;
  if (done) return;
  done = true;
  types::init_builtin_types();
  init_type_methods();
  register_builtin_modules();
}

// Set when the program ended by an uncaught KeyboardInterrupt: the process
// then dies of SIGINT, as CPython does (exit status 130 in a shell).
static bool unhandled_interrupt = false;

// The exit status an uncaught exception implies, after printing it. An
// uncaught SystemExit prints no traceback (CPython's handle_system_exit):
// its `code` None is status 0, an int is the status (-1 when it does not
// fit), anything else is printed to stderr with status 1.
static int report(const Value& exc_value) {
  auto* e = exc_value.as<ExceptionObject>();
  if (e->type->is_subtype_of(exc::SystemExit)) {
    Value code;
    try {
      code = getattr_or_unbound(exc_value, intern("code"));
      if (code.is_unbound()) code = exc_value;
      if (code.is_none()) return 0;
      if (code.is_int()) return static_cast<int>(code.as_int());
      if (code.is_bool()) return code.as_bool() ? 1 : 0;
      if (is_big_int(code)) return -1;  // a big int: PyLong_AsLong fails, CPython exits with -1
      write_stderr(str(code) + "\n");
    } catch (PyException&) {
      // str() of the code failed: CPython reports nothing more
    }
    return 1;
  }
  write_stderr(format_exception(exc_value));
  if (e->type->is_subtype_of(exc::KeyboardInterrupt)) {
    unhandled_interrupt = true;
    return 130;
  }
  return 1;
}

bool ended_by_keyboard_interrupt() { return unhandled_interrupt; }

static void on_sigint(int) { Interpreter::request_interrupt(); }

std::unique_ptr<Module> compile_source(std::string source, std::string filename) {
  std::vector<std::string> warnings;
  auto flush_warnings = [&]() {
    for (const std::string& w : warnings) write_stderr(w);
    warnings.clear();
  };
  std::unique_ptr<Module> module;
  try {
    module = parse_source(std::move(source), std::move(filename), &warnings);
  } catch (const CompileError&) {
    flush_warnings();
    throw;
  }
  flush_warnings();
  Resolver resolver(*module);
  try {
    resolver.resolve();
  } catch (const CompileError&) {
    for (const std::string& w : resolver.warnings()) write_stderr(w);
    throw;
  }
  for (const std::string& w : resolver.warnings()) write_stderr(w);
  return module;
}

static int run_on_this_thread(std::string source, const std::string& filename, const RunOptions& options) {
  init_runtime();
  try {
    if (options.dump_tokens) {
      Lexer lexer(source, filename, LexerOptions{.keep_trivia = true});
      write_stdout(dump_tokens(lexer.tokenize()));
      return 0;
    }
    if (options.dump_ast) {
      write_stdout(dump_ast(*parse_source(std::move(source), filename)) + "\n");
      return 0;
    }
    std::unique_ptr<Module> module = compile_source(std::move(source), filename);
    if (options.dump_scopes) {
      write_stdout(dump_scopes(*module));
      return 0;
    }
    Interpreter interpreter;
    // No SA_RESTART: a blocking read (input()) returns EINTR on Ctrl-C and
    // raises KeyboardInterrupt, as CPython's.
    // Like CPython, keep an inherited SIG_IGN (a background job, nohup).
    struct sigaction old {};
    sigaction(SIGINT, nullptr, &old);
    if (old.sa_handler != SIG_IGN) {
      struct sigaction sa {};
      sa.sa_handler = on_sigint;
      sigemptyset(&sa.sa_mask);
      sa.sa_flags = 0;
      sigaction(SIGINT, &sa, nullptr);
    }
    int status = 0;
    try {
      interpreter.run_module(*module);
    } catch (PyException& e) {
      status = report(e.exc);
    }
    std::fflush(stdout);
    return status;
  } catch (const CompileError& e) {
    write_stderr(format_syntax_error(e));
    return 1;
  }
}

namespace {
struct ThreadCall {
  std::function<int()> fn;
  int result = 0;
};
void* thread_main(void* arg) {
  auto* call = static_cast<ThreadCall*>(arg);
  call->result = call->fn();
  return nullptr;
}
}  // namespace

int run_on_big_stack(std::function<int()> fn) {
  ThreadCall call;
  call.fn = std::move(fn);
  pthread_attr_t attr;
  pthread_attr_init(&attr);
  pthread_attr_setstacksize(&attr, kCppStackBudget + (size_t(64) << 20));
  pthread_t thread;
  if (pthread_create(&thread, &attr, thread_main, &call) != 0) {
    pthread_attr_destroy(&attr);
    return call.fn();  // no thread: run here with the default stack
  }
  pthread_attr_destroy(&attr);
  pthread_join(thread, nullptr);
  return call.result;
}

int run_program(std::string source, std::string filename, const RunOptions& options) {
  // SIGINT is blocked in this thread while the program runs on the big-stack
  // thread, so Ctrl-C always interrupts the interpreter's thread (a blocking
  // read there gets EINTR).
  sigset_t sigint, old;
  sigemptyset(&sigint);
  sigaddset(&sigint, SIGINT);
  pthread_sigmask(SIG_BLOCK, &sigint, &old);
  int status = run_on_big_stack([&]() {
    pthread_sigmask(SIG_UNBLOCK, &sigint, nullptr);
    return run_on_this_thread(std::move(source), filename, options);
  });
  pthread_sigmask(SIG_SETMASK, &old, nullptr);
  return status;
}

}  // namespace pywalk
