// Text file objects (`_io.TextIOWrapper`) and the `io` module; see
// modules/io.h. open() itself (argument checks, modes) is in io_open.cpp.
#include <fmt/format.h>

#include <cstdio>

#include "io_file.h"
#include "pywalk/builtins.h"
#include "pywalk/errors.h"
#include "pywalk/modules/io.h"
#include "pywalk/modules/native.h"
#include "pywalk/objects/dict.h"
#include "pywalk/objects/exception.h"
#include "pywalk/objects/int.h"
#include "pywalk/objects/list.h"
#include "pywalk/objects/module.h"
#include "pywalk/objects/str.h"
#include "pywalk/ops.h"

namespace pywalk {

TypeObject* file_type = nullptr;

FileObject::~FileObject() {
  if (fp) std::fclose(fp);
}

Value io_unsupported_operation() {
  static Value cls;
  if (cls.is_unbound()) {
    Value ns = make_dict();
    as_dict(ns)->set_str(intern("__module__"), make_str("io"));
    std::vector<Value> argv = {make_str("UnsupportedOperation"),
                               make_tuple({Value(static_cast<Object*>(exc::OSError)),
                                           Value(static_cast<Object*>(exc::ValueError))}),
                               ns};
    cls = type_new3(modules::positional_args(argv));
    cls.obj()->make_immortal();
  }
  return cls;
}

namespace {

FileObject* as_file(const Value& v) { return v.as<FileObject>(); }

[[noreturn]] void unsupported(const char* what) { raise_value(call1(io_unsupported_operation(), make_str(what))); }

FileObject* open_file(const Value& self) {
  FileObject* f = as_file(self);
  if (!f->fp) raise_value_error("I/O operation on closed file.");
  return f;
}

// The checks of the raw file's methods (readable, fileno...): their message
// has no period, and readable()/writable() answer False for a closed file
// whose mode lacks the capability (CPython's buffered layer answers first).
FileObject* open_raw(const Value& self, bool capable = true) {
  FileObject* f = as_file(self);
  if (!f->fp && capable) raise_value_error("I/O operation on closed file");
  return f;
}

FileObject* for_reading(const Value& self) {
  FileObject* f = open_file(self);
  if (!f->readable) unsupported("not readable");
  if (f->last_write) std::fseek(f->fp, 0, SEEK_CUR);
  f->last_write = false;
  return f;
}

[[noreturn]] void decode_error(FileObject* f, int byte, long pos, const char* reason) {
  raise(exc::UnicodeDecodeError, fmt::format("'{}' codec can't decode byte 0x{:02x} in position {}: {}",
                                             f->codec_name(), byte, pos, reason));
}

// One undecodable byte (`back` bytes before the read position): raise, skip it or replace it, by errors=.
int32_t bad_byte(FileObject* f, int byte, const char* reason, long back = 1) {
  if (f->errors == FileObject::Errors::Strict) decode_error(f, byte, std::ftell(f->fp) - back, reason);
  return f->errors == FileObject::Errors::Replace ? 0xFFFD : -2;
}

// The next code point, -1 at end of file, -2 for a byte errors='ignore' dropped.
int32_t raw_char(FileObject* f) {
  int c = std::getc(f->fp);
  if (c == EOF) return -1;
  if (c < 0x80) return c;
  if (f->encoding == FileObject::Encoding::Latin1) return c;
  if (f->encoding == FileObject::Encoding::Ascii) return bad_byte(f, c, "ordinal not in range(128)");
  int n = c >= 0xC2 && c <= 0xDF ? 1 : c >= 0xE0 && c <= 0xEF ? 2 : c >= 0xF0 && c <= 0xF4 ? 3 : 0;
  if (n == 0) return bad_byte(f, c, "invalid start byte");
  int32_t cp = c & (0x3F >> n);
  for (int i = 0; i < n; ++i) {
    int d = std::getc(f->fp);
    bool ok = d != EOF && (d & 0xC0) == 0x80;
    if (ok && i == 0) {  // overlong forms, surrogates and code points past U+10FFFF
      ok = !(c == 0xE0 && d < 0xA0) && !(c == 0xED && d >= 0xA0) && !(c == 0xF0 && d < 0x90) &&
           !(c == 0xF4 && d >= 0x90);
    }
    if (!ok) {
      if (d != EOF) std::ungetc(d, f->fp);
      return bad_byte(f, c, d == EOF ? "unexpected end of data" : "invalid continuation byte", i + 1);
    }
    cp = (cp << 6) | (d & 0x3F);
  }
  return cp;
}

// The next code point after newline translation (universal newlines turn
// "\r\n" and "\r" into "\n"), or -1 at end of file.
int32_t next_char(FileObject* f) {
  int32_t cp;
  do cp = raw_char(f);
  while (cp == -2);
  if (cp == '\r' && f->newline == FileObject::Newline::Universal) {
    int d = std::getc(f->fp);
    if (d != '\n' && d != EOF) std::ungetc(d, f->fp);
    return '\n';
  }
  return cp;
}

int64_t size_arg(const Value& v) {
  if (v.is_unbound() || v.is_none()) return -1;
  if (!v.is_int() && !v.is_bool() && !is_big_int(v))
    raise_type_error(fmt::format("argument should be integer or None, not '{}'", type_name(v)));
  return index_int64(v);
}

std::string read_text(FileObject* f, int64_t n) {
  std::string out;
  for (int64_t i = 0; n < 0 || i < n; ++i) {
    int32_t cp = next_char(f);
    if (cp < 0) break;
    utf8_append(out, static_cast<char32_t>(cp));
  }
  return out;
}

// One line with its ending (at most `limit` characters when limit >= 0); "" at end of file.
std::string read_line(FileObject* f, int64_t limit) {
  std::string out;
  for (int64_t i = 0; limit < 0 || i < limit; ++i) {
    int32_t cp = next_char(f);
    if (cp < 0) break;
    utf8_append(out, static_cast<char32_t>(cp));
    switch (f->newline) {
      case FileObject::Newline::Universal:
      case FileObject::Newline::LF:
        if (cp == '\n') return out;
        break;
      case FileObject::Newline::Any:
        if (cp == '\n') return out;
        if (cp == '\r') {
          int d = std::getc(f->fp);
          if (d == '\n') return out + '\n';
          if (d != EOF) std::ungetc(d, f->fp);
          return out;
        }
        break;
      case FileObject::Newline::CR:
        if (cp == '\r') return out;
        break;
      case FileObject::Newline::CRLF:
        if (cp == '\n' && out.size() >= 2 && out[out.size() - 2] == '\r') return out;
        break;
    }
  }
  return out;
}

Value file_read(const Value& self, CallArgs args) {
  ArgParser p("read", args);
  p.no_keywords().positional(0, 1);
  int64_t n = size_arg(p.get(0));
  return make_str(read_text(for_reading(self), n));
}

Value file_readline(const Value& self, CallArgs args) {
  ArgParser p("readline", args);
  p.no_keywords().positional(0, 1);
  int64_t n = size_arg(p.get(0));
  return make_str(read_line(for_reading(self), n));
}

Value file_readlines(const Value& self, CallArgs args) {
  ArgParser p("readlines", args);
  p.no_keywords().positional(0, 1);
  int64_t hint = size_arg(p.get(0));
  FileObject* f = for_reading(self);
  std::vector<Value> lines;
  int64_t total = 0;
  for (;;) {
    std::string line = read_line(f, -1);
    if (line.empty()) break;
    Value s = make_str(std::move(line));
    total += as_str(s)->length;
    lines.push_back(std::move(s));
    if (hint > 0 && total >= hint) break;
  }
  return make_list(std::move(lines));
}

// for line in f
Value file_next(const Value& self) {
  std::string line = read_line(for_reading(self), -1);
  if (line.empty()) return Value();
  return make_str(std::move(line));
}

[[noreturn]] void encode_error(FileObject* f, const StrObject* s, int64_t start, int64_t end) {
  const char* range = f->encoding == FileObject::Encoding::Ascii ? "128" : "256";
  if (end - start == 1) {
    char32_t c = s->at(start);
    std::string esc = c < 0x100 ? fmt::format("\\x{:02x}", static_cast<uint32_t>(c))
                      : c < 0x10000 ? fmt::format("\\u{:04x}", static_cast<uint32_t>(c))
                                    : fmt::format("\\U{:08x}", static_cast<uint32_t>(c));
    raise(exc::UnicodeEncodeError, fmt::format("'{}' codec can't encode character '{}' in position {}: ordinal not "
                                               "in range({})", f->codec_name(), esc, start, range));
  }
  raise(exc::UnicodeEncodeError, fmt::format("'{}' codec can't encode characters in position {}-{}: ordinal not in "
                                             "range({})", f->codec_name(), start, end - 1, range));
}

// The bytes that writing `s` puts in the file (newline translation, then encoding).
std::string encode(FileObject* f, const StrObject* s) {
  const char* nl = f->newline == FileObject::Newline::CR     ? "\r"
                   : f->newline == FileObject::Newline::CRLF ? "\r\n"
                                                             : nullptr;
  std::string out;
  std::string_view v = s->view();
  uint32_t limit = f->encoding == FileObject::Encoding::Ascii ? 0x80 : 0x100;
  int64_t index = 0;
  for (size_t i = 0; i < v.size(); ++index) {
    size_t start = i;
    char32_t c = utf8_decode(v, i);
    if (c == '\n' && nl) {
      out += nl;
    } else if (f->encoding == FileObject::Encoding::Utf8 || c < 0x80) {
      out.append(v.substr(start, i - start));
    } else if (c < limit) {
      out += static_cast<char>(c);
    } else if (f->errors == FileObject::Errors::Replace) {
      out += '?';
    } else if (f->errors == FileObject::Errors::Strict) {
      int64_t end = index + 1;
      while (end < s->length && s->at(end) >= limit) ++end;
      encode_error(f, s, index, end);
    }
  }
  return out;
}

int64_t write_str(const Value& self, const Value& v) {
  FileObject* f = open_file(self);
  if (!f->writable) unsupported("not writable");
  if (!is_str(v)) raise_type_error(fmt::format("write() argument must be str, not {}", type_name(v)));
  std::string data = encode(f, as_str(v));
  if (!f->last_write) std::fseek(f->fp, 0, SEEK_CUR);
  f->last_write = true;
  std::fwrite(data.data(), 1, data.size(), f->fp);
  return as_str(v)->length;
}

Value file_write(const Value& self, CallArgs args) {
  ArgParser("write", args).no_keywords().positional(1, 1);
  return Value::integer(write_str(self, args.positional[0]));
}

Value file_writelines(const Value& self, CallArgs args) {
  ArgParser("writelines", args).no_keywords().positional(1, 1);
  open_file(self);
  for_each(args.positional[0], [&](const Value& line) { write_str(self, line); });
  return Value::none();
}

Value file_close(const Value& self, CallArgs args) {
  ArgParser("close", args).no_keywords().positional(0, 0);
  FileObject* f = as_file(self);
  if (f->fp) std::fclose(f->fp);
  f->fp = nullptr;
  return Value::none();
}

Value file_flush(const Value& self, CallArgs args) {
  ArgParser("flush", args).no_keywords().positional(0, 0);
  std::fflush(open_file(self)->fp);
  return Value::none();
}

Value file_tell(const Value& self, CallArgs args) {
  ArgParser("tell", args).no_keywords().positional(0, 0);
  FileObject* f = open_file(self);
  std::fflush(f->fp);
  return Value::integer(std::ftell(f->fp));
}

Value file_seek(const Value& self, CallArgs args) {
  ArgParser p("seek", args);
  p.no_keywords().positional(1, 2);
  FileObject* f = open_file(self);
  int64_t whence = args.positional.size() > 1 ? index_int64(args.positional[1]) : 0;
  const Value& cookie = args.positional[0];
  if (!cookie.is_int() && !cookie.is_bool() && !is_big_int(cookie))
    raise_type_error(fmt::format("'<' not supported between instances of '{}' and 'int'", type_name(cookie)));
  int64_t offset = index_int64(cookie);
  if (whence == 1 && offset != 0) unsupported("can't do nonzero cur-relative seeks");
  if (whence == 2 && offset != 0) unsupported("can't do nonzero end-relative seeks");
  if (whence < 0 || whence > 2) raise_value_error(fmt::format("invalid whence ({}, should be 0, 1 or 2)", whence));
  if (whence == 0 && offset < 0) raise_value_error(fmt::format("negative seek position {}", offset));
  std::fseek(f->fp, offset, whence == 0 ? SEEK_SET : whence == 1 ? SEEK_CUR : SEEK_END);
  f->last_write = false;
  return Value::integer(std::ftell(f->fp));
}

Value file_readable(const Value& self, CallArgs args) {
  ArgParser("readable", args).no_keywords().positional(0, 0);
  return Value::boolean(open_raw(self, as_file(self)->readable)->readable);
}

Value file_writable(const Value& self, CallArgs args) {
  ArgParser("writable", args).no_keywords().positional(0, 0);
  return Value::boolean(open_raw(self, as_file(self)->writable)->writable);
}

Value file_seekable(const Value& self, CallArgs args) {
  ArgParser("seekable", args).no_keywords().positional(0, 0);
  open_raw(self);
  return Value::boolean(true);
}

Value file_fileno(const Value& self, CallArgs args) {
  ArgParser("fileno", args).no_keywords().positional(0, 0);
  return Value::integer(fileno(open_raw(self)->fp));
}

Value file_enter(const Value& self, CallArgs args) {
  ArgParser("__enter__", args).no_keywords().positional(0, 0);
  open_file(self);
  return self;
}

Value file_exit(const Value& self, CallArgs) {
  file_close(self, {});
  return Value::none();
}

Value file_iter(const Value& self, CallArgs args) {
  ArgParser("__iter__", args).no_keywords().positional(0, 0);
  open_file(self);
  return self;
}

Value file_next_method(const Value& self, CallArgs args) {
  ArgParser("__next__", args).no_keywords().positional(0, 0);
  Value v = file_next(self);
  if (v.is_unbound()) raise_stop_iteration();
  return v;
}

std::string file_repr(const Value& self) {
  FileObject* f = as_file(self);
  return fmt::format("<_io.TextIOWrapper name={} mode='{}' encoding='{}'>", repr(f->name), f->mode, f->encoding_name);
}

Value file_getattr(const Value& self, StrObject* name) {
  FileObject* f = as_file(self);
  std::string_view n = name->view();
  if (n == "name") return f->name;
  if (n == "mode") return make_str(f->mode);
  if (n == "closed") return Value::boolean(f->fp == nullptr);
  if (n == "encoding") return make_str(f->encoding_name);
  if (n == "errors") return make_str(f->errors_name);
  if (n == "newlines" || n == "line_buffering") return n == "newlines" ? Value::none() : Value::boolean(false);
  return Value();
}

}  // namespace

std::string_view FileObject::codec_name() const {
  switch (encoding) {
    case Encoding::Utf8: return "utf-8";
    case Encoding::Ascii: return "ascii";
    case Encoding::Latin1: return "latin-1";
  }
  return "utf-8";
}

TypeObject* io_file_type() {
  if (file_type) return file_type;
  file_type = modules::make_native_type("_io.TextIOWrapper");
  file_type->repr_slot = &file_repr;
  file_type->getattr_slot = &file_getattr;
  file_type->next_slot = &file_next;
  add_method(file_type, "read", &file_read);
  add_method(file_type, "readline", &file_readline);
  add_method(file_type, "readlines", &file_readlines);
  add_method(file_type, "write", &file_write);
  add_method(file_type, "writelines", &file_writelines);
  add_method(file_type, "close", &file_close);
  add_method(file_type, "flush", &file_flush);
  add_method(file_type, "tell", &file_tell);
  add_method(file_type, "seek", &file_seek);
  add_method(file_type, "readable", &file_readable);
  add_method(file_type, "writable", &file_writable);
  add_method(file_type, "seekable", &file_seekable);
  add_method(file_type, "fileno", &file_fileno);
  add_method(file_type, "__enter__", &file_enter);
  add_method(file_type, "__exit__", &file_exit);
  add_method(file_type, "__iter__", &file_iter);
  add_method(file_type, "__next__", &file_next_method);
  return file_type;
}

void init_io_module(ModuleObject* m) {
  modules::set_attr(m, "UnsupportedOperation", io_unsupported_operation());
  modules::set_attr(m, "TextIOWrapper", Value(static_cast<Object*>(io_file_type())));
  modules::def(m, "open", &builtin_open);
}

}  // namespace pywalk
