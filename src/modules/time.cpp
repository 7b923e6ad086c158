// The `time` module: time(), perf_counter(), monotonic(), process_time(),
// sleep(). Timings are real, so programs printing them differ from run to
// run, as in CPython.
#include <fmt/format.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <ctime>
#include <thread>

#include "pywalk/builtins.h"
#include "pywalk/call.h"
#include "pywalk/errors.h"
#include "pywalk/interpreter.h"
#include "pywalk/objects/dict.h"
#include "pywalk/objects/module.h"
#include "pywalk/objects/str.h"
#include "pywalk/ops.h"

namespace pywalk {

namespace {

double seconds_since_epoch() {
  using namespace std::chrono;
  return duration<double>(system_clock::now().time_since_epoch()).count();
}

double monotonic_seconds() {
  using namespace std::chrono;
  return duration<double>(steady_clock::now().time_since_epoch()).count();
}

Value time_time(const Value&, CallArgs args) {
  ArgParser("time", args).no_keywords().positional(0, 0);
  return Value::floating(seconds_since_epoch());
}

Value time_perf_counter(const Value&, CallArgs args) {
  ArgParser("perf_counter", args).no_keywords().positional(0, 0);
  return Value::floating(monotonic_seconds());
}

Value time_process_time(const Value&, CallArgs args) {
  ArgParser("process_time", args).no_keywords().positional(0, 0);
  return Value::floating(static_cast<double>(std::clock()) / CLOCKS_PER_SEC);
}

Value time_sleep(const Value&, CallArgs args) {
  ArgParser p("sleep", args);
  p.no_keywords().positional(1, 1);
  Value secs = p.get(0);
  if (!is_number(secs))
    raise_type_error(fmt::format("'{}' object cannot be interpreted as an integer", type_name(secs)));
  double d = to_double(secs);
  if (std::isnan(d)) raise_value_error("Invalid value NaN (not a number)");
  if (d < 0) raise_value_error("sleep length must be non-negative");
  // In slices, so that Ctrl-C interrupts the sleep itself (as CPython's).
  using Clock = std::chrono::steady_clock;
  const auto start = Clock::now();
  for (;;) {
    Interpreter::poll_interrupt();
    double left = d - std::chrono::duration<double>(Clock::now() - start).count();
    if (left <= 0) break;
    std::this_thread::sleep_for(std::chrono::duration<double>(std::min(left, 0.02)));
  }
  return Value::none();
}

}  // namespace

void init_time_module(ModuleObject* m) {
  DictObject* ns = m->ns();
  ns->set_str(intern("time"), make_builtin("time", &time_time));
  ns->set_str(intern("perf_counter"), make_builtin("perf_counter", &time_perf_counter));
  ns->set_str(intern("monotonic"), make_builtin("monotonic", &time_perf_counter));
  ns->set_str(intern("process_time"), make_builtin("process_time", &time_process_time));
  ns->set_str(intern("sleep"), make_builtin("sleep", &time_sleep));
}

}  // namespace pywalk
