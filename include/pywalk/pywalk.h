// The pipeline, start to end: source -> Lexer -> Parser -> Resolver ->
// Interpreter. run_program() is what the command line calls; it runs the
// whole pipeline on a thread with a large C++ stack (deeply nested source
// and deep recursion raise Python errors long before that stack ends).
#pragma once

#include <functional>
#include <memory>
#include <string>

namespace pywalk {

struct Module;

inline constexpr const char* kVersion = "0.1.0";

struct RunOptions {
  bool dump_tokens = false;  // print the lexer's tokens instead of running
  bool dump_ast = false;     // print the parser's AST (as CPython's ast.dump(indent=2))
  bool dump_scopes = false;  // print the resolver's scopes
};

// Parses and resolves a program, printing the SyntaxWarnings CPython would
// print (to stderr) on the way. Throws CompileError.
std::unique_ptr<Module> compile_source(std::string source, std::string filename);

// Runs (or dumps) one program; returns the process exit status:
// 0 success, 1 uncaught exception or syntax error, SystemExit's code.
int run_program(std::string source, std::string filename, const RunOptions& options);
// True once run_program() reported an uncaught KeyboardInterrupt: the caller
// then ends the process by SIGINT, as CPython does.
bool ended_by_keyboard_interrupt();

// Runs fn on a thread with a large C++ stack; returns its result.
int run_on_big_stack(std::function<int()> fn);
// Creates the builtin types and their methods (once).
void init_runtime();

// Writes to stdout / stderr; writing to stderr flushes stdout first so the
// two keep their relative order in a terminal or a shared file.
void write_stdout(std::string_view s);
void write_stderr(std::string_view s);

}  // namespace pywalk
