// The builtins module: print, len, range, isinstance, sorted, ... and the
// builtin type and exception names, registered into the interpreter's
// builtins dict at start-up. Each builtin is a BuiltinFunctionObject
// (objects/builtin.h) parsing its arguments with ArgParser (call.h) and
// raising CPython's exact messages.
#pragma once

#include "pywalk/call.h"

namespace pywalk {

struct DictObject;

// type(x): the type of x (one argument only; TypeError otherwise).
Value type_new(CallArgs args);

// Fills `builtins` with every builtin function, type and exception.
void register_builtins(DictObject* builtins);

}  // namespace pywalk
