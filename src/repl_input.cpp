// Reading lines for the REPL: libedit on a terminal, plain stdin otherwise
// (see repl_internal.h).
#include <clocale>
#include <langinfo.h>
#include <poll.h>
#include <pthread.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <cwchar>

#include "pywalk/objects/str.h"
#include "pywalk/interpreter.h"
#include "repl_internal.h"

namespace pywalk::repl {

volatile std::sig_atomic_t g_sigint = 0;
unsigned long g_keys_read = 0;

namespace {

volatile std::sig_atomic_t g_sigwinch = 0;
volatile std::sig_atomic_t g_sigtstp = 0;
sigset_t g_wait_mask;  // the signal mask while waiting for a key (SIGINT, SIGWINCH allowed)

void on_sigint(int) {
  g_sigint = 1;
  Interpreter::request_interrupt();
}

void on_sigwinch(int) { g_sigwinch = 1; }
void on_sigtstp(int) { g_sigtstp = 1; }

void set_handler(int sig, void (*handler)(int)) {
  struct sigaction sa {};
  sigemptyset(&sa.sa_mask);
  sa.sa_flags = 0;  // no SA_RESTART: a blocking read returns EINTR
  sa.sa_handler = handler;
  sigaction(sig, &sa, nullptr);
}

// Ctrl-Z while editing: give the terminal back in its normal mode, stop,
// and redraw the line when continued (what libedit's own handler does).
void suspend(EditLine* el) {
  el_set(el, EL_PREP_TERM, 0);
  set_handler(SIGTSTP, SIG_DFL);
  sigset_t s;
  sigemptyset(&s);
  sigaddset(&s, SIGTSTP);
  pthread_sigmask(SIG_UNBLOCK, &s, nullptr);
  ::raise(SIGTSTP);  // stops here until SIGCONT
  pthread_sigmask(SIG_BLOCK, &s, nullptr);
  set_handler(SIGTSTP, on_sigtstp);
  el_set(el, EL_PREP_TERM, 1);
  el_set(el, EL_REFRESH);
}

// The prompt libedit shows (EL_PROMPT wants a function).
const char* g_prompt = "";
char* prompt_fn(EditLine*) { return const_cast<char*>(g_prompt); }

// libedit's read function: one key as a wide character, decoded from UTF-8
// here (whatever the locale). Returns 1, 0 at EOF, -1 on Ctrl-C.
int read_key(EditLine* el, wchar_t* out) {
  unsigned char bytes[4];
  int have = 0, need = 1;
  for (;;) {
    if (g_sigint) {
      errno = EINTR;
      *out = L'\0';
      return -1;
    }
    if (g_sigwinch) {
      g_sigwinch = 0;
      el_resize(el);
    }
    if (g_sigtstp) {
      g_sigtstp = 0;
      suspend(el);
    }
    pollfd p{STDIN_FILENO, POLLIN, 0};
    int r = ppoll(&p, 1, nullptr, &g_wait_mask);
    if (r < 0) {
      if (errno == EINTR) continue;
      return -1;
    }
    unsigned char c;
    ssize_t n = read(STDIN_FILENO, &c, 1);
    if (n < 0) {
      if (errno == EINTR || errno == EAGAIN) continue;
      return -1;
    }
    if (n == 0) return 0;
    if (have == 0) {
      need = c < 0x80 ? 1 : (c & 0xE0) == 0xC0 ? 2 : (c & 0xF0) == 0xE0 ? 3 : (c & 0xF8) == 0xF0 ? 4 : 0;
      if (need == 0) continue;  // a stray continuation byte: dropped
    } else if ((c & 0xC0) != 0x80) {
      have = 0;  // a broken sequence: start again with this byte
      need = c < 0x80 ? 1 : (c & 0xE0) == 0xC0 ? 2 : (c & 0xF0) == 0xE0 ? 3 : (c & 0xF8) == 0xF0 ? 4 : 0;
      if (need == 0) continue;
    }
    bytes[have++] = c;
    if (have < need) continue;
    wchar_t wc;
    switch (need) {
      case 1: wc = bytes[0]; break;
      case 2: wc = ((bytes[0] & 0x1F) << 6) | (bytes[1] & 0x3F); break;
      case 3: wc = ((bytes[0] & 0x0F) << 12) | ((bytes[1] & 0x3F) << 6) | (bytes[2] & 0x3F); break;
      default:
        wc = ((bytes[0] & 0x07) << 18) | ((bytes[1] & 0x3F) << 12) | ((bytes[2] & 0x3F) << 6) | (bytes[3] & 0x3F);
        break;
    }
    ++g_keys_read;
    *out = wc;
    return 1;
  }
}

}  // namespace

std::string wide_to_utf8(const wchar_t* s, size_t n) {
  std::string out;
  for (size_t i = 0; i < n; ++i) utf8_append(out, static_cast<char32_t>(s[i]));
  return out;
}

std::wstring utf8_to_wide(const std::string& s) {
  std::wstring out;
  for (size_t i = 0; i < s.size();) {
    auto c = static_cast<unsigned char>(s[i]);
    int n = c < 0x80 ? 1 : (c & 0xE0) == 0xC0 ? 2 : (c & 0xF0) == 0xE0 ? 3 : 4;
    uint32_t v = n == 1 ? c : n == 2 ? (c & 0x1F) : n == 3 ? (c & 0x0F) : (c & 0x07);
    for (int k = 1; k < n && i + k < s.size(); ++k) v = (v << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3F);
    out += static_cast<wchar_t>(v);
    i += n;
  }
  return out;
}

namespace {

// libedit draws wide characters through the locale: make it UTF-8, as
// CPython does (PEP 538 turns the C locale into C.UTF-8).
void use_utf8_ctype() {
  std::setlocale(LC_CTYPE, "");
  if (std::strcmp(nl_langinfo(CODESET), "UTF-8") != 0) {
    if (!std::setlocale(LC_CTYPE, "C.UTF-8")) std::setlocale(LC_CTYPE, "C.utf8");
  }
}

// Ctrl-D: end of input on an empty line, else delete the character under
// the cursor (libedit's em-delete-or-list would also print "^D").
unsigned char delete_or_eof(EditLine* el, int) {
  const LineInfoW* li = el_wline(el);
  if (li->buffer == li->lastchar) return CC_EOF;
  if (li->cursor == li->lastchar) return CC_ERROR;
  el_cursor(el, 1);
  el_deletestr(el, 1);
  return CC_REFRESH;
}

std::string history_file() {
  if (const char* env = std::getenv("PYWALK_HISTORY")) return env;  // empty: disabled
  const char* home = std::getenv("HOME");
  if (!home || !*home) return "";
  return std::string(home) + "/.pywalk_history";
}

}  // namespace

void install_signal_handlers() {
  set_handler(SIGINT, on_sigint);
  set_handler(SIGWINCH, on_sigwinch);
  sigset_t s;
  sigemptyset(&s);
  sigaddset(&s, SIGINT);
  sigaddset(&s, SIGWINCH);
  sigaddset(&s, SIGTSTP);
  pthread_sigmask(SIG_UNBLOCK, &s, nullptr);
}

LineInput::LineInput() {
  if (!isatty(STDIN_FILENO) || !isatty(STDOUT_FILENO)) return;
  use_utf8_ctype();
  el_ = el_init("pywalk", stdin, stdout, stderr);
  if (!el_) return;
  hist_ = history_init();
  HistEvent ev;
  history(hist_, &ev, H_SETSIZE, 10000);
  history(hist_, &ev, H_SETUNIQUE, 1);  // no two equal lines in a row, as CPython's readline module
  el_set(el_, EL_HIST, history, hist_);
  el_set(el_, EL_EDITOR, "emacs");
  el_set(el_, EL_PROMPT, prompt_fn);
  el_set(el_, EL_GETCFN, read_key);
  el_set(el_, EL_SIGNAL, 0);  // our handlers: libedit's would re-raise SIGINT to the process group
  // GNU readline's keys that libedit's emacs map lacks.
  el_set(el_, EL_BIND, "^R", "em-inc-search-prev", nullptr);
  el_set(el_, EL_BIND, "^S", "em-inc-search-next", nullptr);
  el_set(el_, EL_BIND, "\\e[1~", "ed-move-to-beg", nullptr);
  el_set(el_, EL_BIND, "\\e[4~", "ed-move-to-end", nullptr);
  el_set(el_, EL_BIND, "\\e[7~", "ed-move-to-beg", nullptr);
  el_set(el_, EL_BIND, "\\e[8~", "ed-move-to-end", nullptr);
  el_set(el_, EL_BIND, "\\e[H", "ed-move-to-beg", nullptr);
  el_set(el_, EL_BIND, "\\e[F", "ed-move-to-end", nullptr);
  el_set(el_, EL_BIND, "\\eOH", "ed-move-to-beg", nullptr);
  el_set(el_, EL_BIND, "\\eOF", "ed-move-to-end", nullptr);
  el_set(el_, EL_BIND, "\\e[3~", "ed-delete-next-char", nullptr);
  el_set(el_, EL_BIND, "\\e[1;5C", "em-next-word", nullptr);
  el_set(el_, EL_BIND, "\\e[1;5D", "ed-prev-word", nullptr);
  el_set(el_, EL_ADDFN, "pywalk-delete-or-eof", "Delete the next character, or end input on an empty line",
         delete_or_eof);
  el_set(el_, EL_BIND, "^D", "pywalk-delete-or-eof", nullptr);
  install_completion(el_);
  el_source(el_, nullptr);  // ~/.editrc (or $EDITRC), as libedit's readline does
  history_path_ = history_file();
  load_history();
}

// The history file is plain text, one line per entry (as CPython's
// ~/.python_history), oldest first.
void LineInput::load_history() {
  if (history_path_.empty()) return;
  std::FILE* f = std::fopen(history_path_.c_str(), "r");
  if (!f) return;
  std::string line;
  for (int c; (c = std::fgetc(f)) != EOF;) {
    if (c != '\n') {
      line.push_back(static_cast<char>(c));
      continue;
    }
    add_history(line);
    line.clear();
  }
  add_history(line);
  std::fclose(f);
}

void LineInput::save_history() {
  if (history_path_.empty()) return;
  std::FILE* f = std::fopen(history_path_.c_str(), "w");
  if (!f) return;
  HistEvent ev;
  for (int r = history(hist_, &ev, H_LAST); r == 0; r = history(hist_, &ev, H_PREV)) {
    std::fputs(ev.str, f);
    if (!*ev.str || ev.str[std::strlen(ev.str) - 1] != '\n') std::fputc('\n', f);
  }
  std::fclose(f);
}

LineInput::~LineInput() {
  if (hist_) save_history();
  if (el_) el_end(el_);
  if (hist_) history_end(hist_);
}

void LineInput::write_prompt_stream(const char* text) const {
  std::FILE* f = el_ ? stdout : stderr;
  std::fflush(stdout);
  std::fputs(text, f);
  std::fflush(f);
}

void LineInput::add_history(const std::string& line) {
  if (line.empty()) return;
  HistEvent ev;
  history(hist_, &ev, H_ENTER, line.c_str());
}

LineInput::Result LineInput::read(const char* prompt, std::string& line) {
  std::fflush(stdout);
  std::fflush(stderr);
  return el_ ? read_edited(prompt, line) : read_plain(prompt, line);
}

LineInput::Result LineInput::read_edited(const char* prompt, std::string& line) {
  // SIGINT, SIGWINCH and SIGTSTP wait blocked until read_key's ppoll()
  // takes them, so a Ctrl-C between its check of the flag and the wait is
  // not lost. Ctrl-Z is caught only while editing (the terminal is raw).
  sigset_t block, saved;
  sigemptyset(&block);
  sigaddset(&block, SIGINT);
  sigaddset(&block, SIGWINCH);
  sigaddset(&block, SIGTSTP);
  pthread_sigmask(SIG_BLOCK, &block, &saved);
  g_wait_mask = saved;
  sigdelset(&g_wait_mask, SIGINT);
  sigdelset(&g_wait_mask, SIGWINCH);
  sigdelset(&g_wait_mask, SIGTSTP);
  set_handler(SIGTSTP, on_sigtstp);
  g_prompt = prompt;
  int count = 0;
  const wchar_t* text = el_wgets(el_, &count);
  set_handler(SIGTSTP, SIG_DFL);
  g_sigtstp = 0;
  pthread_sigmask(SIG_SETMASK, &saved, nullptr);
  if (g_sigint) {
    g_sigint = 0;
    Interpreter::clear_interrupt();
    return Result::Interrupted;
  }
  if (!text || count <= 0) return Result::Eof;
  while (count > 0 && (text[count - 1] == L'\n' || text[count - 1] == L'\r')) --count;
  line = wide_to_utf8(text, static_cast<size_t>(count));
  add_history(line);
  return Result::Line;
}

LineInput::Result LineInput::read_plain(const char* prompt, std::string& line) {
  write_prompt_stream(prompt);
  line.clear();
  for (;;) {
    int c = std::fgetc(stdin);
    if (c == EOF) {
      if (g_sigint) {
        g_sigint = 0;
        Interpreter::clear_interrupt();
        std::clearerr(stdin);
        return Result::Interrupted;
      }
      if (std::ferror(stdin) && errno == EINTR) {
        std::clearerr(stdin);
        continue;
      }
      std::clearerr(stdin);  // a terminal can go on after Ctrl-D
      return line.empty() ? Result::Eof : Result::Line;  // a last line without its newline
    }
    if (c == '\n') return Result::Line;
    line.push_back(static_cast<char>(c));
  }
}

}  // namespace pywalk::repl
