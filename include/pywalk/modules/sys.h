// The `sys` module (src/modules/sys.cpp): what the command line hands it.
#pragma once

#include <string>
#include <vector>

namespace pywalk {

// sys.argv as CPython builds it: the script path as given (or "-c", or ""
// for standard input) followed by the script's arguments. Until the command
// line calls this, sys.argv is rebuilt from /proc/self/cmdline.
void set_sys_argv(std::vector<std::string> argv);

}  // namespace pywalk
