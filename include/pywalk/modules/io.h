// Text files: the builtin open() and the `io` module (src/modules/io.cpp).
//
// A file object (`_io.TextIOWrapper`) owns a C stdio FILE* (closed by
// close() or when the object dies) and decodes/encodes text itself, one
// character at a time: UTF-8, ASCII or Latin-1, with errors='strict',
// 'ignore' or 'replace', and CPython's newline= translation. Binary modes
// and other encodings raise NotImplementedError: pywalk has no bytes.
// tell() is the byte offset (CPython's cookie at any line boundary).
#pragma once

#include "pywalk/call.h"
#include "pywalk/object.h"

namespace pywalk {

struct ModuleObject;

// open(file, mode='r', buffering=-1, encoding=None, errors=None, newline=None, closefd=True, opener=None)
Value builtin_open(const Value& self, CallArgs args);
// io.UnsupportedOperation (a class deriving from OSError and ValueError), made on first use.
Value io_unsupported_operation();
void init_io_module(ModuleObject* m);
void init_os_module(ModuleObject* m);

}  // namespace pywalk
