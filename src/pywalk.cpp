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

// The exit status an uncaught exception implies, after printing it.
static int report(const Value& exc_value) {
  auto* e = exc_value.as<ExceptionObject>();
  if (e->type->is_subtype_of(exc::SystemExit)) {
    const auto& args = e->args.as<TupleObject>()->items;
    if (args.empty() || args[0].is_none()) return 0;
    if (args[0].is_int()) return static_cast<int>(args[0].as_int());
    write_stderr(str(args[0]) + "\n");
    return 1;
  }
  write_stderr(format_exception(exc_value));
  // CPython dies of SIGINT after printing the traceback: status 130 in a shell.
  if (e->type->is_subtype_of(exc::KeyboardInterrupt)) return 130;
  return 1;
}

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
    std::signal(SIGINT, on_sigint);
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
  return run_on_big_stack([&]() { return run_on_this_thread(std::move(source), filename, options); });
}

}  // namespace pywalk
