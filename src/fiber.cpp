// Fiber: separate C++ stacks for generator bodies (see fiber.h).
#include "pywalk/fiber.h"

#include <sys/mman.h>
#include <unistd.h>

#include <cstdint>
#include <vector>

#include "pywalk/errors.h"

#if defined(__SANITIZE_ADDRESS__)
#define PYWALK_ASAN 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define PYWALK_ASAN 1
#endif
#endif

#ifdef PYWALK_ASAN
#include <sanitizer/asan_interface.h>
#include <sanitizer/common_interface_defs.h>
#endif

#if !defined(__x86_64__)
#include <ucontext.h>
#endif

#if defined(__x86_64__)
// pywalk_fiber_switch(void** save_sp, void* load_sp): pushes the
// callee-saved registers, stores the stack pointer in *save_sp, loads
// load_sp and pops the same registers back. The SSE/x87 control words are
// not switched: pywalk never changes them, so every stack shares them.
extern "C" void pywalk_fiber_switch(void** save_sp, void* load_sp);
asm(R"(
.text
.globl pywalk_fiber_switch
.type pywalk_fiber_switch,@function
pywalk_fiber_switch:
  pushq %rbp
  pushq %rbx
  pushq %r12
  pushq %r13
  pushq %r14
  pushq %r15
  movq %rsp, (%rdi)
  movq %rsi, %rsp
  popq %r15
  popq %r14
  popq %r13
  popq %r12
  popq %rbx
  popq %rbp
  ret
.size pywalk_fiber_switch,.-pywalk_fiber_switch
.section .note.GNU-stack,"",@progbits
.text
)");
#endif

namespace pywalk {

namespace {

constexpr size_t kGuard = 4096;
constexpr size_t kRegionSize = kGuard + Fiber::kStackSize + Fiber::kValueSlots * sizeof(Value);
constexpr size_t kPoolMax = 32;
[[maybe_unused]] constexpr size_t kAsanTop = 64 * 1024;

// Mappings of finished fibers, ready for reuse (their value windows are all
// Unbound again: every frame that used them has returned).
std::vector<char*>& pool() {
  static auto* p = new std::vector<char*>();  // immortal: fibers may die at exit
  return *p;
}

Fiber* starting = nullptr;  // the fiber whose start() is about to run

inline void asan_start(void** fake_stack_save, const void* bottom, size_t size) {
#ifdef PYWALK_ASAN
  __sanitizer_start_switch_fiber(fake_stack_save, bottom, size);
#else
  (void)fake_stack_save, (void)bottom, (void)size;
#endif
}

inline void asan_finish(void* fake_stack_save, const void** bottom_old, size_t* size_old) {
#ifdef PYWALK_ASAN
  __sanitizer_finish_switch_fiber(fake_stack_save, bottom_old, size_old);
#else
  (void)fake_stack_save, (void)bottom_old, (void)size_old;
#endif
}

#if !defined(__x86_64__)
struct Contexts {
  ucontext_t fiber, resumer;
};
#endif

}  // namespace

Fiber::Fiber(Entry entry, void* arg) : entry_(entry), arg_(arg) {
  if (!pool().empty()) {
    region_ = pool().back();
    pool().pop_back();
#ifdef PYWALK_ASAN
    // The previous fiber's last frames (start, finish) never returned, so
    // their redzones are still poisoned at the top of the stack.
    ASAN_UNPOISON_MEMORY_REGION(region_ + kRegionSize - kValueSlots * sizeof(Value) - kAsanTop, kAsanTop);
#endif
  } else {
    void* m = mmap(nullptr, kRegionSize, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
    if (m == MAP_FAILED) raise_memory_error();
    region_ = static_cast<char*>(m);
    mprotect(region_, kGuard, PROT_NONE);
  }
  stack_lo_ = region_ + kGuard;
  stack_hi_ = stack_lo_ + kStackSize;
  values_ = reinterpret_cast<Value*>(stack_hi_);
}

Fiber::~Fiber() {
#if !defined(__x86_64__)
  delete static_cast<Contexts*>(ucontext_);
#endif
  // A fiber abandoned while suspended still has frames on its stack: its
  // mapping is not reused.
#ifdef PYWALK_ASAN
  // Under AddressSanitizer mappings are never given back (a new mapping at
  // the same address would inherit stale shadow); an abandoned stack is
  // unpoisoned whole before reuse.
  if (sp_ != nullptr) ASAN_UNPOISON_MEMORY_REGION(stack_lo_, kStackSize);
  pool().push_back(region_);
#else
  if (sp_ == nullptr && pool().size() < kPoolMax) {
    pool().push_back(region_);
  } else {
    munmap(region_, kRegionSize);
  }
#endif
}

void Fiber::start() {
  Fiber* f = starting;
  starting = nullptr;
  asan_finish(nullptr, &f->resumer_bottom_, &f->resumer_size_);
  f->entry_(f->arg_);
  f->finish();
}

void Fiber::resume() {
#if defined(__x86_64__)
  if (!sp_) {
    // The initial frame, as pywalk_fiber_switch leaves one: six registers,
    // then the "return address" start(), above it a null one so that
    // start() begins with the alignment of a called function.
    auto* p = reinterpret_cast<uint64_t*>(reinterpret_cast<uintptr_t>(stack_hi_) & ~uintptr_t(15));
    *--p = 0;
    *--p = reinterpret_cast<uint64_t>(&Fiber::start);
    for (int i = 0; i < 6; ++i) *--p = 0;
    sp_ = p;
    starting = this;
  }
  asan_start(&resumer_fake_stack_, stack_lo_, kStackSize);
  pywalk_fiber_switch(&resumer_sp_, sp_);
  asan_finish(resumer_fake_stack_, nullptr, nullptr);
#else
  auto* c = static_cast<Contexts*>(ucontext_);
  if (!c) {
    c = new Contexts();
    ucontext_ = c;
    getcontext(&c->fiber);
    c->fiber.uc_stack.ss_sp = stack_lo_;
    c->fiber.uc_stack.ss_size = kStackSize;
    c->fiber.uc_link = nullptr;
    makecontext(&c->fiber, &Fiber::start, 0);
    sp_ = c;
    starting = this;
  }
  asan_start(&resumer_fake_stack_, stack_lo_, kStackSize);
  swapcontext(&c->resumer, &c->fiber);
  asan_finish(resumer_fake_stack_, nullptr, nullptr);
#endif
}

void Fiber::suspend() {
  asan_start(&fake_stack_, resumer_bottom_, resumer_size_);
#if defined(__x86_64__)
  pywalk_fiber_switch(&sp_, resumer_sp_);
#else
  auto* c = static_cast<Contexts*>(ucontext_);
  swapcontext(&c->fiber, &c->resumer);
#endif
  asan_finish(fake_stack_, &resumer_bottom_, &resumer_size_);
}

void Fiber::finish() {
  asan_start(nullptr, resumer_bottom_, resumer_size_);
#if defined(__x86_64__)
  void* to = resumer_sp_;
  sp_ = nullptr;  // nothing left on the stack: the mapping can be reused
  pywalk_fiber_switch(&resumer_sp_, to);
#else
  auto* c = static_cast<Contexts*>(ucontext_);
  sp_ = nullptr;
  setcontext(&c->resumer);
#endif
  __builtin_unreachable();
}

}  // namespace pywalk
