// The builtin open() for text files (modules/io.h): CPython's argument
// checks and mode validation (_io_open_impl), the OS open with its errno
// mapped to OSError subclasses, then the TextIOWrapper's encoding, errors
// and newline arguments (checked after the file is opened, as CPython does).
#include <fcntl.h>
#include <fmt/format.h>
#include <sys/stat.h>
#include <unistd.h>

#include <array>
#include <cctype>
#include <cerrno>
#include <cstring>

#include "io_file.h"
#include "pywalk/builtins.h"
#include "pywalk/errors.h"
#include "pywalk/modules/io.h"
#include "pywalk/objects/exception.h"
#include "pywalk/objects/str.h"
#include "pywalk/ops.h"

namespace pywalk {

namespace {

[[noreturn]] void raise_os_error(int err, const Value& filename) {
  Value argv[3] = {Value::integer(err), make_str(std::strerror(err)), filename};
  raise_value(exception_new(exc::OSError, CallArgs{std::span<const Value>(argv, 3), {}, {}}));
}

// encoding=/errors=/newline=: None or a str.
const StrObject* optional_str(const Value& v, const char* what) {
  if (v.is_unbound() || v.is_none()) return nullptr;
  if (!is_str(v)) raise_type_error(fmt::format("open() argument '{}' must be str or None, not {}", what, type_name(v)));
  return as_str(v);
}

// CPython's codec name normalization: lower case, runs of other than
// letters, digits and '.' become '_'.
std::string normalize_encoding(std::string_view name) {
  std::string out;
  bool punct = false;
  for (char c : name) {
    if (std::isalnum(static_cast<unsigned char>(c)) || c == '.') {
      if (punct && !out.empty()) out += '_';
      out += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
      punct = false;
    } else {
      punct = true;
    }
  }
  return out;
}

void set_encoding(FileObject* f, std::string_view name) {
  std::string n = normalize_encoding(name);
  static constexpr std::array<const char*, 6> kUtf8 = {"utf_8", "utf8", "u8", "utf", "cp65001", "utf8_ucs4"};
  static constexpr std::array<const char*, 5> kAscii = {"ascii", "us_ascii", "646", "us", "ansi_x3.4_1968"};
  static constexpr std::array<const char*, 10> kLatin1 = {"latin_1", "latin1",   "iso8859_1", "iso_8859_1", "l1",
                                                          "8859",    "cp819",    "latin",     "iso_ir_100", "ibm819"};
  auto in = [&](auto& list) {
    for (const char* k : list)
      if (n == k) return true;
    return false;
  };
  f->encoding_name = std::string(name);
  if (in(kUtf8)) return;
  if (in(kAscii)) {
    f->encoding = FileObject::Encoding::Ascii;
    return;
  }
  if (in(kLatin1)) {
    f->encoding = FileObject::Encoding::Latin1;
    return;
  }
  static constexpr std::array<const char*, 20> kKnown = {
      "utf_16", "utf_32", "utf_7", "utf_8_sig", "cp",     "iso8859", "iso_8859", "latin_", "koi8",    "mac_",
      "big5",   "gb",     "shift", "euc_",      "windows", "ibm",    "hz",       "johab",  "ptcp154", "tis_620"};
  for (const char* k : kKnown)
    if (n.starts_with(k))
      raise(exc::NotImplementedError,
            fmt::format("pywalk's open() supports only the utf-8, ascii and latin-1 encodings, not '{}'", name));
  raise(exc::LookupError, fmt::format("unknown encoding: {}", name));
}

void set_errors(FileObject* f, std::string_view name) {
  f->errors_name = std::string(name);
  if (name == "strict") return;
  if (name == "ignore") {
    f->errors = FileObject::Errors::Ignore;
  } else if (name == "replace") {
    f->errors = FileObject::Errors::Replace;
  } else {
    raise(exc::NotImplementedError,
          fmt::format("pywalk's open() supports only the errors 'strict', 'ignore' and 'replace', not '{}'", name));
  }
}

void set_newline(FileObject* f, std::string_view nl) {
  if (nl == "")
    f->newline = FileObject::Newline::Any;
  else if (nl == "\n")
    f->newline = FileObject::Newline::LF;
  else if (nl == "\r")
    f->newline = FileObject::Newline::CR;
  else if (nl == "\r\n")
    f->newline = FileObject::Newline::CRLF;
  else
    raise_value_error(fmt::format("illegal newline value: {}", nl));
}

}  // namespace

Value builtin_open(const Value&, CallArgs args) {
  static constexpr std::array<const char*, 8> kNames = {"file",   "mode",    "buffering", "encoding",
                                                        "errors", "newline", "closefd",   "opener"};
  Value a[8];
  unpack_args("open", args, kNames, 0, 1, 8, a);
  std::string mode = "r";
  if (!a[1].is_unbound()) {
    if (!is_str(a[1])) raise_type_error(fmt::format("open() argument 'mode' must be str, not {}", type_name(a[1])));
    mode = as_str(a[1])->data;
  }
  int64_t buffering = a[2].is_unbound() ? -1 : index_int64(a[2]);
  const StrObject* encoding = optional_str(a[3], "encoding");
  const StrObject* errors = optional_str(a[4], "errors");
  const StrObject* newline = optional_str(a[5], "newline");
  bool closefd = a[6].is_unbound() || truthy(a[6]);
  if (!a[7].is_unbound() && !a[7].is_none()) raise(exc::NotImplementedError, "open(): opener is not supported");

  // Mode letters: each of "axrwb+t" at most once.
  bool creating = false, reading = false, writing = false, appending = false, updating = false, text = false,
       binary = false;
  for (size_t i = 0; i < mode.size(); ++i) {
    char c = mode[i];
    bool* flag = c == 'x' ? &creating : c == 'r' ? &reading : c == 'w' ? &writing : c == 'a' ? &appending
                 : c == '+' ? &updating : c == 't' ? &text : c == 'b' ? &binary : nullptr;
    if (!flag || *flag) raise_value_error(fmt::format("invalid mode: '{}'", mode));
    *flag = true;
  }
  if (text && binary) raise_value_error("can't have text and binary mode at once");
  int kinds = creating + reading + writing + appending;
  if (kinds > 1) raise_value_error("must have exactly one of create/read/write/append mode");
  if (kinds == 0) raise_value_error("Must have exactly one of create/read/write/append mode and at most one plus");
  if (binary) raise(exc::NotImplementedError, "pywalk's open() supports only text files (pywalk has no bytes)");

  const Value& file = a[0];
  auto f = make<FileObject>(io_file_type());
  f->name = file;
  f->mode = mode;
  f->readable = reading || updating;
  f->writable = !reading || updating;
  int fd;
  if (is_str(file)) {
    const std::string& path = as_str(file)->data;
    if (path.find('\0') != std::string::npos) raise_value_error("embedded null byte");
    if (!closefd) raise_value_error("Cannot use closefd=False with file name");
    int flags = (updating ? O_RDWR : reading ? O_RDONLY : O_WRONLY) | O_CLOEXEC;
    if (writing) flags |= O_CREAT | O_TRUNC;
    if (appending) flags |= O_CREAT | O_APPEND;
    if (creating) flags |= O_CREAT | O_EXCL;
    fd = ::open(path.c_str(), flags, 0666);
    if (fd < 0) raise_os_error(errno, file);
  } else if (file.is_int()) {
    fd = static_cast<int>(file.as_int());
    if (!closefd) fd = ::dup(fd);
    if (fd < 0) raise_os_error(EBADF, Value::none());
  } else {
    raise_type_error(fmt::format("expected str, bytes or os.PathLike object, not {}", type_name(file)));
  }
  struct stat st;
  if (::fstat(fd, &st) == 0 && S_ISDIR(st.st_mode)) {
    ::close(fd);
    raise_os_error(EISDIR, file);
  }
  f->fp = ::fdopen(fd, updating ? (appending ? "a+" : "r+") : reading ? "r" : appending ? "a" : "w");
  if (!f->fp) {
    int err = errno;
    ::close(fd);
    raise_os_error(err, file);
  }
  if (buffering == 0) raise_value_error("can't have unbuffered text I/O");
  if (appending) std::fseek(f->fp, 0, SEEK_END);
  if (buffering == 1) std::setvbuf(f->fp, nullptr, _IOLBF, BUFSIZ);
  if (encoding) set_encoding(f.get(), encoding->view());
  if (errors) set_errors(f.get(), errors->view());
  if (newline) set_newline(f.get(), newline->view());
  return f.value();
}

}  // namespace pywalk
