// The cycle collector (see gc.h for the algorithm): two generations.
//
// New containers go on the young list. A young collection looks at the
// young list only: references from old containers are not subtracted, so
// old objects act as roots, exactly as in CPython's generational scheme.
// Survivors move to the old list. A full collection (both lists) runs when
// the containers promoted since the last full collection exceed a quarter
// of the old list as it was then, so a program that keeps a million-item
// list alive does not traverse it on every young collection.
#include "pywalk/gc.h"

#include <vector>

namespace pywalk {

namespace {

constexpr uint32_t kOld = Object::kGcOld;
constexpr int64_t kYoungThreshold = 2000;
constexpr int64_t kFullMinimum = 10000;

struct GcList {
  Object* head = nullptr;
  int64_t count = 0;
};

struct GcState {
  GcList young, old;
  int64_t promoted_since_full = 0;  // survivors of young collections since the last full one
  int64_t old_after_full = 0;       // size of the old list after the last full collection
  bool collecting = false;
};
GcState gc;

GcList& list_of(const Object* o) { return (o->flags & kOld) ? gc.old : gc.young; }

void link(GcList& l, Object* o) {
  o->gc_prev = nullptr;
  o->gc_next = l.head;
  if (l.head) l.head->gc_prev = o;
  l.head = o;
  ++l.count;
}

void unlink(GcList& l, Object* o) {
  if (o->gc_prev) o->gc_prev->gc_next = o->gc_next;
  else l.head = o->gc_next;
  if (o->gc_next) o->gc_next->gc_prev = o->gc_prev;
  o->gc_prev = o->gc_next = nullptr;
  --l.count;
}

// Only objects taking part in this collection have kCollecting set.
constexpr uint32_t kCollecting = Object::kGcCollecting;

struct DecrementVisitor : GcVisitor {
  void visit(Object* o) override {
    if (o && (o->flags & kCollecting)) --o->gc_refs;
  }
};

struct ReachVisitor : GcVisitor {
  std::vector<Object*>* stack;
  void visit(Object* o) override {
    if (o && (o->flags & kCollecting) && o->gc_refs <= 0) {
      o->gc_refs = 1;  // reachable
      stack->push_back(o);
    }
  }
};

// Collects the objects of `lists`; survivors end on the old list.
int64_t collect(std::initializer_list<GcList*> lists) {
  gc.collecting = true;
  std::vector<Object*> members;
  for (GcList* l : lists)
    for (Object* o = l->head; o; o = o->gc_next) members.push_back(o);
  for (Object* o : members) {
    o->flags |= kCollecting;
    o->gc_refs = o->refcount;
  }
  // 1. Subtract the references members hold to each other.
  DecrementVisitor dec;
  for (Object* o : members) o->traverse(dec);
  // 2. Everything reachable from a member referenced from outside survives.
  std::vector<Object*> stack;
  for (Object* o : members)
    if (o->gc_refs > 0) stack.push_back(o);
  ReachVisitor reach;
  reach.stack = &stack;
  while (!stack.empty()) {
    Object* o = stack.back();
    stack.pop_back();
    o->traverse(reach);
  }
  // 3. Survivors are promoted; the rest is garbage.
  std::vector<Object*> garbage;
  for (Object* o : members) {
    o->flags &= ~kCollecting;
    if (o->gc_refs <= 0 && !o->immortal()) {
      garbage.push_back(o);
    } else if (!(o->flags & kOld)) {
      unlink(gc.young, o);
      o->flags |= kOld;
      link(gc.old, o);
      ++gc.promoted_since_full;
    }
  }
  // Keep each garbage object alive while all of them drop their references.
  for (Object* o : garbage) ++o->refcount;
  for (Object* o : garbage) o->clear_refs();
  for (Object* o : garbage)
    if (--o->refcount == 0) object_release(o);
  gc.collecting = false;
  return static_cast<int64_t>(garbage.size());
}

}  // namespace

void gc_track(Object* o) noexcept {
  if (o->flags & Object::kTracked) return;
  o->flags |= Object::kTracked;
  o->flags &= ~kOld;
  link(gc.young, o);
}

void gc_untrack(Object* o) noexcept {
  if (!(o->flags & Object::kTracked)) return;
  unlink(list_of(o), o);
  o->flags &= ~(Object::kTracked | kOld);
}

int64_t gc_tracked_count() noexcept { return gc.young.count + gc.old.count; }

int64_t gc_collect() {
  if (gc.collecting) return 0;
  int64_t n = collect({&gc.young, &gc.old});
  gc.promoted_since_full = 0;
  gc.old_after_full = gc.old.count;
  return n;
}

void gc_maybe_collect() {
  if (gc.young.count < kYoungThreshold || gc.collecting) return;
  if (gc.promoted_since_full > kFullMinimum && gc.promoted_since_full > gc.old_after_full / 4) {
    gc_collect();
    return;
  }
  collect({&gc.young});
}

}  // namespace pywalk
