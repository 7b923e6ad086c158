// Fiber: a separate C++ stack that a generator's body runs on.
//
// A generator suspends in the middle of its body, possibly deep inside an
// expression (`print((yield x))`, `f(a, (yield))`), so the evaluator's C++
// frames of that body must survive between two next() calls. Each started
// generator therefore runs on its own stack, and `yield` switches back to
// whoever resumed it: a plain tree walk, with no resumable state machine.
//
// Representation: one anonymous mapping per fiber, reserved with
// MAP_NORESERVE (pages cost memory only once touched): a PROT_NONE guard page
// at the low end, then the C++ stack (growing down), then a window of
// Values that serves as the generator's value stack (frame slots of the calls
// it makes), growing up. Finished fibers return their mapping to a small
// pool, so a loop over many short generators does not mmap each time.
//
// Switching saves the callee-saved registers on the current stack and loads
// the other stack pointer (a few instructions of assembly on x86-64; other
// machines use ucontext). Under AddressSanitizer every switch is announced
// with __sanitizer_{start,finish}_switch_fiber.
//
// Invariants: a fiber is resumed only from outside itself and suspends only
// to the context that resumed it; C++ exceptions never cross a switch (the
// fiber's entry function catches everything; the generator re-raises in the
// resumer). `stack_floor()` is the lowest address the evaluator may use, for
// the recursion check.
#pragma once

#include <cstddef>

#include "pywalk/value.h"

namespace pywalk {

class Fiber {
 public:
  using Entry = void (*)(void* arg);
  // Reserves a stack; raises MemoryError when the system refuses.
  Fiber(Entry entry, void* arg);
  ~Fiber();
  Fiber(const Fiber&) = delete;
  Fiber& operator=(const Fiber&) = delete;

  // From outside: runs the fiber until it suspends or finishes.
  void resume();
  // From inside: returns to the resumer; comes back at the next resume().
  void suspend();
  // From inside, last thing the entry does: returns to the resumer for good.
  [[noreturn]] void finish();

  char* stack_floor() const { return stack_lo_ + kStackMargin; }
  Value* values_begin() const { return values_; }
  Value* values_end() const { return values_ + kValueSlots; }

  static constexpr size_t kStackSize = size_t(64) << 20;  // virtual; touched pages only
  static constexpr size_t kStackMargin = size_t(1) << 20;
  static constexpr size_t kValueSlots = size_t(1) << 16;

 private:
  static void start();  // the first frame on a new stack

  Entry entry_;
  void* arg_;        // borrowed
  char* region_ = nullptr;  // the mapping (pooled)
  char* stack_lo_ = nullptr;
  char* stack_hi_ = nullptr;
  Value* values_ = nullptr;  // kValueSlots Values, Unbound when free
  void* sp_ = nullptr;         // the fiber's saved stack pointer (or ucontexts); null: not running or over
  void* resumer_sp_ = nullptr; // the resumer's saved stack pointer (or ucontext)
  void* ucontext_ = nullptr;   // non-x86-64: the two ucontexts
  // AddressSanitizer bookkeeping.
  void* fake_stack_ = nullptr;
  void* resumer_fake_stack_ = nullptr;
  const void* resumer_bottom_ = nullptr;
  size_t resumer_size_ = 0;
};

}  // namespace pywalk
