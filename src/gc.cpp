// The cycle collector (see gc.h for the algorithm).
#include "pywalk/gc.h"

#include <vector>

namespace pywalk {

namespace {
// Sentinel of the doubly linked list of tracked containers.
struct GcList {
  Object* head = nullptr;
  int64_t count = 0;
  int64_t allocated_since = 0;
  int64_t threshold = 10000;
  bool collecting = false;
};
GcList gc;

struct DecrementVisitor : GcVisitor {
  void visit(Object* o) override {
    if (o && (o->flags & Object::kTracked)) --o->gc_refs;
  }
};

struct ReachVisitor : GcVisitor {
  std::vector<Object*>* stack;
  void visit(Object* o) override {
    if (o && (o->flags & Object::kTracked) && o->gc_refs <= 0) {
      o->gc_refs = 1;  // reachable
      stack->push_back(o);
    }
  }
};
}  // namespace

void gc_track(Object* o) noexcept {
  if (o->flags & Object::kTracked) return;
  o->flags |= Object::kTracked;
  o->gc_prev = nullptr;
  o->gc_next = gc.head;
  if (gc.head) gc.head->gc_prev = o;
  gc.head = o;
  ++gc.count;
  ++gc.allocated_since;
}

void gc_untrack(Object* o) noexcept {
  if (!(o->flags & Object::kTracked)) return;
  o->flags &= ~Object::kTracked;
  if (o->gc_prev) o->gc_prev->gc_next = o->gc_next;
  else gc.head = o->gc_next;
  if (o->gc_next) o->gc_next->gc_prev = o->gc_prev;
  o->gc_prev = o->gc_next = nullptr;
  --gc.count;
}

int64_t gc_tracked_count() noexcept { return gc.count; }

int64_t gc_collect() {
  if (gc.collecting) return 0;
  gc.collecting = true;
  gc.allocated_since = 0;
  // 1. gc_refs = refcount, minus references from other tracked containers.
  for (Object* o = gc.head; o; o = o->gc_next) o->gc_refs = o->refcount;
  DecrementVisitor dec;
  for (Object* o = gc.head; o; o = o->gc_next) o->traverse(dec);
  // 2. Everything reachable from an externally referenced container survives.
  std::vector<Object*> stack;
  for (Object* o = gc.head; o; o = o->gc_next)
    if (o->gc_refs > 0) stack.push_back(o);
  ReachVisitor reach;
  reach.stack = &stack;
  while (!stack.empty()) {
    Object* o = stack.back();
    stack.pop_back();
    o->gc_refs = 1;
    o->traverse(reach);
  }
  // 3. The rest is garbage: keep each alive while all of them drop their references.
  std::vector<Object*> garbage;
  for (Object* o = gc.head; o; o = o->gc_next)
    if (o->gc_refs <= 0 && !o->immortal()) garbage.push_back(o);
  for (Object* o : garbage) ++o->refcount;
  for (Object* o : garbage) o->clear_refs();
  for (Object* o : garbage)
    if (--o->refcount == 0) object_release(o);
  gc.collecting = false;
  // Grow the threshold with the live set so collection stays amortised O(1).
  gc.threshold = gc.count > 10000 ? gc.count : 10000;
  return static_cast<int64_t>(garbage.size());
}

void gc_maybe_collect() {
  if (gc.allocated_since >= gc.threshold) gc_collect();
}

}  // namespace pywalk
