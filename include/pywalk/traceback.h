// Printing uncaught exceptions exactly as CPython 3.11 does: the one error
// formatter. format_exception() renders the chain (causes and contexts
// first), each with "Traceback (most recent call last):", one entry per
// frame with its source line and 3.11's position markers (`^^^^`, and
// `~~~^^^~~~` anchored on a binary operator or a subscript), repeated
// frames folded into "[Previous line repeated N more times]", and the
// final "Type: message" line.
#pragma once

#include <string>

#include "pywalk/value.h"

namespace pywalk {

std::string format_exception(const Value& exception);
// "TypeError: message" (or "TypeError" alone for an empty message), plus the note.
std::string format_exception_only(const Value& exception);

}  // namespace pywalk
