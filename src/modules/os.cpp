// A minimal `os` module for programs that work with files: getcwd, chdir, listdir,
// remove/unlink, mkdir, rmdir, getpid, sep, linesep, and os.path (a module
// of its own, "posixpath") with exists, isfile, isdir, join, basename,
// dirname. Errors are OSError subclasses chosen by errno, with the file name.
#include <dirent.h>
#include <fmt/format.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

#include "pywalk/errors.h"
#include "pywalk/modules/io.h"
#include "pywalk/modules/native.h"
#include "pywalk/objects/exception.h"
#include "pywalk/objects/list.h"
#include "pywalk/objects/module.h"
#include "pywalk/objects/str.h"
#include "pywalk/ops.h"

namespace pywalk {

namespace {

[[noreturn]] void raise_os_error(int err, const Value& filename) {
  Value argv[3] = {Value::integer(err), make_str(std::strerror(err)), filename};
  raise_value(exception_new(exc::OSError, CallArgs{std::span<const Value>(argv, 3), {}, {}}));
}

const std::string& path_arg(const char* fname, const Value& v) {
  if (!is_str(v))
    raise_type_error(fmt::format("{}: path should be string, bytes or os.PathLike, not {}", fname, type_name(v)));
  const std::string& s = as_str(v)->data;
  if (s.find('\0') != std::string::npos) raise_value_error(fmt::format("{}: embedded null character in path", fname));
  return s;
}

Value os_getcwd(const Value&, CallArgs args) {
  ArgParser("getcwd", args).no_keywords().positional(0, 0);
  char buf[4096];
  if (!::getcwd(buf, sizeof buf)) raise_os_error(errno, Value::none());
  return make_str(buf);
}

Value os_chdir(const Value&, CallArgs args) {
  ArgParser("chdir", args).no_keywords().positional(1, 1);
  if (::chdir(path_arg("chdir", args.positional[0]).c_str()) != 0) raise_os_error(errno, args.positional[0]);
  return Value::none();
}

Value os_getpid(const Value&, CallArgs args) {
  ArgParser("getpid", args).no_keywords().positional(0, 0);
  return Value::integer(::getpid());
}

Value os_remove(const Value&, CallArgs args) {
  ArgParser("remove", args).no_keywords().positional(1, 1);
  if (::unlink(path_arg("remove", args.positional[0]).c_str()) != 0) raise_os_error(errno, args.positional[0]);
  return Value::none();
}

Value os_mkdir(const Value&, CallArgs args) {
  ArgParser("mkdir", args).no_keywords().positional(1, 2);
  if (::mkdir(path_arg("mkdir", args.positional[0]).c_str(), 0777) != 0) raise_os_error(errno, args.positional[0]);
  return Value::none();
}

Value os_rmdir(const Value&, CallArgs args) {
  ArgParser("rmdir", args).no_keywords().positional(1, 1);
  if (::rmdir(path_arg("rmdir", args.positional[0]).c_str()) != 0) raise_os_error(errno, args.positional[0]);
  return Value::none();
}

Value os_listdir(const Value&, CallArgs args) {
  ArgParser("listdir", args).no_keywords().positional(0, 1);
  Value path = args.positional.empty() || args.positional[0].is_none() ? make_str(".") : args.positional[0];
  DIR* d = ::opendir(path_arg("listdir", path).c_str());
  if (!d) raise_os_error(errno, path);
  std::vector<Value> names;
  while (dirent* e = ::readdir(d)) {
    std::string_view n = e->d_name;
    if (n != "." && n != "..") names.push_back(make_str(n));
  }
  ::closedir(d);
  return make_list(std::move(names));
}

bool stat_ok(const Value& v, struct stat& st) {
  if (!is_str(v)) return false;
  const std::string& s = as_str(v)->data;
  return s.find('\0') == std::string::npos && ::stat(s.c_str(), &st) == 0;
}

Value path_exists(const Value&, CallArgs args) {
  ArgParser("exists", args).no_keywords().positional(1, 1);
  struct stat st;
  return Value::boolean(stat_ok(args.positional[0], st));
}

Value path_isfile(const Value&, CallArgs args) {
  ArgParser("isfile", args).no_keywords().positional(1, 1);
  struct stat st;
  return Value::boolean(stat_ok(args.positional[0], st) && S_ISREG(st.st_mode));
}

Value path_isdir(const Value&, CallArgs args) {
  ArgParser("isdir", args).no_keywords().positional(1, 1);
  struct stat st;
  return Value::boolean(stat_ok(args.positional[0], st) && S_ISDIR(st.st_mode));
}

// posixpath.join: an absolute part restarts the path; "/" is added between parts that lack it.
Value path_join(const Value&, CallArgs args) {
  ArgParser("join", args).no_keywords().positional(1, -1);
  std::string out;
  for (size_t i = 0; i < args.positional.size(); ++i) {
    const Value& p = args.positional[i];
    if (!is_str(p))
      raise_type_error(fmt::format("join() argument must be str, bytes, or os.PathLike object, not '{}'",
                                   type_name(p)));
    const std::string& s = as_str(p)->data;
    if (!s.empty() && s[0] == '/')
      out = s;
    else if (out.empty() || out.back() == '/')
      out += s;
    else
      out += "/" + s;
  }
  return make_str(std::move(out));
}

Value path_basename(const Value&, CallArgs args) {
  ArgParser("basename", args).no_keywords().positional(1, 1);
  const std::string& s = path_arg("basename", args.positional[0]);
  return make_str(s.substr(s.rfind('/') == std::string::npos ? 0 : s.rfind('/') + 1));
}

Value path_dirname(const Value&, CallArgs args) {
  ArgParser("dirname", args).no_keywords().positional(1, 1);
  const std::string& s = path_arg("dirname", args.positional[0]);
  size_t slash = s.rfind('/');
  if (slash == std::string::npos) return make_str("");
  std::string head = s.substr(0, slash + 1);
  if (head.find_first_not_of('/') != std::string::npos)
    while (!head.empty() && head.back() == '/') head.pop_back();
  return make_str(std::move(head));
}

}  // namespace

void init_os_module(ModuleObject* m) {
  using modules::def;
  def(m, "getcwd", &os_getcwd);
  def(m, "getpid", &os_getpid);
  def(m, "chdir", &os_chdir);
  def(m, "remove", &os_remove);
  def(m, "unlink", &os_remove);
  def(m, "mkdir", &os_mkdir);
  def(m, "rmdir", &os_rmdir);
  def(m, "listdir", &os_listdir);
  modules::set_attr(m, "sep", make_str("/"));
  modules::set_attr(m, "linesep", make_str("\n"));
  modules::set_attr(m, "name", make_str("posix"));
  auto path = make<ModuleObject>("posixpath");
  def(path.get(), "exists", &path_exists);
  def(path.get(), "isfile", &path_isfile);
  def(path.get(), "isdir", &path_isdir);
  def(path.get(), "join", &path_join);
  def(path.get(), "basename", &path_basename);
  def(path.get(), "dirname", &path_dirname);
  modules::set_attr(path.get(), "sep", make_str("/"));
  modules::set_attr(m, "path", path.value());
}

}  // namespace pywalk
