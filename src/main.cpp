// The command line: parse arguments with CLI11, read the program, hand it
// to run_program(). Nothing else lives here.
#include <unistd.h>

#include <CLI/CLI.hpp>
#include <csignal>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <sstream>

#include "pywalk/pywalk.h"
#include "pywalk/repl.h"

namespace {

bool read_file(const std::string& path, std::string& out) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return false;
  std::ostringstream ss;
  ss << in.rdbuf();
  out = ss.str();
  return true;
}

std::string read_stdin() {
  std::ostringstream ss;
  ss << std::cin.rdbuf();
  return ss.str();
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{"pywalk: a tree-walking interpreter for a subset of Python 3.11", "pywalk"};
  app.set_version_flag("-V,--version", std::string("pywalk ") + pywalk::kVersion);
  std::string command;
  std::string file;
  std::vector<std::string> script_args;
  pywalk::RunOptions options;
  app.add_option("-c", command, "program passed in as string");
  app.add_flag("--dump-tokens", options.dump_tokens, "print the lexer's tokens and exit");
  app.add_flag("--dump-ast", options.dump_ast, "print the syntax tree (like ast.dump(indent=2)) and exit");
  app.add_flag("--dump-scopes", options.dump_scopes, "print every scope's names and their classification and exit");
  bool inspect = false;
  bool quiet = false;
  app.add_flag("-i", inspect, "run the file, then start the interactive REPL with its globals");
  app.add_flag("-q", quiet, "don't print the REPL banner");
  app.add_option("file", file, "program read from script file ('-' or none: standard input)");
  app.add_option("args", script_args, "arguments passed to the program");
  app.prefix_command(false);
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    int code = app.exit(e);
    return code == 0 ? 0 : 2;
  }

  std::string source;
  std::string filename;
  if (!command.empty() || app.count("-c")) {
    source = command;
    filename = "<string>";
  } else if (!file.empty() && file != "-") {
    if (!read_file(file, source)) {
      std::fprintf(stderr, "pywalk: can't open file '%s': [Errno 2] No such file or directory\n", file.c_str());
      return 2;
    }
    // CPython shows the script as the current directory joined with the
    // path as given (not normalised): "/home/me/./x.py".
    filename = file;
    if (file[0] != '/') {
      char cwd[4096];
      if (getcwd(cwd, sizeof cwd)) filename = std::string(cwd) + "/" + file;
    }
  } else if (file.empty() && (inspect || isatty(STDIN_FILENO))) {
    // No program: the REPL (with -i even when stdin is not a terminal, as CPython).
    pywalk::ReplOptions repl;
    repl.quiet = quiet;
    return pywalk::run_repl_program(repl);
  } else if (file == "-" || !isatty(STDIN_FILENO)) {
    source = read_stdin();
    filename = "<stdin>";
  }
  if (inspect) {
    pywalk::ReplOptions repl;
    repl.quiet = quiet;
    repl.startup_source = std::move(source);
    repl.startup_filename = std::move(filename);
    return pywalk::run_repl_program(repl);
  }
  int status = pywalk::run_program(std::move(source), std::move(filename), options);
  if (pywalk::ended_by_keyboard_interrupt()) {
    // CPython dies of SIGINT after printing the traceback (status 130 in a shell).
    std::fflush(nullptr);
    std::signal(SIGINT, SIG_DFL);
    std::raise(SIGINT);
  }
  return status;
}
