// The interactive REPL, as CPython's: `>>> ` and `... ` prompts, compound
// statements continue until a blank line, expression values are echoed
// and stored in `_`, errors print a traceback (File "<stdin>", line N)
// and the session goes on with its state, Ctrl-C cancels the input line or
// interrupts a running program (KeyboardInterrupt), Ctrl-D or exit()/quit()
// end it with status 0.
//
// Whether a chunk is complete is decided by the parser (CompileError's
// `incomplete`), never by guessing from the text. Line editing, history
// (~/.pywalk_history, or $PYWALK_HISTORY; empty disables it) and tab
// completion of names and attributes come from libedit.
#pragma once

#include <string>

namespace pywalk {

struct ReplOptions {
  bool quiet = false;          // -q: no banner
  std::string startup_source;  // -i FILE: run this first, then the REPL
  std::string startup_filename;
};

// Runs the REPL on the calling thread (run_repl_program() wraps it in the
// big-stack thread); returns the process exit status.
int run_repl_program(const ReplOptions& options);

}  // namespace pywalk
