// The file object behind open() (private to src/modules/io*.cpp): a C stdio
// FILE* (owned; null once closed) plus how text is decoded and encoded.
// It holds no containers (its name is a str or an int), so it is not
// tracked by the cycle collector.
#pragma once

#include <cstdio>
#include <string>
#include <string_view>

#include "pywalk/object.h"

namespace pywalk {

struct FileObject : Object {
  enum class Encoding { Utf8, Ascii, Latin1 };
  enum class Errors { Strict, Ignore, Replace };
  // newline=None (universal: "\r\n" and "\r" read as "\n"), '' (lines end at
  // any of them, untranslated), '\n', '\r', '\r\n' (written for "\n").
  enum class Newline { Universal, Any, LF, CR, CRLF };
  explicit FileObject(TypeObject* t) : Object(t) {}
  ~FileObject() override;
  std::FILE* fp = nullptr;  // owned
  Value name;               // strong: the str (or int descriptor) given to open()
  std::string mode;         // as given to open()
  std::string encoding_name = "UTF-8";
  std::string errors_name = "strict";
  Encoding encoding = Encoding::Utf8;
  Errors errors = Errors::Strict;
  Newline newline = Newline::Universal;
  bool readable = false;
  bool writable = false;
  bool last_write = false;  // the last operation wrote (stdio needs a seek before reading)
  // The codec's name in error messages: "utf-8", "ascii", "latin-1".
  std::string_view codec_name() const;
};

// The `_io.TextIOWrapper` type, made on first use.
TypeObject* io_file_type();

}  // namespace pywalk
