// The REPL's parts, shared by src/repl*.cpp (see include/pywalk/repl.h).
//
// LineInput reads one line at a time: with libedit (line editing, history,
// Tab completion) when stdin and stdout are terminals, else plainly from
// stdin with the prompt on stderr, as CPython does. Ctrl-C while reading is
// a result (Interrupted), not an exception: the SIGINT handler only sets a
// flag, and libedit's read function (repl_input.cpp) returns as soon as it
// sees it, race-free (SIGINT is blocked except inside ppoll()).
//
// ChunkReader collects the lines of one interactive statement and decides,
// by parsing, whether it is complete, needs more lines, or is a syntax
// error, reproducing what CPython's interactive tokenizer does: a compound
// statement ends at an empty line, a new statement after it without that
// line is "invalid syntax", an empty line inside brackets or a
// triple-quoted string continues it, and errors found at the empty line or
// at EOF are reported on that line.
//
// complete_matches() is rlcompleter's Completer.complete for one word:
// keywords, globals and builtins, or the attributes of a dotted name
// (callables get "(", or "()" when they take no parameters).
#pragma once

#include <histedit.h>

#include <csignal>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "pywalk/ast.h"
#include "pywalk/diagnostics.h"

namespace pywalk::repl {

// Set by the SIGINT handler; cleared by whoever handles the interrupt.
extern volatile std::sig_atomic_t g_sigint;

// Installs the REPL's SIGINT and SIGWINCH handlers (no SA_RESTART).
void install_signal_handlers();

// ------------------------------------------------------------------ input

class LineInput {
 public:
  enum class Result { Line, Eof, Interrupted };
  LineInput();
  ~LineInput();  // saves the history file
  LineInput(const LineInput&) = delete;
  LineInput& operator=(const LineInput&) = delete;

  // Shows `prompt` and reads a line (without its newline).
  Result read(const char* prompt, std::string& line);
  // Writes text where the prompts go (stdout with editing, else stderr).
  void write_prompt_stream(const char* text) const;
  bool editing() const { return el_ != nullptr; }

 private:
  Result read_edited(const char* prompt, std::string& line);
  Result read_plain(const char* prompt, std::string& line);
  void add_history(const std::string& line);
  void load_history();
  void save_history();

  EditLine* el_ = nullptr;  // owned (el_end)
  History* hist_ = nullptr;  // owned (history_end)
  std::string history_path_;  // empty: history not saved
};

// UTF-8 <-> wide characters (libedit's), independent of the locale.
std::string wide_to_utf8(const wchar_t* s, size_t n);
std::wstring utf8_to_wide(const std::string& s);

// Binds Tab to rlcompleter-style completion on `el` (repl_complete.cpp).
void install_completion(EditLine* el);
// Counts keys read (for "Tab pressed twice in a row").
extern unsigned long g_keys_read;

// ------------------------------------------------------------- completion

// rlcompleter's matches for `text` (the word before the cursor), unsorted.
std::vector<std::string> complete_matches(const std::string& text);

// ----------------------------------------------------------------- chunks

class ChunkReader {
 public:
  enum class Verdict { More, Run, Error, Nothing };
  bool empty() const { return lines_.empty(); }
  // Adds a line; on Run, module() is the parsed chunk; on Error, error().
  Verdict add(const std::string& line);
  // End of input in the middle of a chunk: run it or report its error.
  Verdict at_eof();
  std::unique_ptr<Module> take_module() { return std::move(module_); }
  const CompileError& error() const { return *error_; }
  std::string source() const;
  void reset();

 private:
  Verdict parse(bool terminated, bool at_eof);
  std::vector<std::string> lines_;
  bool block_done_ = false;  // lines_ are a whole compound statement: waits for the empty line
  std::unique_ptr<Module> module_;
  std::optional<CompileError> error_;
};

}  // namespace pywalk::repl
