// print() and input(); open() is registered here too (modules/io_open.cpp).
//
// print writes to the process's stdout through write_stdout() (pywalk.h),
// or, when file= is given, calls file.write(piece) for each piece as
// CPython does (there is no sys module yet, so file=sys.stderr cannot be
// written; any object with a write method works).
#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <cerrno>
#include <cstdio>

#include "pywalk/builtins.h"
#include "pywalk/errors.h"
#include "pywalk/interpreter.h"
#include "pywalk/modules/io.h"
#include "pywalk/objects/list.h"
#include "pywalk/objects/str.h"
#include "pywalk/ops.h"
#include "pywalk/pywalk.h"

namespace pywalk {

namespace {

// sep/end: None or str.
std::string_view text_option(const Value& v, const char* what, std::string_view dflt) {
  if (v.is_unbound() || v.is_none()) return dflt;
  if (!is_str(v)) raise_type_error(fmt::format("{} must be None or a string, not {}", what, type_name(v)));
  return as_str(v)->view();
}

Value builtin_print(const Value&, CallArgs args) {
  static constexpr std::array<const char*, 4> kKeywords = {"sep", "end", "file", "flush"};
  Value kw[4];
  // print takes *args, so CPython never reports "takes at most 4 keyword
  // arguments": an unknown keyword is always named.
  for (StrObject* name : args.kw_names)
    if (std::find(kKeywords.begin(), kKeywords.end(), name->view()) == kKeywords.end())
      raise_type_error(fmt::format("'{}' is an invalid keyword argument for print()", name->view()));
  unpack_keywords("print", args, kKeywords, kw);
  const Value& file = kw[2];
  std::string_view sep = text_option(kw[0], "sep", " ");
  std::string_view end = text_option(kw[1], "end", "\n");
  bool flush = !kw[3].is_unbound() && truthy(kw[3]);
  if (file.is_unbound() || file.is_none()) {
    // One write for the whole line; on an error (str() of a huge int), what
    // CPython had already written is written too.
    std::string out;
    try {
      for (size_t i = 0; i < args.positional.size(); ++i) {
        if (i > 0) out += sep;
        out += str(args.positional[i]);
      }
    } catch (const PyException&) {
      write_stdout(out);
      throw;
    }
    out += end;
    write_stdout(out);
    if (flush) std::fflush(stdout);
    return Value::none();
  }
  Value write = getattr(file, intern("write"));
  for (size_t i = 0; i < args.positional.size(); ++i) {
    if (i > 0) call1(write, make_str(sep));
    call1(write, str_value(args.positional[i]));
  }
  call1(write, make_str(end));
  if (flush) call0(getattr(file, intern("flush")));
  return Value::none();
}

Value builtin_input(const Value&, CallArgs args) {
  ArgParser("input", args).no_keywords();
  check_positional("input", args.positional.size(), 0, 1);
  if (!args.positional.empty()) write_stdout(str(args.positional[0]));
  std::fflush(stdout);
  std::string line;
  bool any = false;
  for (;;) {
    int c = std::getc(stdin);
    if (c == EOF) {
      if (std::ferror(stdin) && errno == EINTR) {
        std::clearerr(stdin);
        Interpreter::clear_interrupt();
        throw PyException{make_exception_args(exc::KeyboardInterrupt, empty_tuple())};
      }
      break;
    }
    any = true;
    if (c == '\n') break;
    line += static_cast<char>(c);
  }
  if (!any) {
    Interpreter::poll_interrupt();  // Ctrl-C that arrived with the end of input wins, as in CPython
    raise(exc::EOFError, "EOF when reading a line");
  }
  // sys.stdin splits lines at "\n" only on POSIX: a "\r" before it stays in the line.
  return make_str(std::move(line));
}

}  // namespace

void register_builtins_io(DictObject* b) {
  add_builtin(b, "print", &builtin_print);
  add_builtin(b, "input", &builtin_input);
  add_builtin(b, "open", &builtin_open);  // modules/io_open.cpp
}

}  // namespace pywalk
