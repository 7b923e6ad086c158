// The `sys` module: argv, exit, maxsize, the recursion limit, version and
// version_info, platform, byteorder, modules, path, float_info, int_info,
// and stdin/stdout/stderr as text streams (write/flush/read/readline) over
// the same C stdio streams print() and input() use, so they interleave
// correctly. sys.stdout.write goes through write_stdout (pywalk.h), and
// sys.stderr.write through write_stderr, which flushes stdout first.
#include "pywalk/modules/sys.h"

#include <fmt/format.h>
#include <unistd.h>

#include <array>
#include <cfloat>
#include <climits>
#include <cstdio>
#include <fstream>
#include <sstream>

#include "pywalk/errors.h"
#include "pywalk/interpreter.h"
#include "pywalk/modules/native.h"
#include "pywalk/objects/dict.h"
#include "pywalk/objects/exception.h"
#include "pywalk/objects/int.h"
#include "pywalk/objects/list.h"
#include "pywalk/objects/module.h"
#include "pywalk/objects/str.h"
#include "pywalk/ops.h"
#include "pywalk/pywalk.h"

namespace pywalk {

namespace {

std::vector<std::string>* given_argv = nullptr;  // set by the command line
int64_t recursion_limit = 1000;

// sys.argv from the process's command line (pywalk [options] [file | -c cmd | -] [args...]).
std::vector<std::string> argv_from_proc() {
  std::ifstream in("/proc/self/cmdline", std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  std::string all = ss.str();
  std::vector<std::string> words;
  size_t start = 0;
  for (size_t i = 0; i < all.size(); ++i) {
    if (all[i] == '\0') {
      words.push_back(all.substr(start, i - start));
      start = i + 1;
    }
  }
  for (size_t i = 1; i < words.size(); ++i) {
    const std::string& w = words[i];
    if (w == "-c") {
      std::vector<std::string> out = {"-c"};
      out.insert(out.end(), words.begin() + static_cast<long>(std::min(i + 2, words.size())), words.end());
      return out;
    }
    if (w.size() > 1 && w[0] == '-') continue;  // -i, -q, --dump-ast, ...
    return std::vector<std::string>(words.begin() + static_cast<long>(i), words.end());
  }
  return {""};
}

// ---------------------------------------------------------------- streams

TypeObject* stream_type = nullptr;

struct StreamObject : Object {
  StreamObject(int f, const char* n, const char* m) : Object(stream_type), fd(f), name(n), mode(m) {}
  int fd;  // 0, 1 or 2
  std::string name;
  std::string mode;
};

StreamObject* as_stream(const Value& v) {
  return v.as<StreamObject>();
}

std::string stream_repr(const Value& self) {
  auto* s = as_stream(self);
  return fmt::format("<_io.TextIOWrapper name='{}' mode='{}' encoding='utf-8'>", s->name, s->mode);
}

Value stream_getattr(const Value& self, StrObject* name) {
  auto* s = as_stream(self);
  std::string_view n = name->view();
  if (n == "name") return make_str(s->name);
  if (n == "mode") return make_str(s->mode);
  if (n == "encoding") return make_str("utf-8");
  if (n == "errors") return make_str(s->fd == 2 ? "backslashreplace" : "strict");
  if (n == "closed") return Value::boolean(false);
  return Value();
}

[[noreturn]] void unsupported(const char* what) {
  raise(exc::OSError, what);
}

Value stream_write(const Value& self, CallArgs args) {
  ArgParser("TextIOWrapper.write", args).no_keywords().positional(1, 1);
  const Value& v = args.positional[0];
  if (!is_str(v)) raise_type_error(fmt::format("write() argument must be str, not {}", type_name(v)));
  auto* s = as_stream(self);
  if (s->fd == 0) unsupported("not writable");
  if (s->fd == 1)
    write_stdout(v.as<StrObject>()->view());
  else
    write_stderr(v.as<StrObject>()->view());
  return Value::integer(v.as<StrObject>()->length);
}

Value stream_writelines(const Value& self, CallArgs args) {
  ArgParser("TextIOWrapper.writelines", args).no_keywords().positional(1, 1);
  for_each(args.positional[0], [&](const Value& line) {
    Value argv[1] = {line};
    stream_write(self, CallArgs{std::span<const Value>(argv, 1), {}, {}});
  });
  return Value::none();
}

Value stream_flush(const Value& self, CallArgs args) {
  ArgParser("TextIOWrapper.flush", args).no_keywords().positional(0, 0);
  std::fflush(as_stream(self)->fd == 2 ? stderr : stdout);
  return Value::none();
}

// Reads one line (with its '\n') from stdin; at most `limit` bytes when limit >= 0.
std::string read_line(int64_t limit) {
  std::fflush(stdout);
  std::string line;
  while (limit < 0 || static_cast<int64_t>(line.size()) < limit) {
    int c = std::getc(stdin);
    if (c == EOF) break;
    line += static_cast<char>(c);
    if (c == '\n') break;
  }
  return line;
}

int64_t size_arg(const Value& v) {
  if (v.is_unbound() || v.is_none()) return -1;
  return index_int64(v);
}

Value stream_readline(const Value& self, CallArgs args) {
  ArgParser p("TextIOWrapper.readline", args);
  p.no_keywords().positional(0, 1);
  if (as_stream(self)->fd != 0) unsupported("not readable");
  return make_str(read_line(size_arg(p.get(0))));
}

Value stream_read(const Value& self, CallArgs args) {
  ArgParser p("TextIOWrapper.read", args);
  p.no_keywords().positional(0, 1);
  if (as_stream(self)->fd != 0) unsupported("not readable");
  int64_t limit = size_arg(p.get(0));
  std::fflush(stdout);
  std::string data;
  while (limit < 0 || static_cast<int64_t>(data.size()) < limit) {
    int c = std::getc(stdin);
    if (c == EOF) break;
    data += static_cast<char>(c);
  }
  return make_str(std::move(data));
}

Value stream_readlines(const Value& self, CallArgs args) {
  ArgParser("TextIOWrapper.readlines", args).no_keywords().positional(0, 1);
  if (as_stream(self)->fd != 0) unsupported("not readable");
  std::vector<Value> lines;
  for (;;) {
    std::string line = read_line(-1);
    if (line.empty()) break;
    lines.push_back(make_str(std::move(line)));
  }
  return make_list(std::move(lines));
}

// Iterating a stream reads its lines (`for line in sys.stdin`).
Value stream_next(const Value& self) {
  if (as_stream(self)->fd != 0) unsupported("not readable");
  std::string line = read_line(-1);
  if (line.empty()) return Value();
  return make_str(std::move(line));
}

Value stream_fileno(const Value& self, CallArgs args) {
  ArgParser("TextIOWrapper.fileno", args).no_keywords().positional(0, 0);
  return Value::integer(as_stream(self)->fd);
}

Value stream_isatty(const Value& self, CallArgs args) {
  ArgParser("TextIOWrapper.isatty", args).no_keywords().positional(0, 0);
  return Value::boolean(::isatty(as_stream(self)->fd) == 1);
}

Value stream_readable(const Value& self, CallArgs args) {
  ArgParser("TextIOWrapper.readable", args).no_keywords().positional(0, 0);
  return Value::boolean(as_stream(self)->fd == 0);
}

Value stream_writable(const Value& self, CallArgs args) {
  ArgParser("TextIOWrapper.writable", args).no_keywords().positional(0, 0);
  return Value::boolean(as_stream(self)->fd != 0);
}

Value make_stream(int fd, const char* name, const char* mode) {
  auto s = make<StreamObject>(fd, name, mode);
  s->make_immortal();  // like CPython's, the standard streams live for the whole run
  return s.value();
}

// -------------------------------------------------------------- functions

// sys.exception(): the exception being handled, or None.
Value sys_exception(const Value&, CallArgs args) {
  ArgParser("exception", args).no_keywords().positional(0, 0);
  return Interpreter::current()->handled_exception();
}

// sys.exc_info(): (type, value, traceback) of the exception being handled.
Value sys_exc_info(const Value&, CallArgs args) {
  ArgParser("exc_info", args).no_keywords().positional(0, 0);
  Value e = Interpreter::current()->handled_exception();
  if (e.is_none()) return make_tuple({Value::none(), Value::none(), Value::none()});
  return make_tuple({Value(static_cast<Object*>(e.obj()->type)), e, traceback_of(e)});
}

Value sys_exit(const Value&, CallArgs args) {
  ArgParser("exit", args).no_keywords().positional(0, 1);
  // PyErr_SetObject(SystemExit, code): None means no arguments, a tuple is the arguments.
  Value a = args.positional.empty() || args.positional[0].is_none() ? empty_tuple()
            : is_tuple(args.positional[0])                          ? args.positional[0]
                                                                    : make_tuple({args.positional[0]});
  throw PyException{make_exception_args(exc::SystemExit, a)};
}

Value sys_getrecursionlimit(const Value&, CallArgs args) {
  ArgParser("sys.getrecursionlimit", args).no_keywords().positional(0, 0);
  return Value::integer(recursion_limit);
}

Value sys_setrecursionlimit(const Value&, CallArgs args) {
  ArgParser("sys.setrecursionlimit", args).no_keywords().positional(1, 1);
  const Value& v = args.positional[0];
  if (v.is_float()) raise_type_error("'float' object cannot be interpreted as an integer");
  int64_t n = index_int64(v, "Python int too large to convert to C int");
  if (n > INT_MAX || n < INT_MIN) raise_overflow("Python int too large to convert to C int");
  if (n < 1) raise_value_error("recursion limit must be greater or equal than 1");
  recursion_limit = n;
  return Value::none();
}

Value sys_getdefaultencoding(const Value&, CallArgs args) {
  ArgParser("sys.getdefaultencoding", args).no_keywords().positional(0, 0);
  return make_str("utf-8");
}

Value sys_get_int_max_str_digits(const Value&, CallArgs args) {
  ArgParser("sys.get_int_max_str_digits", args).no_keywords().positional(0, 0);
  return Value::integer(4300);
}

Value sys_intern(const Value&, CallArgs args) {
  ArgParser("sys.intern", args).no_keywords().positional(1, 1);
  const Value& v = args.positional[0];
  if (!is_str(v)) raise_type_error(fmt::format("intern() argument must be str, not {}", type_name(v)));
  return v;
}

std::string executable_path() {
  char buf[4096];
  ssize_t n = ::readlink("/proc/self/exe", buf, sizeof buf - 1);
  return n > 0 ? std::string(buf, static_cast<size_t>(n)) : std::string();
}

}  // namespace

void set_sys_argv(std::vector<std::string> argv) {
  delete given_argv;
  given_argv = new std::vector<std::string>(std::move(argv));
}

void init_sys_module(ModuleObject* m) {
  using modules::def;
  using modules::set_attr;
  if (!stream_type) {
    stream_type = modules::make_native_type("_io.TextIOWrapper");
    stream_type->repr_slot = &stream_repr;
    stream_type->getattr_slot = &stream_getattr;
    stream_type->next_slot = &stream_next;
    add_method(stream_type, "write", &stream_write);
    add_method(stream_type, "writelines", &stream_writelines);
    add_method(stream_type, "flush", &stream_flush);
    add_method(stream_type, "read", &stream_read);
    add_method(stream_type, "readline", &stream_readline);
    add_method(stream_type, "readlines", &stream_readlines);
    add_method(stream_type, "fileno", &stream_fileno);
    add_method(stream_type, "isatty", &stream_isatty);
    add_method(stream_type, "readable", &stream_readable);
    add_method(stream_type, "writable", &stream_writable);
  }
  std::vector<Value> argv;
  for (const std::string& a : given_argv ? *given_argv : argv_from_proc()) argv.push_back(make_str(a));
  set_attr(m, "argv", make_list(std::move(argv)));
  set_attr(m, "orig_argv", make_list({}));
  def(m, "exit", &sys_exit);
  def(m, "exception", &sys_exception);
  def(m, "exc_info", &sys_exc_info);
  def(m, "getrecursionlimit", &sys_getrecursionlimit);
  def(m, "setrecursionlimit", &sys_setrecursionlimit);
  def(m, "getdefaultencoding", &sys_getdefaultencoding);
  def(m, "get_int_max_str_digits", &sys_get_int_max_str_digits);
  def(m, "intern", &sys_intern);
  set_attr(m, "maxsize", Value::integer(INT64_MAX));
  set_attr(m, "maxunicode", Value::integer(0x10FFFF));
  set_attr(m, "version", make_str(fmt::format("3.11.7 (main, pywalk {}) [GCC]", kVersion)));
  set_attr(m, "hexversion", Value::integer(0x030B07F0));
  TypeObject* vi = modules::make_struct_seq_type("sys", "version_info", "sys.version_info",
                                                 {"major", "minor", "micro", "releaselevel", "serial"});
  set_attr(m, "version_info",
           modules::make_struct_seq(
               vi, {Value::integer(3), Value::integer(11), Value::integer(7), make_str("final"), Value::integer(0)}));
  TypeObject* fi = modules::make_struct_seq_type("sys", "float_info", "sys.float_info",
                                                 {"max", "max_exp", "max_10_exp", "min", "min_exp", "min_10_exp", "dig",
                                                  "mant_dig", "epsilon", "radix", "rounds"});
  set_attr(m, "float_info",
           modules::make_struct_seq(
               fi, {Value::floating(DBL_MAX), Value::integer(DBL_MAX_EXP), Value::integer(DBL_MAX_10_EXP),
                    Value::floating(DBL_MIN), Value::integer(DBL_MIN_EXP), Value::integer(DBL_MIN_10_EXP),
                    Value::integer(DBL_DIG), Value::integer(DBL_MANT_DIG), Value::floating(DBL_EPSILON),
                    Value::integer(FLT_RADIX), Value::integer(1)}));
  TypeObject* ii = modules::make_struct_seq_type(
      "sys", "int_info", "sys.int_info",
      {"bits_per_digit", "sizeof_digit", "default_max_str_digits", "str_digits_check_threshold"});
  set_attr(
      m, "int_info",
      modules::make_struct_seq(ii, {Value::integer(30), Value::integer(4), Value::integer(4300), Value::integer(640)}));
  set_attr(m, "platform", make_str("linux"));
  set_attr(m, "byteorder", make_str("little"));
  set_attr(m, "executable", make_str(executable_path()));
  set_attr(m, "path", make_list({}));
  Value modules = make_dict();
  as_dict(modules)->set_str(intern("sys"), Value(static_cast<Object*>(m)));
  set_attr(m, "modules", modules);
  Value in = make_stream(0, "<stdin>", "r"), out = make_stream(1, "<stdout>", "w"),
        err = make_stream(2, "<stderr>", "w");
  set_attr(m, "stdin", in);
  set_attr(m, "stdout", out);
  set_attr(m, "stderr", err);
  set_attr(m, "__stdin__", in);
  set_attr(m, "__stdout__", out);
  set_attr(m, "__stderr__", err);
}

}  // namespace pywalk
